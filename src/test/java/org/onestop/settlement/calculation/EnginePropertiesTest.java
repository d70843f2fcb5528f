package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.CareLocation;
import org.onestop.settlement.common.EncounterType;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.InsuranceType;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.common.Sex;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.ledger.QuotaCaps;
import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * Properties that hold for any valid encounter sequence, checked on random persons and encounters drawn from a fixed
 * seed (so a failure replays): payments are never negative, fund + personal = total, no stage pays more than the
 * burden it sees, no cap pool is overdrawn across a year, and the stage totals equal what the ledger deltas say.
 */
class EnginePropertiesTest {

    private static final long SEED = 20261127L;
    private static final int PERSONS = 1500;
    private static final String[] DIAGNOSES = {"K35.8", "I63.9", "C34.1", "N18.5", "C91.0", "C50.9", "E11.9", "J44.1"};
    private static final String[] SUBCLASSES = {null, "URBAN_FULL", "URBAN_PARTIAL", "RURAL_1", "RURAL_3"};

    private final SettlementEngine engine = new SettlementEngine();
    private final Random random = new Random(SEED);

    @Test
    void randomSequencesKeepEveryInvariant() {
        int encounters = 0;
        for (int person = 0; person < PERSONS; person++) {
            RegionCode region = pick(RegionCode.values());
            PolicyVersion policy = BundledPolicies.catalogue().require(region, LocalDate.of(2024, 1, 1));
            Patient patient = new Patient(pick(InsuranceType.values()), pick(Sex.values()),
                    LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            List<Identity> identities = randomIdentities();
            LedgerBalances ledger = LedgerBalances.EMPTY;
            Map<String, Money> stageTotals = new HashMap<>();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                Encounter encounter = randomEncounter(i);
                CalculationResult result = engine.settle(policy, patient, identities, encounter, ledger);
                String where = region + " " + patient + " " + identities + " " + encounter + "\n"
                        + GoldenCasesTest.explain(result);
                checkOne(result, encounter, where);
                ledger = ledger.plus(result.deltas());
                stageTotals.merge("basic", result.payments().basic(), Money::plus);
                stageTotals.merge("majorIllness", result.payments().majorIllness(), Money::plus);
                stageTotals.merge("assistance", result.payments().assistance(), Money::plus);
                stageTotals.merge("tilt", result.payments().secondaryTilt(), Money::plus);
                checkCaps(Eligibility.quotaCaps(policy, patient, identities, encounter.dischargeDate()), ledger,
                        where);
                encounters++;
            }
            checkTotalsMatchLedger(region, ledger, stageTotals);
        }
        assertThat(encounters).isGreaterThan(PERSONS * 3);
    }

    private void checkOne(CalculationResult result, Encounter encounter, String where) {
        Money scope = encounter.amounts().policyScope();
        StagePayments paid = result.payments();
        for (Money amount : List.of(paid.basic(), paid.majorIllness(), paid.assistance(), paid.secondaryTilt(),
                result.personalPay())) {
            assertThat(amount.isNegative()).as("negative payment in " + where).isFalse();
        }
        assertThat(result.fundPay().plus(result.personalPay())).as("fund + personal = total in " + where)
                .isEqualTo(encounter.amounts().total());
        Money afterBasic = scope.minus(paid.basic());
        Money afterMajor = afterBasic.minus(paid.majorIllness());
        Money afterAssistance = afterMajor.minus(paid.assistance());
        assertThat(paid.basic()).as("basic ≤ scope in " + where).isLessThanOrEqualTo(scope);
        assertThat(paid.majorIllness()).as("major ≤ scope − basic in " + where).isLessThanOrEqualTo(afterBasic);
        assertThat(paid.assistance()).as("assistance ≤ burden in " + where).isLessThanOrEqualTo(afterMajor);
        assertThat(paid.secondaryTilt()).as("tilt ≤ burden in " + where).isLessThanOrEqualTo(afterAssistance);
        Money funds = result.funds().stream().map(FundLine::amount).reduce(Money.ZERO, Money::plus);
        assertThat(funds).as("fund lines add up in " + where).isEqualTo(result.fundPay());
        assertThat(result.funds()).extracting(FundLine::stage).as("one fund line per stage in " + where)
                .doesNotHaveDuplicates();
        result.deltas().forEach((bucket, delta) -> assertThat(delta.isPositive())
                .as("deltas are positive in " + where).isTrue());
    }

