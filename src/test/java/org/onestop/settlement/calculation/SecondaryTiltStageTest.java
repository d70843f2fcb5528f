package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerBalances;

/** The secondary tilt alone on the Zibo worked example (policies.md §6). */
class SecondaryTiltStageTest {

    private static Worksheet afterAssistance() {
        return ZiboExample.paid(Money.of("31920.00"), Money.of("11102.00")).after(Stage.ASSISTANCE,
                new StageOutcome(Money.of("8233.50"), null, List.of(), LedgerBalances.EMPTY));
    }

    @Test
    void burdenBelowTheThresholdPaysNothingButAccumulates() {
        // Burden 54,000 − 31,920 − 11,102 − 8,233.50 = 2,744.50, below the threshold 5,000: pays 0.00.
        Worksheet sheet = afterAssistance();
        StageOutcome outcome = new SecondaryTiltStage().apply(sheet, sheet.schemeSelection().scheme());

        assertThat(outcome.pay()).isEqualTo(Money.ZERO);
        assertThat(outcome.deltas().amountOf(Bucket.TILT_BASE)).isEqualTo(Money.of("2744.50"));
        assertThat(outcome.lines()).singleElement().satisfies(line -> assertThat(line.rule())
                .isEqualTo("tilt.below-threshold"));
    }

    @Test
    void anEncounterNotAssessedForAssistanceHasNoTilt() {
        StageOutcome outcome = new SecondaryTiltStage().apply(afterAssistance(), null);

        assertThat(outcome.pay()).isEqualTo(Money.ZERO);
        assertThat(outcome.deltas().isEmpty()).isTrue();
    }
}
