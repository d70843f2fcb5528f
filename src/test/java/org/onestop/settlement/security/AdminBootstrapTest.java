package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bootstrap admin's secret is refused at start-up when shorter than 16 characters. */
class AdminBootstrapTest {

    @Test
    void aSecretShorterThanSixteenCharactersStopsTheStartWithAClearMessage() {
        // "change-me" has 9 characters.
        assertThatThrownBy(() -> new AdminBootstrap(null, "change-me"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SETTLEMENT_ADMIN_PASSWORD")
                .hasMessageContaining("has 9 characters")
                .hasMessageContaining("at least 16");
    }

    @Test
    void aSecretOfSixteenCharactersOrNoneIsAccepted() {
        assertThatThrownBy(() -> new AdminBootstrap(null, "fifteen-chars-x")).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> new AdminBootstrap(null, "sixteen-chars-xx")).doesNotThrowAnyException();
        assertThatCode(() -> new AdminBootstrap(null, "")).doesNotThrowAnyException();
    }
}