    /**
     * Every capped bucket within its cap, as the same {@link Eligibility#quotaCaps} the stages and the ledger view
     * use says: basic pools, major illness (unless the preferential payment lifts it), the scheme's threshold and
     * pools, the secondary tilt. A person's identities are valid all year, so the scheme never changes.
     */
    private static void checkCaps(QuotaCaps caps, LedgerBalances ledger, String where) {
        for (Bucket bucket : caps.buckets()) {
            Money cap = caps.capOf(bucket);
            if (cap != null) {
                assertThat(ledger.amountOf(bucket)).as(bucket + " in " + where).isLessThanOrEqualTo(cap);
            }
        }
    }

    /** What the stages paid in all equals what the ledger's paid buckets hold. */
    private static void checkTotalsMatchLedger(RegionCode region, LedgerBalances ledger,
                                               Map<String, Money> totals) {
        Money basicPaid = sum(ledger, Bucket.Kind.BASIC_PAID);
        // Lanzhou's payments all draw on TOTAL (and some also on GENERAL); elsewhere each program draws one pool.
        Money assistancePaid = region == RegionCode.LANZHOU ? ledger.amountOf(Bucket.assistancePaid("TOTAL"))
                : sum(ledger, Bucket.Kind.ASSISTANCE_PAID);
        assertThat(basicPaid).isEqualTo(totals.get("basic"));
        assertThat(ledger.amountOf(Bucket.MAJOR_ILLNESS_PAID)).isEqualTo(totals.get("majorIllness"));
        assertThat(assistancePaid).isEqualTo(totals.get("assistance"));
        assertThat(ledger.amountOf(Bucket.TILT_PAID)).isEqualTo(totals.get("tilt"));
    }

    private static Money sum(LedgerBalances ledger, Bucket.Kind kind) {
        return ledger.asMap().entrySet().stream().filter(entry -> entry.getKey().kind() == kind)
                .map(Map.Entry::getValue).reduce(Money.ZERO, Money::plus);
    }

    /** All identities valid the whole year, so the scheme used is the same for every encounter of the person. */
    private List<Identity> randomIdentities() {
        List<Identity> identities = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            IdentityCategory category = pick(IdentityCategory.values());
            String subclass = category == IdentityCategory.MIN_LIVING ? pick(SUBCLASSES) : null;
            identities.add(new Identity("i" + i, category, subclass, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)));
        }
        return identities;
    }

    private Encounter randomEncounter(int i) {
        Money total = cents(random.nextInt(4) == 0 ? 40_000_000 : 8_000_000);
        Money fullyOwnPay = part(total);
        Money overLimit = part(total.minus(fullyOwnPay));
        Money preSelfPay = part(total.minus(fullyOwnPay).minus(overLimit));
        LocalDate discharge = LocalDate.of(2024, 1 + Math.min(11, i), 1 + random.nextInt(28));
        return new Encounter(pick(EncounterType.values()), 1 + random.nextInt(3), random.nextInt(8) != 0,
                random.nextInt(5) == 0, random.nextInt(5) == 0, pick(CareLocation.values()),
                discharge.minusDays(random.nextInt(20)), discharge, List.of(pick(DIAGNOSES)), null,
                random.nextInt(6) == 0, new Amounts(total, fullyOwnPay, overLimit, preSelfPay));
    }

    /** A random amount up to {@code maxCents} fen. */
    private Money cents(int maxCents) {
        return Money.of(BigDecimal.valueOf(random.nextInt(maxCents) + 1L, 2));
    }

    /** A random part of {@code whole}, often zero. */
    private Money part(Money whole) {
        if (random.nextInt(3) == 0 || !whole.isPositive()) {
            return Money.ZERO;
        }
        long fen = whole.amount().movePointRight(2).longValueExact();
        return Money.of(BigDecimal.valueOf((long) (random.nextDouble() * fen / 4), 2));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
