package org.onestop.settlement.simulation;

import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.UnprocessableException;
import org.onestop.settlement.common.web.TextRules;
import org.onestop.settlement.policy.PolicyCatalogue;
import org.onestop.settlement.policy.PolicyChange;
import org.onestop.settlement.policy.PolicyChangeRejected;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.security.AuditTrail;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The simulation use case: accept a request (the changed policy checked by the policy files' own validation, one
 * problem per bad change naming its path; nothing stored then), queue it, and read simulations and their results.
 * An assistance office asks for and sees its own region's simulations only; ADMIN all. The run itself is
 * {@link SimulationRunner}'s.
 */
@Service
public class SimulationService {

    private final PolicyCatalogue catalogue;
    private final SimulationStore store;
    private final SimulationJson json;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SimulationService(PolicyCatalogue catalogue, SimulationStore store, SimulationJson json, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the simulation as QUEUED (audited with the 202 it answers) and starts its run once committed.
     *
     * @throws InvalidRequestException naming each bad field, each bad change by its path
     * @throws UnprocessableException  when no policy of the region is in force on any day of the window
     */
    @Transactional
    public SimulationView submit(SimulationRequest request, CurrentClient client) {
        client.regionScope(request.region());
        List<PolicyChange> changes = check(request);
        changedVersions(catalogue, request, changes);
        UUID id = UUID.randomUUID();
        store.insert(id, request, json.write(request.changes()), client.clientId(), clock.instant());
        audit.answering(202);
        events.publishEvent(new SimulationRequested(id));
        return view(store.find(id).orElseThrow(), false);
    }

    /** A simulation with its result when done; another region's is "not found" for an office. */
    @Transactional(readOnly = true)
    public SimulationView get(UUID id, CurrentClient client) {
        return view(find(id, client), true);
    }

    /** The simulations the client may see (of one region when given), newest first, without results. */
    @Transactional(readOnly = true)
    public List<SimulationView> list(RegionCode region, CurrentClient client) {
        return store.list(client.regionScope(region)).stream().map(row -> view(row, false)).toList();
    }

    /**
     * Hands each person's row of a finished simulation to {@code each}, in person-id order.
     *
     * @throws ConflictException while the simulation is not DONE
     */
    @Transactional(readOnly = true)
    public SimulationView persons(UUID id, CurrentClient client, Consumer<ResultSet> each) {
        SimulationView simulation = done(id, client);
        store.persons(id, each);
        return simulation;
    }

    /** A finished simulation with its result; a conflict while it is not DONE. */
    @Transactional(readOnly = true)
    public SimulationView done(UUID id, CurrentClient client) {
        SimulationView simulation = get(id, client);
        if (simulation.status() != SimulationView.Status.DONE) {
            throw new ConflictException("simulation " + id + " is " + simulation.status() + ", not DONE");
        }
        return simulation;
    }

    /**
     * The versions of the window's region in force on a day of the window, each read again with the changes, by
     * version id.
     *
     * @throws InvalidRequestException naming each change the policy data refuses, by its path
     */
    static Map<String, PolicyVersion> changedVersions(PolicyCatalogue catalogue, SimulationRequest request,
                                                      List<PolicyChange> changes) {
        List<PolicyVersion> versions = RunPolicies.inForce(catalogue, request.region(), request.from(), request.to());
        if (versions.isEmpty()) {
            throw new UnprocessableException("no " + request.region() + " policy is in force from " + request.from()
                    + " to " + request.to() + "; versions: " + catalogue.versions(request.region()).stream()
                    .map(PolicyCatalogue::describe).toList());
        }
        Map<String, PolicyVersion> changed = new HashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (PolicyVersion version : versions) {
            try {
                changed.put(version.version(), catalogue.changed(version, changes));
            } catch (PolicyChangeRejected rejected) {
                for (PolicyChangeRejected.Problem problem : rejected.problems()) {
                    String field = problem.change() < 0 ? "changes" : "changes[" + problem.change() + "]."
                            + (problem.valueRefused() ? "value" : "path");
                    String where = versions.size() > 1 ? " (" + version.version() + ")" : "";
                    violations.add(new FieldViolation(field, problem.path() + ": " + problem.message() + where));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return changed;
    }

    /** The request's own rules: a window in order, clean text, each path changed once; the changes to apply. */
    private static List<PolicyChange> check(SimulationRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.to().isBefore(request.from())) {
            violations.add(new FieldViolation("to", "is before from " + request.from()));
        }
        if (!TextRules.isClean(request.name())) {
            violations.add(new FieldViolation("name", TextRules.UNCLEAN));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<PolicyChange> changes = new ArrayList<>();
        for (int i = 0; i < request.changes().size(); i++) {
            SimulationRequest.Change change = request.changes().get(i);
            Integer earlier = seen.putIfAbsent(change.path(), i);
            if (earlier != null) {
                violations.add(new FieldViolation("changes[" + i + "].path", change.path() + " is also changed by "
                        + "changes[" + earlier + "]"));
            }
            if (change.note() != null && !TextRules.isClean(change.note())) {
                violations.add(new FieldViolation("changes[" + i + "].note", TextRules.UNCLEAN));
            }
            changes.add(new PolicyChange(change.path(), change.plainValue()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return changes;
    }

    private SimulationStore.Row find(UUID id, CurrentClient client) {
        return store.find(id).filter(row -> client.servesRegion(row.region()))
                .orElseThrow(() -> new NotFoundException("no simulation " + id));
    }

    private SimulationView view(SimulationStore.Row row, boolean withResult) {
        return new SimulationView(row.simulationId(), row.name(), row.region(), row.from(), row.to(),
                json.changes(row.changes()), SimulationView.Status.valueOf(row.status()),
                new SimulationView.Progress(row.done(), row.total() == null ? null : row.total().longValue()),
                row.requestedBy(), row.requestedAt(), row.startedAt(), row.finishedAt(), row.failure(),
                withResult ? json.result(row.result()) : null);
    }
}
