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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.onestop.settlement.common.ProblemException;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyChange;
import org.onestop.settlement.policy.PolicyVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
/**
 * Runs simulations in the background, one at a time (others wait QUEUED): reads the window person by person
 * ({@link SettlementHistory}) and settles each person's settlements again ({@link PersonReplay}), adding them up;
 * each person's row is written in batches, the progress about once a second, then the result. Persons are replayed
 * on the reading thread, or handed to {@code settlement.simulation.workers} threads: default 0, since on two cores
 * shared with PostgreSQL the hand-over cost more than the overlap gained (bench/README.md). A run that fails, or
 * that the service stops, is marked FAILED and its rows are dropped. It writes only the simulation's own tables.
 */
@Component
class SimulationRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);
    private static final int BATCH = 1000;
    private static final int IN_FLIGHT = 256;
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
    private final int workers;

    /**
     * @param workers threads replaying persons beside the one reading them; 0 replays on the reading thread
     */
    SimulationRunner(PolicyCatalogue catalogue, SettlementHistory history, Resettlements kinds, SimulationStore store,
                     SimulationJson json, Clock clock, @Value("${settlement.simulation.workers:0}") int workers) {
        if (workers < 0) {
            throw new IllegalArgumentException("settlement.simulation.workers must be 0 or more, not " + workers);
        }
        this.workers = workers;
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
            // the policy data refusing the changes (files changed since the request) is said; anything else is logged
            String why = e instanceof ProblemException problem ? problem.getMessage()
                    : "unexpected " + e.getClass().getSimpleName() + ", see the service's log";
            store.fail(id, "the run failed: " + why, clock.instant());
        } finally {
            accepted.remove(id);
        }
    }

    private void run(UUID id) throws Exception {
        SimulationStore.Row row = store.find(id).orElseThrow(() -> new IllegalStateException("no simulation " + id));
        List<PolicyChange> changes = json.changes(row.changes()).stream()
                .map(c -> new PolicyChange(c.path(), c.plainValue())).toList();
        SimulationRequest request = new SimulationRequest(row.name(), row.region(), row.from(), row.to(), List.of());
        Map<String, PolicyVersion> changed = SimulationService.changedVersions(catalogue, request, changes);
        PersonReplay replay = new PersonReplay(kinds, new RunPolicies(catalogue, row.region(), changed), row.from());
        Tally tally = new Tally();
        long started = System.nanoTime();
        try (Replaying replaying = new Replaying(id, replay, tally)) {
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
                    replaying.submit(person);
                }
            });
            replaying.finish();
        }
        List<String> versions = changed.keySet().stream().sorted().toList();
        store.finish(id, tally.done(), json.write(tally.result(versions)), clock.instant());
        log.info("Simulation {} done: {} settlements in {} ms ({} worker threads)", id, tally.done(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), workers);
    }

    /**
     * The persons of one run on their way through the replay: on the reading thread when there are no workers, else
     * on the worker threads, at most a few hundred persons in flight; persons' rows written in batches, the progress
     * about once a second. The first failure of a worker ends the run.
     */
    private final class Replaying implements AutoCloseable {

        private final UUID id;
        private final PersonReplay replay;
        private final Tally tally;
        private final ExecutorService pool;
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<PersonRow> batch = new ArrayList<>(BATCH);
        private long lastProgress = System.nanoTime();

        private Replaying(UUID id, PersonReplay replay, Tally tally) {
            this.id = id;
            this.replay = replay;
            this.tally = tally;
            this.pool = workers == 0 ? null : Executors.newFixedThreadPool(workers, task -> {
                Thread thread = new Thread(task, "simulation-worker");
                thread.setDaemon(true);
                return thread;
            });
        }

        void submit(PersonHistory person) {
            rethrow();
            if (pool == null) {
                replayed(person);
            } else {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        replayed(person);
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_NANOS) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("stopped");
                }
                store.progress(id, tally.done());
                lastProgress = now;
            }
        }

        private void replayed(PersonHistory person) {
            PersonRow row = tally.add(replay.replay(person));
            if (row != null) {
                synchronized (batch) {
                    batch.add(row);
                    if (batch.size() >= BATCH) {
                        store.insertPersons(id, batch);
                        batch.clear();
                    }
                }
            }
        }

        /** Waits for every person submitted, then writes the last rows. */
        void finish() throws InterruptedException {
            if (pool != null) {
                inFlight.acquire(IN_FLIGHT);
                inFlight.release(IN_FLIGHT);
            }
            rethrow();
            synchronized (batch) {
                if (!batch.isEmpty()) {
                    store.insertPersons(id, batch);
                    batch.clear();
                }
            }
        }

        private void rethrow() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
