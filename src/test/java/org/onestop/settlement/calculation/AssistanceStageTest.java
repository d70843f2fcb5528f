package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.LedgerBalances;

/** Medical assistance alone on the Zibo worked example (policies.md §6). */
class AssistanceStageTest {

    @Test
    void paysTheSchemeRateOnWhatInsuranceLeft() {
        // Scheme of 特困/低保/返贫: threshold 0, 75%. 75% × (54,000 − 31,920 − 11,102) = 75% × 10,978 = 8,233.50.
        AssistanceStage.Assessment assessment = new AssistanceStage()
                .apply(ZiboExample.paid(Money.of("31920.00"), Money.of("11102.00")));

        assertThat(assessment.outcome().pay()).isEqualTo(Money.of("8233.50"));
        assertThat(assessment.assessedScheme().code()).isEqualTo("EXTREME_POVERTY_MIN_LIVING_RELAPSE");
    }

    @Test
    void statesWhatTheIdentityNotUsedWouldHavePaid() {
        // Minimum living (scheme 1: threshold 0, 75%) and monitored at risk (scheme 2: threshold 3,000, 50%) held
        // together: scheme 1 is used. On the same insurance payments scheme 2 would pay
        // 50% × (54,000 − 31,920 − 11,102 − 3,000) = 50% × 7,978 = 3,989.00.
        Identity monitored = new Identity("2", IdentityCategory.MONITORED_AT_RISK, null, LocalDate.of(2024, 1, 1),
                null, null);
        Worksheet sheet = new Worksheet(ZiboExample.POLICY, ZiboExample.PATIENT,
                List.of(ZiboExample.MIN_LIVING.get(0), monitored), ZiboExample.ENCOUNTER, LedgerBalances.EMPTY)
                .after(Stage.BASIC, new StageOutcome(Money.of("31920.00"), null, List.of(), LedgerBalances.EMPTY))
                .after(Stage.MAJOR_ILLNESS, new StageOutcome(Money.of("11102.00"), null, List.of(),
                        LedgerBalances.EMPTY));

        HighestStandard.Comparison comparison = HighestStandard.wouldPay(sheet, monitored);

        assertThat(comparison.assistance()).isEqualTo(Money.of("3989.00"));
        // The comparison runs the stages' arithmetic without rendering: it must equal the stages run in full.
        Worksheet alternative = sheet.withOnlyIdentity(monitored);
        AssistanceStage.Assessment full = new AssistanceStage().apply(alternative);
        StageOutcome tilt = new SecondaryTiltStage().apply(alternative.after(Stage.ASSISTANCE, full.outcome()),
                full.assessedScheme());
        assertThat(comparison.assistance()).isEqualTo(full.outcome().pay());
        assertThat(comparison.tilt()).isEqualTo(tilt.pay());
        assertThat(new AssistanceStage().apply(sheet).outcome().lines())
                .anySatisfy(line -> assertThat(line.formula()).contains("医疗救助应付 3989.00"));
    }
}
