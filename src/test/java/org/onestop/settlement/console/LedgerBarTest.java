package org.onestop.settlement.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.LedgerService;

/** A ledger line drawn as a bar: figures as the slip prints money, the share used to two decimals. */
class LedgerBarTest {

    @Test
    void aCappedBucketIsABarOfItsUsedShare() {
        // 8,233.50 of 30,000.00: 8,233.50 × 100 / 30,000 = 27.445 → 27.45 (half up); 21,766.50 remain
        LedgerBar bar = LedgerBar.of(new LedgerService.Line(Bucket.assistancePaid("ASSIST"), Money.of("8233.50"),
                Money.of("30000.00"), Money.of("21766.50")));

        assertThat(bar.bucket()).isEqualTo("ASSISTANCE_PAID:ASSIST");
        assertThat(bar.label()).isEqualTo("医疗救助支付（ASSIST）");
        assertThat(bar.used()).isEqualTo("8,233.50");
        assertThat(bar.cap()).isEqualTo("30,000.00");
        assertThat(bar.remaining()).isEqualTo("21,766.50");
        assertThat(bar.percent()).isEqualTo("27.45");
        assertThat(bar.remainingPercent()).isEqualTo("72.55");
        assertThat(bar.capped()).isTrue();
    }

    @Test
    void anUncappedBucketHasNoBar() {
        LedgerBar bar = LedgerBar.of(new LedgerService.Line(Bucket.MAJOR_ILLNESS_PAID, Money.of("11102.00"), null,
                null));

        assertThat(bar.capped()).isFalse();
        assertThat(bar.used()).isEqualTo("11,102.00");
        assertThat(bar.percent()).isNull();
        assertThat(bar.remainingPercent()).isNull();
    }

    @Test
    void theShareStaysBetweenNoneAndTheWholeBar() {
        assertThat(LedgerBar.percent(Money.of("31920.00").amount(), Money.of("200000.00").amount()))
                .isEqualTo("15.96");
        assertThat(LedgerBar.percent(Money.of("0.00").amount(), Money.of("20000.00").amount())).isEqualTo("0.00");
        // an opening balance may exceed a cap: the bar is full, not longer
        assertThat(LedgerBar.percent(Money.of("25000.00").amount(), Money.of("20000.00").amount()))
                .isEqualTo("100.00");
        assertThat(LedgerBar.percent(Money.of("1.00").amount(), Money.of("0.00").amount())).isEqualTo("100.00");
        assertThat(LedgerBar.percent(Money.of("0.00").amount(), Money.of("0.00").amount())).isEqualTo("0.00");
    }

    @Test
    void aDeductibleBucketNamesItsEncounterType() {
        assertThat(ConsoleLabels.bucket(Bucket.parse("BASIC_DEDUCTIBLE:INPATIENT").orElseThrow()))
                .isEqualTo("基本医保起付线（住院）");
        assertThat(ConsoleLabels.bucket(Bucket.TILT_PAID)).isEqualTo("二次倾斜救助支付");
    }
}
