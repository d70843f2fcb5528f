package org.onestop.settlement.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.onestop.settlement.calculation.CalculationResult;
import org.onestop.settlement.calculation.FundLine;
import org.onestop.settlement.calculation.Stage;

/**
 * Everything a run adds up, person after person: totals per run, per fund line and per identity category, the
 * burden per stay, the alert lines, the persons whose payments changed most, the baseline check, and what was not
 * simulated. A person's outcome becomes their row and is not kept. Persons are added one at a time (synchronized),
 * from whichever thread replayed them.
 */
final class Tally {

    private static final int LARGEST = 20;
    private static final Comparator<SimulationResult.PersonChange> BY_CHANGE = Comparator
            .comparing((SimulationResult.PersonChange c) -> c.difference().abs())
            .thenComparing(SimulationResult.PersonChange::personId, Comparator.reverseOrder());

    private final StageSums baseline = new StageSums();
    private final StageSums patched = new StageSums();
    private final Map<FundKey, long[]> funds = new HashMap<>();
    private final Map<FundKey, String> fundNames = new HashMap<>();
    private final Map<String, StageSums[]> categories = new TreeMap<>();
    private final BurdenDistribution baselineBurden = new BurdenDistribution();
    private final BurdenDistribution patchedBurden = new BurdenDistribution();
    private final AlertTally baselineAlerts = new AlertTally();
    private final AlertTally patchedAlerts = new AlertTally();
    private final PriorityQueue<SimulationResult.PersonChange> largest = new PriorityQueue<>(BY_CHANGE);
    private final BaselineCheckTally check = new BaselineCheckTally();
    private final Map<String, Long> notSimulated = new TreeMap<>();
    private long inWindow;
    private long reversed;
    private long done;
    private long personsSimulated;
    private long personsAffected;

    synchronized void start(long inWindow, long reversed, Map<String, Long> withoutDischargeDate) {
        this.inWindow = inWindow;
        this.reversed = reversed;
        withoutDischargeDate.forEach((kind, count) -> notSimulated.merge(kind + "|NO_STORED_CLAIM", count, Long::sum));
    }

    /** Settlements of the window handled so far, simulated or not. */
    synchronized long done() {
        return done;
    }

    /**
     * Adds one replayed person; answers their row, or null when none of their settlements in the window was
     * simulated. Persons may come in any order.
     */
    synchronized PersonRow add(PersonOutcome outcome) {
        for (PersonOutcome.NotSimulated skipped : outcome.notSimulated()) {
            done++;
            notSimulated.merge(skipped.kind() + "|" + skipped.reason(), 1L, Long::sum);
        }
        StageSums personBaseline = new StageSums();
        StageSums personPatched = new StageSums();
        boolean affected = false;
        for (PersonOutcome.Settled settled : outcome.settled()) {
            CalculationResult b = settled.baseline();
            CalculationResult p = settled.patched();
            done++;
            baseline.add(b.amounts().total(), b.payments());
            patched.add(p.amounts().total(), p.payments());
            personBaseline.add(b.amounts().total(), b.payments());
            personPatched.add(p.amounts().total(), p.payments());
            affected |= !b.payments().equals(p.payments());
            b.funds().forEach(line -> fund(line, 0));
            p.funds().forEach(line -> fund(line, 1));
            category(b, 0).add(b.amounts().total(), b.payments());
            category(p, 1).add(p.amounts().total(), p.payments());
            baselineBurden.add(StageSums.cents(b.personalPay()));
            patchedBurden.add(StageSums.cents(p.personalPay()));
            check.compare(settled.stored(), b.payments());
        }
        baselineAlerts.add(outcome.baselineAlerts());
        patchedAlerts.add(outcome.patchedAlerts());
        check.endPerson(outcome.person(), outcome.replayed());
        if (personBaseline.settlements() == 0) {
            return null;
        }
        personsSimulated++;
        PersonRow row = new PersonRow(outcome.person().personId(), personBaseline, personPatched,
                outcome.baselineAlerts().watchedStays(), outcome.patchedAlerts().watchedStays());
        if (affected) {
            personsAffected++;
            largest.add(row.change());
            if (largest.size() > LARGEST) {
                largest.poll();
            }
        }
        return row;
    }

    /** A fund line's stage and fund; the name is the one first met. */
    private record FundKey(Stage stage, String fundCode) {
    }

    private void fund(FundLine line, int run) {
        FundKey key = new FundKey(line.stage(), line.fundCode());
        funds.computeIfAbsent(key, k -> new long[2])[run] += StageSums.cents(line.amount());
        fundNames.putIfAbsent(key, line.name());
    }

    private StageSums category(CalculationResult result, int run) {
        String category = result.identity() == null ? "NONE" : result.identity().category().name();
        return categories.computeIfAbsent(category, c -> new StageSums[] {new StageSums(), new StageSums()})[run];
    }

    synchronized SimulationResult result(List<String> policyVersions) {
        List<SimulationResult.NotSimulated> skipped = new ArrayList<>();
        notSimulated.forEach((key, count) -> {
            String[] kindAndReason = key.split("\\|", 2);
            skipped.add(new SimulationResult.NotSimulated(kindAndReason[0], kindAndReason[1], count));
        });
        List<SimulationResult.FundTotals> fundTotals = new ArrayList<>();
        funds.keySet().stream().sorted(Comparator.comparing(FundKey::stage).thenComparing(FundKey::fundCode))
                .forEach(key -> {
                    long[] sums = funds.get(key);
                    fundTotals.add(new SimulationResult.FundTotals(key.stage().name(), key.fundCode(),
                            fundNames.get(key), StageSums.yuan(sums[0]), StageSums.yuan(sums[1]),
                            StageSums.yuan(sums[1] - sums[0])));
                });
        List<SimulationResult.CategoryTotals> byCategory = new ArrayList<>();
        categories.forEach((category, sums) -> byCategory.add(new SimulationResult.CategoryTotals(category,
                sums[0].view(), sums[1].view(), StageSums.difference(sums[0], sums[1]))));
        List<SimulationResult.PersonChange> changes = new ArrayList<>(largest);
        changes.sort(BY_CHANGE.reversed());
        return new SimulationResult(List.copyOf(policyVersions),
                new SimulationResult.Coverage(inWindow, baseline.settlements(), reversed, List.copyOf(skipped)),
                new SimulationResult.Totals(baseline.view(), patched.view(), StageSums.difference(baseline, patched)),
                List.copyOf(fundTotals), List.copyOf(byCategory),
                new SimulationResult.Persons(personsSimulated, personsAffected),
                new SimulationResult.Burden(baselineBurden.size(), baselineBurden.percentiles(),
                        patchedBurden.percentiles()),
                AlertTally.lines(baselineAlerts, patchedAlerts), List.copyOf(changes), check.view());
    }
}
