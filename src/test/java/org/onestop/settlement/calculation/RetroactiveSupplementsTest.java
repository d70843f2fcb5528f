package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.onestop.settlement.ledger.LedgerBalances;
import org.onestop.settlement.policy.BundledPolicies;
import org.onestop.settlement.policy.PolicyVersion;

/**
 * Retroactive supplements over the pure core (001 第十四条(二), 004 四(七)). The property: for random persons and
 * encounter sequences whose discharge dates all lie in an approval's window, "settle without the identity, then
 * approve it" ends with the same ledger of every year, and the same assistance and tilt paid in all, as "approve
 * first, then settle". Drawn from a fixed seed, so a failure replays.
 */
class RetroactiveSupplementsTest {

    private static final long SEED = 20240615L;
    private static final int PERSONS = 800;
    private static final String[] DIAGNOSES = {"K35.8", "I63.9", "C34.1", "N18.5", "E11.9", "J44.1"};
    private static final LocalDate APPLIED = LocalDate.of(2024, 9, 15);

    private final SettlementEngine engine = new SettlementEngine();
    private final RetroactiveSupplements supplements = new RetroactiveSupplements();
    private final Random random = new Random(SEED);

    @Test
    void settlingThenApprovingEndsWhereApprovingFirstEnds() {
        int supplemented = 0;
        int paying = 0;
        for (int person = 0; person < PERSONS; person++) {
            boolean lanzhou = random.nextBoolean();
            RegionCode region = lanzhou ? RegionCode.LANZHOU : RegionCode.ZIBO;
            // Lanzhou reaches back 12 months to the day, Zibo to the first day of that month (2023-09-01).
            LocalDate windowStart = lanzhou ? APPLIED.minusMonths(12) : APPLIED.minusMonths(12).withDayOfMonth(1);
            IdentityCategory category = lanzhou && random.nextBoolean() ? IdentityCategory.LOW_INCOME_MARGINAL
                    : IdentityCategory.ILLNESS_IMPOVERISHED;
            Identity approved = new Identity("approved", category, null, APPLIED, null, APPLIED);
            Patient patient = new Patient(random.nextInt(6) == 0 ? InsuranceType.EMPLOYEE : InsuranceType.RESIDENT,
                    random.nextBoolean() ? Sex.FEMALE : Sex.MALE, LocalDate.of(1950 + random.nextInt(50), 3, 9));
            List<Encounter> encounters = randomEncounters(windowStart);
            String where = region + " " + category + " " + patient + " " + encounters;

            Map<Integer, LedgerBalances> settledFirst = new HashMap<>();
            List<RetroactiveSupplements.Settled> settled = new ArrayList<>();
            Map<Integer, LedgerBalances> approvedFirst = new HashMap<>();
            Money paidWhenApprovedFirst = Money.ZERO;
            for (int i = 0; i < encounters.size(); i++) {
                Encounter e = encounters.get(i);
                PolicyVersion policy = BundledPolicies.catalogue().require(region, e.dischargeDate());
                CalculationResult without = engine.settle(policy, patient, List.of(), e, ledger(settledFirst, e));
                settledFirst.merge(e.ledgerYear(), without.deltas(), LedgerBalances::plus);
                settled.add(new RetroactiveSupplements.Settled("s" + i, policy, e, new InsurancePaid(
                        without.payments().basic(), without.payments().majorIllness(), "原结算", "s" + i),
                        without.payments().assistance(), without.payments().secondaryTilt(), LedgerBalances.EMPTY));
                CalculationResult with = engine.settle(policy, patient, List.of(approved), e,
                        ledger(approvedFirst, e));
                approvedFirst.merge(e.ledgerYear(), with.deltas(), LedgerBalances::plus);
                paidWhenApprovedFirst = paidWhenApprovedFirst.plus(with.payments().assistance())
                        .plus(with.payments().secondaryTilt());
            }
            Money supplementsPaid = Money.ZERO;
            for (var supplement : supplements.assess(patient, List.of(approved), approved, settled, settledFirst)) {
                assertThat(supplement.assistancePay().isNegative() || supplement.tiltPay().isNegative())
                        .as("negative supplement in " + where).isFalse();
                settledFirst.merge(supplement.original().encounter().ledgerYear(), supplement.deltas(),
                        LedgerBalances::plus);
                supplementsPaid = supplementsPaid.plus(supplement.pay());
                supplemented++;
                paying += supplement.pay().isPositive() ? 1 : 0;
            }
            assertThat(supplementsPaid).as("assistance and tilt paid in all, " + where)
                    .isEqualTo(paidWhenApprovedFirst);
            for (int year : approvedFirst.keySet()) {
                assertThat(settledFirst.get(year).withoutZeros()).as("ledger " + year + " of " + where)
                        .isEqualTo(approvedFirst.get(year).withoutZeros());
            }
        }
        assertThat(supplemented).as("encounters supplemented").isGreaterThan(PERSONS * 2);
        assertThat(paying).as("supplements that pay").isGreaterThan(PERSONS / 2);
    }

