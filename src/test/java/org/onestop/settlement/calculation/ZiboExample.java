package org.onestop.settlement.calculation;

import java.time.LocalDate;
import java.util.List;

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
 * The worked example of policies.md §6 (Zibo): a resident holding minimum-living status, first encounter of the
 * year, inpatient at a level-3 hospital; total 60,000.00, fully own-pay 5,000.00, over-limit 0, pre-self-pay
 * 1,000.00, so policy scope 54,000.00. The stage tests start from its worksheet.
 */
final class ZiboExample {

    static final LocalDate DAY = LocalDate.of(2024, 3, 10);
    static final PolicyVersion POLICY = BundledPolicies.catalogue().require(RegionCode.ZIBO, DAY);
    static final Patient PATIENT = new Patient(InsuranceType.RESIDENT, Sex.FEMALE, LocalDate.of(1960, 5, 1));
    static final List<Identity> MIN_LIVING = List.of(new Identity("1", IdentityCategory.MIN_LIVING, null,
            LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null));
    static final Encounter ENCOUNTER = new Encounter(EncounterType.INPATIENT, 3, true, false, false,
            CareLocation.LOCAL, LocalDate.of(2024, 3, 1), DAY, List.of("K35.8"), null, false,
            new Amounts(Money.of(60000), Money.of(5000), Money.ZERO, Money.of(1000)));

    private ZiboExample() {
    }

    /** The worksheet before the first stage, with an empty ledger. */
    static Worksheet worksheet() {
        return new Worksheet(POLICY, PATIENT, MIN_LIVING, ENCOUNTER, LedgerBalances.EMPTY);
    }

    /** The worksheet after basic insurance has paid {@code basic} and major illness {@code majorIllness}. */
    static Worksheet paid(Money basic, Money majorIllness) {
        Worksheet sheet = worksheet();
        sheet = sheet.after(Stage.BASIC, new StageOutcome(basic, null, List.of(), LedgerBalances.EMPTY));
        return sheet.after(Stage.MAJOR_ILLNESS, new StageOutcome(majorIllness, null, List.of(),
                LedgerBalances.EMPTY));
    }
}
