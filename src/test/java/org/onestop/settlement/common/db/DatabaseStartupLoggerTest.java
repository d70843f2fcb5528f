package org.onestop.settlement.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseStartupLoggerTest {

    @Test
    void passwordsNeverReachTheLog() {
        assertThat(DatabaseStartupLogger.withoutSecrets("jdbc:postgresql://db:5432/settlement?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/settlement?user=app&password=****&ssl=true");
        assertThat(DatabaseStartupLogger.withoutSecrets("jdbc:postgresql://app:s3cret@db:5432/settlement"))
                .isEqualTo("jdbc:postgresql://db:5432/settlement");
        assertThat(DatabaseStartupLogger.withoutSecrets("jdbc:postgresql://localhost:5432/postgres"))
                .isEqualTo("jdbc:postgresql://localhost:5432/postgres");
    }
}