    /**
     * A supplement takes nothing back. Lanzhou: a stay settled under 特困人员 (100%) whose identity the office no longer
     * holds (recorded in error). Policy scope 20000.00: basic (20000.00 − 800.00) × 60% = 11520.00; major illness
     * tilted for 特困 (001 第十二条(二)): base 8480.00, deductible 10000.00 × 0.5 = 5000.00, 65% × 3480.00 = 2262.00;
     * assistance 100% × (20000.00 − 11520.00 − 2262.00) = 6218.00. The approval of 因病致贫 (60% above 5000.00)
     * assesses it again on those insurance amounts: 60% × (6218.00 − 5000.00) = 730.80, less than the 6218.00 paid,
     * so the supplement pays 0.00 and changes no ledger.
     */
    @Test
    void aSupplementThatWouldPayLessPaysNothingAndSaysWhy() {
        PolicyVersion policy = BundledPolicies.catalogue().require(RegionCode.LANZHOU, LocalDate.of(2024, 5, 10));
        Patient patient = new Patient(InsuranceType.RESIDENT, Sex.FEMALE, LocalDate.of(1970, 1, 1));
        Encounter stay = new Encounter(EncounterType.INPATIENT, 3, true, false, false, CareLocation.LOCAL,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 10), List.of("K35.8"), null, false,
                new Amounts(Money.of(new BigDecimal("20000.00")), Money.ZERO, Money.ZERO, Money.ZERO));
        Identity extreme = new Identity("x", IdentityCategory.EXTREME_POVERTY, null, LocalDate.of(2024, 1, 1), null,
                null);
        CalculationResult original = engine.settle(policy, patient, List.of(extreme), stay, LedgerBalances.EMPTY);
        assertThat(original.payments().basic()).isEqualTo(Money.of(new BigDecimal("11520.00")));
        assertThat(original.payments().majorIllness()).isEqualTo(Money.of(new BigDecimal("2262.00")));
        assertThat(original.payments().assistance()).isEqualTo(Money.of(new BigDecimal("6218.00")));
        Identity approved = new Identity("a", IdentityCategory.ILLNESS_IMPOVERISHED, null, APPLIED, null, APPLIED);
        var settled = new RetroactiveSupplements.Settled("s1", policy, stay, new InsurancePaid(
                original.payments().basic(), original.payments().majorIllness(), "原结算", "s1"),
                original.payments().assistance(), original.payments().secondaryTilt(), original.deltas());

        var supplement = supplements.assess(patient, List.of(approved), approved, List.of(settled),
                Map.of(2024, original.deltas())).get(0);

        assertThat(supplement.recomputed().payments().assistance()).isEqualTo(Money.of(new BigDecimal("730.80")));
        assertThat(supplement.pay()).isEqualTo(Money.ZERO);
        assertThat(supplement.deltas().isEmpty()).isTrue();
        assertThat(supplement.explanation()).filteredOn(line -> line.rule().equals("supplement.assistance"))
                .singleElement().satisfies(line -> {
                    assertThat(line.formula()).contains("重新计算 730.80", "已支付 6218.00", "不追回");
                    assertThat(line.tags()).contains(ExplanationText.READING);
                    assertThat(line.citation()).startsWith("兰政办发〔2022〕139号 第十四条(二)");
                });
    }

    private static LedgerBalances ledger(Map<Integer, LedgerBalances> ledgers, Encounter e) {
        return ledgers.getOrDefault(e.ledgerYear(), LedgerBalances.EMPTY);
    }

    /** One to six encounters discharged between the window's start and the application date, in discharge order. */
    private List<Encounter> randomEncounters(LocalDate windowStart) {
        int days = (int) ChronoUnit.DAYS.between(windowStart, APPLIED);
        List<Encounter> encounters = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            LocalDate discharge = windowStart.plusDays(random.nextInt(days + 1));
            Money total = Money.of(BigDecimal.valueOf(random.nextInt(random.nextInt(4) == 0 ? 30_000_000 : 6_000_000)
                    + 1L, 2));
            Money fullyOwnPay = Money.of(total.amount().multiply(BigDecimal.valueOf(random.nextInt(10), 2))
                    .setScale(2, RoundingMode.DOWN));
            EncounterType type = EncounterType.values()[random.nextInt(EncounterType.values().length)];
            encounters.add(new Encounter(type, 1 + random.nextInt(3), random.nextInt(8) != 0, random.nextInt(6) == 0,
                    random.nextInt(6) == 0, CareLocation.values()[random.nextInt(CareLocation.values().length)],
                    discharge.minusDays(random.nextInt(15)), discharge,
                    List.of(DIAGNOSES[random.nextInt(DIAGNOSES.length)]), null, false,
                    new Amounts(total, fullyOwnPay, Money.ZERO, Money.ZERO)));
        }
        encounters.sort(Comparator.comparing(Encounter::dischargeDate));
        return encounters;
    }
}
