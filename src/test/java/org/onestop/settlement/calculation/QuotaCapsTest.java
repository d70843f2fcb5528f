package org.onestop.settlement.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.Money;
import org.onestop.settlement.ledger.Bucket;
import org.onestop.settlement.ledger.QuotaCaps;

/** The caps of a Zibo resident's buckets, as the stages and the ledger view see them. */
class QuotaCapsTest {

    @Test
    void minimumLivingStatusAddsTheSchemesBuckets() {
        QuotaCaps caps = Eligibility.quotaCaps(ZiboExample.POLICY, ZiboExample.PATIENT, ZiboExample.MIN_LIVING,
                ZiboExample.DAY);

        assertThat(caps.buckets()).contains(Bucket.basicPaid("BASIC"), Bucket.MAJOR_ILLNESS_BASE,
                Bucket.MAJOR_ILLNESS_PAID, Bucket.ASSISTANCE_THRESHOLD, Bucket.TILT_BASE, Bucket.TILT_PAID);
        assertThat(caps.capOf(Bucket.MAJOR_ILLNESS_BASE)).isNull();
        assertThat(caps.capOf(Bucket.ASSISTANCE_THRESHOLD)).isEqualTo(Money.ZERO);
        assertThat(caps.remaining(Bucket.MAJOR_ILLNESS_BASE, Money.of(100))).isNull();
    }

    @Test
    void withoutAnIdentityThereAreNoAssistanceBuckets() {
        QuotaCaps caps = Eligibility.quotaCaps(ZiboExample.POLICY, ZiboExample.PATIENT, List.of(),
                LocalDate.of(2024, 3, 10));

        assertThat(caps.buckets()).doesNotContain(Bucket.ASSISTANCE_THRESHOLD, Bucket.TILT_PAID);
        assertThat(caps.buckets()).contains(Bucket.basicPaid("BASIC"), Bucket.MAJOR_ILLNESS_PAID);
    }

    @Test
    void remainingIsTheCapLessWhatWasUsedNeverBelowZero() {
        QuotaCaps caps = QuotaCaps.builder().capped(Bucket.TILT_PAID, Money.of(20000)).build();
        assertThat(caps.remaining(Bucket.TILT_PAID, Money.of(15000))).isEqualTo(Money.of(5000));
        assertThat(caps.remaining(Bucket.TILT_PAID, Money.of(25000))).isEqualTo(Money.ZERO);
    }
}
