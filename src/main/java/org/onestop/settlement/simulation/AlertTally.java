package org.onestop.settlement.simulation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.PolicyVersion;
import org.onestop.settlement.policy.SideRules;

/**
 * One run's high-cost alert lines (监测预警, the region's {@code side.highCostAlert}): for each rule, the stays above
 * its line among the persons it watches (the first rule that watches a person decides, as the alert module raises
 * alerts) and among every stay whoever it watches, and the persons with at least one. A stay rule compares an
 * inpatient stay's personal payment (after every stage, or after insurance); a yearly rule the year's accumulated
 * payment after insurance, counting each settlement after which it is above the line. The year accumulates over
 * every settlement replayed, those before the window included.
 */
final class AlertTally {

    /** One rule's line (as first met) and its counts. */
    private static final class Line {
        private final String basis;
        private final Money threshold;
        private long watchedStays;
        private long watchedPersons;
        private long everyoneStays;
        private long everyonePersons;

        private Line(SideRules.AlertRule rule) {
            this.basis = rule.basis().name();
            this.threshold = rule.threshold();
        }
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<Integer, Long> yearAfterInsurance = new HashMap<>();
    private final Set<String> watchedAbove = new HashSet<>();
    private final Set<String> everyoneAbove = new HashSet<>();
    private int watchedStaysOfPerson;

    /**
     * One settlement of the current person, in discharge order.
     *
     * @param held     the categories of the identities the person holds on the discharge date
     * @param inWindow false for a settlement replayed only to bring the year's ledger and amounts up to the window
     */
    void observe(PolicyVersion policy, Set<IdentityCategory> held, InsuranceType insurance, boolean rural,
                 EncounterType type, int year, CalculationResult result, boolean inWindow) {
        long afterInsurance = StageSums.cents(result.amounts().total()) - StageSums.cents(result.payments().basic())
                - StageSums.cents(result.payments().majorIllness());
        long yearAmount = yearAfterInsurance.merge(year, afterInsurance, Long::sum);
        var alert = policy.side().highCostAlert();
        if (alert.isEmpty() || !inWindow) {
            return;
        }
        SideRules.AlertRule watching = alert.get().watching(held, insurance, rural).orElse(null);
        for (SideRules.AlertRule rule : alert.get().rules()) {
            Line line = lines.computeIfAbsent(rule.code(), code -> new Line(rule));
            Long amount = switch (rule.basis()) {
                case STAY_AFTER_ALL_STAGES -> type == EncounterType.INPATIENT
                        ? StageSums.cents(result.personalPay()) : null;
                case STAY_AFTER_INSURANCE -> type == EncounterType.INPATIENT ? afterInsurance : null;
                case YEAR_AFTER_INSURANCE -> yearAmount;
            };
            if (amount == null || amount <= StageSums.cents(rule.threshold())) {
                continue;
            }
            line.everyoneStays++;
            everyoneAbove.add(rule.code());
            if (rule.equals(watching)) {
                line.watchedStays++;
                watchedAbove.add(rule.code());
                watchedStaysOfPerson++;
            }
        }
    }

    /** Ends the current person: counts them under each line they were above; answers their watched stays above. */
    int endPerson() {
        watchedAbove.forEach(code -> lines.get(code).watchedPersons++);
        everyoneAbove.forEach(code -> lines.get(code).everyonePersons++);
        int stays = watchedStaysOfPerson;
        watchedAbove.clear();
        everyoneAbove.clear();
        yearAfterInsurance.clear();
        watchedStaysOfPerson = 0;
        return stays;
    }

    /** The lines of both runs, by rule code in the order first met (baseline first). */
    static java.util.List<SimulationResult.AlertLine> lines(AlertTally baseline, AlertTally patched) {
        Set<String> codes = new java.util.LinkedHashSet<>(baseline.lines.keySet());
        codes.addAll(patched.lines.keySet());
        return codes.stream().map(code -> {
            Line b = baseline.lines.get(code);
            Line p = patched.lines.get(code);
            return new SimulationResult.AlertLine(code, (b != null ? b : p).basis,
                    b == null ? null : b.threshold.amount(), p == null ? null : p.threshold.amount(),
                    new SimulationResult.Counts(above(b, true), above(p, true)),
                    new SimulationResult.Counts(above(b, false), above(p, false)));
        }).toList();
    }

    private static SimulationResult.Above above(Line line, boolean watched) {
        if (line == null) {
            return new SimulationResult.Above(0, 0);
        }
        return watched ? new SimulationResult.Above(line.watchedStays, line.watchedPersons)
                : new SimulationResult.Above(line.everyoneStays, line.everyonePersons);
    }
}
