package org.onestop.settlement.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.common.IdentityCategory;

/** The approval form read into the registry's identity, or the rules it breaks, by field. */
class IdentityFormTest {

    @Test
    void aFilledInFormIsTheIdentityToRecord() {
        IdentityForm.Reading reading = new IdentityForm("MIN_LIVING", "URBAN_FULL", "2024-05-01", "", " 淄博市民政局 ",
                "2024-04-20").read();

        assertThat(reading.valid()).isTrue();
        assertThat(reading.identity().category()).isEqualTo(IdentityCategory.MIN_LIVING);
        assertThat(reading.identity().subclass()).isEqualTo("URBAN_FULL");
        assertThat(reading.identity().validFrom()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(reading.identity().validTo()).as("blank: open").isNull();
        assertThat(reading.identity().source()).isEqualTo("淄博市民政局");
        assertThat(reading.identity().applicationDate()).isEqualTo(LocalDate.of(2024, 4, 20));
    }

    @Test
    void whatTheFormCannotReadIsNamedByField() {
        IdentityForm.Reading reading = new IdentityForm("", null, "2024-13-01", "yesterday", "x".repeat(101), null)
                .read();

        assertThat(reading.valid()).isFalse();
        assertThat(reading.identity()).isNull();
        assertThat(reading.errors()).containsOnlyKeys("category", "validFrom", "validTo", "source");
    }

    @Test
    void theRegistrysOwnRulesApplyBeforeConfirmation() {
        // only 低保 (MIN_LIVING) has subclasses, and a validity may not end before it starts (PersonRegistry.check)
        IdentityForm.Reading reading = new IdentityForm("LOW_INCOME_MARGINAL", "URBAN_FULL", "2024-05-01",
                "2024-04-30", null, null).read();

        assertThat(reading.valid()).isFalse();
        assertThat(reading.errors()).containsOnlyKeys("subclass", "validTo");
        assertThat(reading.errors().get("validTo")).contains("2024-05-01");
    }

    @Test
    void anUnknownCategoryIsRefused() {
        assertThat(new IdentityForm("KING", null, "2024-05-01", null, null, null).read().errors())
                .containsOnlyKeys("category");
    }
}
