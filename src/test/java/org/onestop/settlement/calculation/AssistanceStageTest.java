package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;

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
}
