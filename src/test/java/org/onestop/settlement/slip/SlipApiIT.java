package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.TestClients;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/v1/settlements/{id}/slip} over real HTTP, without a browser: the server-side PDF (one A4 page,
 * the figures as text), content negotiation (406 problem+json), and the access rules of the settlement itself.
 * The figures are those of {@link ZiboStay}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlipApiIT {

    /** Where the slips the tests render are kept for a person to look at. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    ZiboStay stay;

    @BeforeAll
    void settle() {
        stay = ZiboStay.settle(port);
    }

    @Test
    void pdfIsOnePageWithEveryFigureAsText() throws IOException {
        ZiboStay.Bytes answer = stay.fetch(stay.hospital(), "application/pdf");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/pdf");
        assertThat(new String(answer.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("slip-server.pdf"), answer.body());
        ZiboStay.PdfText pdf = ZiboStay.PdfText.of(answer.body());
        assertThat(pdf.pages()).as("an ordinary stay fits one A4 page").isEqualTo(1);
        assertThat(pdf.text()).contains("医疗费用一站式结算单", "张**", stay.settlementId(),
                "60,000.00", "5,000.00", "1,000.00", "54,000.00",
                "31,920.00", "11,102.00", "8,233.50", "51,255.50", "8,744.50",
                "捌仟柒佰肆拾肆元伍角", "390100", "390200", "610100", "低保对象")
                .doesNotContain(ZiboStay.NAME);
    }

    @Test
    void htmlIsTheDefaultAndShowsOnlyTheMaskedName() {
        ZiboStay.Bytes answer = stay.fetch(stay.hospital(), "*/*");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.text()).contains("张**", "捌仟柒佰肆拾肆元伍角", "@page").doesNotContain(ZiboStay.NAME);
    }

    @Test
    void anotherAcceptIs406ProblemJson() {
        ZiboStay.Bytes answer = stay.fetch(stay.hospital(), "application/json");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"status\":406");
    }

    @Test
    void anotherHospitalGets404AsForTheSettlement() {
        for (String accept : new String[] {"text/html", "application/pdf"}) {
            ZiboStay.Bytes answer = stay.fetch(stay.otherHospital(), accept);
            assertThat(answer.status()).as(accept).isEqualTo(404);
            assertThat(answer.contentType()).as(accept).startsWith("application/problem+json");
        }
        assertThat(stay.fetch(TestClients.admin(port), "text/html").status()).as("ADMIN sees every slip")
                .isEqualTo(200);
    }
}
