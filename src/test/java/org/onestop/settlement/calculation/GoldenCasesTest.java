package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * Replays every hand-worked golden case (src/test/resources/cases/*.yaml) through the pure engine: each encounter's
 * stage payments, personal payment, identity used and exact ledger deltas, with the ledger carried between
 * encounters of a case per calendar year.
 */
class GoldenCasesTest {

    private final SettlementEngine engine = new SettlementEngine();

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return GoldenCases.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> replay(c)));
    }

    @Test
    void everyRegionHasAtLeastFifteenCases() {
        for (String file : GoldenCases.FILES) {
            assertThat(GoldenCases.load(file)).as(file).hasSizeGreaterThanOrEqualTo(15);
        }
    }

    private void replay(GoldenCases.GoldenCase c) {
        Map<Integer, Map<String, Money>> ledgers = new HashMap<>();
        c.priorLedger().forEach((year, buckets) -> ledgers.put(year, new HashMap<>(buckets)));
        int n = 0;
        for (GoldenCases.Step step : c.steps()) {
            n++;
            Encounter e = step.encounter();
            PolicyVersion policy = BundledPolicies.catalogue().require(c.region(), e.dischargeDate());
            Map<String, Money> ledger = ledgers.computeIfAbsent(e.ledgerYear(), y -> new HashMap<>());
            CalculationResult r = engine.settle(policy, c.patient(), c.identities(), e, Ledgers.balances(ledger));
            GoldenCases.Expected x = step.expected();
            String where = c + " / encounter " + n + "\n" + explain(r);
            assertThat(r.payments().basic()).as("basicPay of " + where).isEqualTo(x.basicPay());
            assertThat(r.payments().majorIllness()).as("majorIllnessPay of " + where)
                    .isEqualTo(x.majorIllnessPay());
            assertThat(r.payments().assistance()).as("assistancePay of " + where).isEqualTo(x.assistancePay());
            assertThat(r.payments().secondaryTilt()).as("tiltPay of " + where).isEqualTo(x.tiltPay());
            assertThat(r.personalPay()).as("personalPay of " + where).isEqualTo(x.personalPay());
            assertThat(r.identity() == null ? null : r.identity().category()).as("identity of " + where)
                    .isEqualTo(x.identity());
            Map<String, Money> deltas = Ledgers.byName(r.deltas());
            assertThat(deltas).as("deltas of " + where).isEqualTo(x.deltas());
            deltas.forEach((bucket, delta) -> ledger.merge(bucket, delta, Money::plus));
        }
    }

    static String explain(CalculationResult r) {
        StringBuilder text = new StringBuilder();
        for (ExplanationLine line : r.explanation()) {
            text.append("  ").append(line.stage()).append(' ').append(line.rule()).append(": ").append(line.formula())
                    .append(" = ").append(line.amount()).append('\n');
        }
        return text.toString();
    }
}
