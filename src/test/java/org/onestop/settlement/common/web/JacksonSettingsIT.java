package org.onestop.settlement.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The application's JSON mapper writes money as plain decimal numbers, as clients expect. */
@IntegrationTest
class JacksonSettingsIT {

    @Autowired
    JsonMapper jsonMapper;

    @Test
    void bigDecimalsAreWrittenPlainWithTheirScale() {
        String json = jsonMapper.writeValueAsString(Map.of(
                "scaled", new BigDecimal("8233.50"),
                "exponent", new BigDecimal("8.2335E+3"),
                "tiny", new BigDecimal("0.0000001")));

        assertThat(json).contains("\"scaled\":8233.50", "\"exponent\":8233.5", "\"tiny\":0.0000001")
                .doesNotContain("E+", "E-");
    }
}
