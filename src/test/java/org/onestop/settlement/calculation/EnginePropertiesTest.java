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
import org.onestop.settlement.policy.Assistance;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.Cited;
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
        for (int p = 0; p < PERSONS; p++) {
            RegionCode region = pick(RegionCode.values());
            PolicyVersion policy = BundledPolicies.catalogue().require(region, LocalDate.of(2024, 1, 1));
            Patient patient = new Patient(pick(InsuranceType.values()), pick(Sex.values()),
                    LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            List<Identity> identities = randomIdentities();
            Map<String, Money> ledger = new HashMap<>();
            Map<String, Money> stageTotals = new HashMap<>();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                Encounter e = randomEncounter(i);
                CalculationResult r = engine.settle(policy, patient, identities, e, new LedgerSnapshot(ledger));
                String where = region + " " + patient + " " + identities + " " + e + "\n"
                        + GoldenCasesTest.explain(r);
                checkOne(r, e, where);
                r.deltas().forEach((bucket, delta) -> ledger.merge(bucket, delta, Money::plus));
                stageTotals.merge("basic", r.basicPay(), Money::plus);
                stageTotals.merge("majorIllness", r.majorIllnessPay(), Money::plus);
                stageTotals.merge("assistance", r.assistancePay(), Money::plus);
                stageTotals.merge("tilt", r.tiltPay(), Money::plus);
                checkCaps(policy, patient, identities, ledger, where);
                encounters++;
            }
            checkTotalsMatchLedger(region, ledger, stageTotals);
        }
        assertThat(encounters).isGreaterThan(PERSONS * 3);
    }

    private void checkOne(CalculationResult r, Encounter e, String where) {
        Money scope = e.amounts().policyScope();
        for (Money m : List.of(r.basicPay(), r.majorIllnessPay(), r.assistancePay(), r.tiltPay(), r.personalPay())) {
            assertThat(m.isNegative()).as("negative payment in " + where).isFalse();
        }
        assertThat(r.fundPay().plus(r.personalPay())).as("fund + personal = total in " + where)
                .isEqualTo(e.amounts().total());
        Money afterBasic = scope.minus(r.basicPay());
        Money afterMajor = afterBasic.minus(r.majorIllnessPay());
        Money afterAssistance = afterMajor.minus(r.assistancePay());
        assertThat(r.basicPay()).as("basic ≤ scope in " + where).isLessThanOrEqualTo(scope);
        assertThat(r.majorIllnessPay()).as("major ≤ scope − basic in " + where).isLessThanOrEqualTo(afterBasic);
        assertThat(r.assistancePay()).as("assistance ≤ burden in " + where).isLessThanOrEqualTo(afterMajor);
        assertThat(r.tiltPay()).as("tilt ≤ burden in " + where).isLessThanOrEqualTo(afterAssistance);
        Money funds = r.funds().stream().map(FundLine::amount).reduce(Money.ZERO, Money::plus);
        assertThat(funds).as("fund lines add up in " + where).isEqualTo(r.fundPay());
        assertThat(r.funds()).extracting(FundLine::stage).as("one fund line per stage in " + where)
                .doesNotHaveDuplicates();
        r.deltas().values().forEach(d -> assertThat(d.isPositive()).as("deltas are positive in " + where).isTrue());
    }

    /** Every capped bucket within its cap: basic pools, major illness (unless tilted uncapped), assistance, tilt. */
    private void checkCaps(PolicyVersion policy, Patient patient, List<Identity> identities,
                           Map<String, Money> ledger, String where) {
        policy.basicInsurance().plan(patient.insuranceType()).ifPresent(plan -> plan.pools().forEach(
                (pool, cap) -> assertThat(used(ledger, Buckets.basicPaid(pool))).as(pool + " in " + where)
                        .isLessThanOrEqualTo(cap.value())));
        boolean uncappedTilt = policy.majorIllness().tilt().filter(t -> !t.capped().value()).isPresent();
        if (!uncappedTilt) {
            policy.majorIllness().plan(patient.insuranceType()).ifPresent(plan ->
                    assertThat(used(ledger, Buckets.MAJOR_ILLNESS_PAID)).as("major illness cap in " + where)
                            .isLessThanOrEqualTo(plan.cap().value()));
        }
        for (Assistance.Scheme scheme : policy.assistance().schemes()) {
            boolean held = identities.stream().anyMatch(i -> scheme.identities().stream()
                    .anyMatch(m -> m.matches(i.category(), i.subclass())));
            if (!held) {
                continue;
            }
            // A person's identities are fixed across the sequence, so the scheme used never changes: its caps hold.
            if (scheme == usedScheme(policy, identities)) {
                scheme.pools().forEach((pool, cap) -> assertThat(used(ledger, Buckets.assistancePaid(pool)))
                        .as(pool + " in " + where).isLessThanOrEqualTo(cap.value()));
                scheme.tilt().map(Assistance.Tilt::cap).map(Cited::value).ifPresent(cap ->
                        assertThat(used(ledger, Buckets.TILT_PAID)).as("tilt cap in " + where)
                                .isLessThanOrEqualTo(cap));
                assertThat(used(ledger, Buckets.ASSISTANCE_THRESHOLD)).as("threshold in " + where)
                        .isLessThanOrEqualTo(scheme.threshold().value());
            }
        }
    }

    private static Assistance.Scheme usedScheme(PolicyVersion policy, List<Identity> identities) {
        for (Assistance.Scheme scheme : policy.assistance().schemes()) {
            for (Identity i : identities) {
                if (scheme.identities().stream().anyMatch(m -> m.matches(i.category(), i.subclass()))) {
                    return scheme;
                }
            }
        }
        return null;
    }

    /** What the stages paid in all equals what the ledger's paid buckets hold. */
    private static void checkTotalsMatchLedger(RegionCode region, Map<String, Money> ledger,
                                               Map<String, Money> totals) {
        Money basicPaid = sum(ledger, "BASIC_PAID:");
        // Lanzhou's payments all draw on TOTAL (and some also on GENERAL); elsewhere each program draws one pool.
        Money assistancePaid = region == RegionCode.LANZHOU ? used(ledger, Buckets.assistancePaid("TOTAL"))
                : sum(ledger, "ASSISTANCE_PAID:");
        assertThat(basicPaid).isEqualTo(totals.get("basic"));
        assertThat(used(ledger, Buckets.MAJOR_ILLNESS_PAID)).isEqualTo(totals.get("majorIllness"));
        assertThat(assistancePaid).isEqualTo(totals.get("assistance"));
        assertThat(used(ledger, Buckets.TILT_PAID)).isEqualTo(totals.get("tilt"));
    }

    private static Money sum(Map<String, Money> ledger, String prefix) {
        return ledger.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .reduce(Money.ZERO, Money::plus);
    }

    private static Money used(Map<String, Money> ledger, String bucket) {
        return ledger.getOrDefault(bucket, Money.ZERO);
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
