package org.onestop.settlement.simulation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

        private Line(String basis, Money threshold) {
            this.basis = basis;
            this.threshold = threshold;
        }
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();

    /** Adds one person's stays above each line. */
    void add(PersonAlerts person) {
        person.lines.forEach((code, counts) -> {
            Line line = lines.computeIfAbsent(code, c -> new Line(counts.basis, counts.threshold));
            line.watchedStays += counts.watched;
            line.everyoneStays += counts.everyone;
            line.watchedPersons += counts.watched > 0 ? 1 : 0;
            line.everyonePersons += counts.everyone > 0 ? 1 : 0;
        });
    }

    /** The lines of both runs, by rule code in the order first met (baseline first). */
    static List<SimulationResult.AlertLine> lines(AlertTally baseline, AlertTally patched) {
        Set<String> codes = new LinkedHashSet<>(baseline.lines.keySet());
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

    /** One person's settlements in one run, observed in discharge order: their stays above each line. */
    static final class PersonAlerts {

        private static final class Counts {
            private final String basis;
            private final Money threshold;
            private int watched;
            private int everyone;

            private Counts(SideRules.AlertRule rule) {
                this.basis = rule.basis().name();
                this.threshold = rule.threshold();
            }
        }

        private final Map<String, Counts> lines = new LinkedHashMap<>();
        private final Map<Integer, Long> yearAfterInsurance = new HashMap<>();
        private int watchedStays;

        /**
         * @param held     the categories of the identities the person holds on the discharge date
         * @param inWindow false for a settlement replayed only to bring the year's ledger and amounts up to the window
         */
        void observe(PolicyVersion policy, Set<IdentityCategory> held, InsuranceType insurance, boolean rural,
                     EncounterType type, int year, CalculationResult result, boolean inWindow) {
            long afterInsurance = StageSums.cents(result.amounts().total())
                    - StageSums.cents(result.payments().basic()) - StageSums.cents(result.payments().majorIllness());
            long yearAmount = yearAfterInsurance.merge(year, afterInsurance, Long::sum);
            var alert = policy.side().highCostAlert();
            if (alert.isEmpty() || !inWindow) {
                return;
            }
            SideRules.AlertRule watching = alert.get().watching(held, insurance, rural).orElse(null);
            for (SideRules.AlertRule rule : alert.get().rules()) {
                Counts counts = lines.computeIfAbsent(rule.code(), code -> new Counts(rule));
                Long amount = switch (rule.basis()) {
                    case STAY_AFTER_ALL_STAGES -> type == EncounterType.INPATIENT
                            ? StageSums.cents(result.personalPay()) : null;
                    case STAY_AFTER_INSURANCE -> type == EncounterType.INPATIENT ? afterInsurance : null;
                    case YEAR_AFTER_INSURANCE -> yearAmount;
                };
                if (amount != null && amount > StageSums.cents(rule.threshold())) {
                    counts.everyone++;
                    if (rule.equals(watching)) {
                        counts.watched++;
                        watchedStays++;
                    }
                }
            }
        }

        /** The person's stays above the line of the rule that watches them. */
        int watchedStays() {
            return watchedStays;
        }
    }
}
