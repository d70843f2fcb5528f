package org.onestop.settlement.simulation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyChange;
import org.onestop.settlement.policy.PolicyVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
/**
 * Runs simulations in the background, one at a time on a thread of its own (a run uses a core fully; others wait
 * QUEUED): reads the window person by person ({@link SettlementHistory}), settles each person's settlements again
 * ({@link PersonReplay}), writes each person's row in batches and the progress about once a second, then the
 * result. A run that fails, or that the service stops, is marked FAILED and its rows are dropped. It writes only the
 * simulation's own tables.
 */
@Component
class SimulationRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);
    private static final int BATCH = 1000;
    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final PolicyCatalogue catalogue;
    private final SettlementHistory history;
    private final Resettlements kinds;
    private final SimulationStore store;
    private final SimulationJson json;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "simulation");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();

    SimulationRunner(PolicyCatalogue catalogue, SettlementHistory history, Resettlements kinds, SimulationStore store,
                     SimulationJson json, Clock clock) {
        this.catalogue = catalogue;
        this.history = history;
        this.kinds = kinds;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRequested(SimulationRequested requested) {
        accepted.add(requested.simulationId());
        executor.submit(() -> runSafely(requested.simulationId()));
    }

    /** Stops the run under way; what this service had accepted and not finished is marked FAILED. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        for (UUID id : accepted) {
            try {
                store.fail(id, "the service stopped before the run finished; post the simulation again",
                        clock.instant());
            } catch (RuntimeException e) {
                log.warn("Could not mark simulation {} failed at shutdown: {}", id, e.toString());
            }
        }
    }

    private void runSafely(UUID id) {
        try {
            run(id);
        } catch (Exception | Error e) {
            log.error("Simulation {} failed", id, e);
            store.fail(id, "the run failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), clock.instant());
        } finally {
            accepted.remove(id);
        }
    }

    void run(UUID id) throws Exception {
        SimulationStore.Row row = store.find(id).orElseThrow(() -> new IllegalStateException("no simulation " + id));
        List<PolicyChange> changes = json.changes(row.changes()).stream()
                .map(c -> new PolicyChange(c.path(), c.plainValue())).toList();
        SimulationRequest request = new SimulationRequest(row.name(), row.region(), row.from(), row.to(), List.of());
        Map<String, PolicyVersion> changed = SimulationService.changedVersions(catalogue, request, changes);
        PersonReplay replay = new PersonReplay(kinds, new RunPolicies(catalogue, row.region(), changed), row.from());
        Tally tally = new Tally();
        List<PersonRow> batch = new ArrayList<>(BATCH);
        long started = System.nanoTime();
        long[] lastProgress = {started};
        history.read(row.region(), row.from(), row.to(), new SettlementHistory.Reader() {
            @Override
            public void start(long inWindow, long reversed, Map<String, Long> withoutDischargeDate) {
                tally.start(inWindow, reversed, withoutDischargeDate);
                if (!store.start(id, inWindow, clock.instant())) {
                    throw new IllegalStateException("simulation " + id + " is no longer queued");
                }
            }

            @Override
            public void person(PersonHistory person) {
                PersonRow personRow = replay.replay(person, tally);
                if (personRow != null) {
                    batch.add(personRow);
                }
                if (batch.size() >= BATCH) {
                    store.insertPersons(id, batch);
                    batch.clear();
                }
                long now = System.nanoTime();
                if (now - lastProgress[0] >= PROGRESS_NANOS) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new IllegalStateException("stopped");
                    }
                    store.progress(id, tally.done());
                    lastProgress[0] = now;
                }
            }
        });
        if (!batch.isEmpty()) {
            store.insertPersons(id, batch);
        }
        List<String> versions = changed.keySet().stream().sorted().toList();
        SimulationResult result = tally.result(versions);
        store.finish(id, tally.done(), json.write(result), clock.instant());
        log.info("Simulation {} done: {} settlements in {} ms", id, tally.done(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
