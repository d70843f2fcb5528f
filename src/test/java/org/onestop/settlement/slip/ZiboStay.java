package org.onestop.settlement.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.onestop.settlement.support.JsonHttpClient;
import org.onestop.settlement.support.TestClients;
import org.onestop.settlement.support.TestClients.Credentials;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The slip tests' settlement: the worked example of policies.md §6, settled over real HTTP by a hospital client of
 * its own, for a person named 张三丰 (so the slip must print 张**). A second hospital is created to check that it
 * cannot see the slip. Figures (policies.md §6): total 60,000.00, fully own-pay 5,000.00, over-limit 0.00,
 * pre-self-pay 1,000.00 → policy scope 60,000 − 5,000 − 0 − 1,000 = 54,000.00; basic (54,000 − 800) × 60% =
 * 31,920.00; major illness 65% × (22,080 − 5,000) = 11,102.00; assistance 75% × 10,978 = 8,233.50; tilt 0.00 (year's
 * burden 2,744.50 below 5,000); fund 31,920 + 11,102 + 8,233.50 = 51,255.50; personal 60,000 − 51,255.50 = 8,744.50.
 */
record ZiboStay(int port, String settlementId, Credentials hospital, Credentials otherHospital) {

    static final String NAME = "张三丰";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Settles the §6 stay as a new hospital and answers the settlement's id and both hospitals' credentials. */
    static ZiboStay settle(int port) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String hospitalCode = "H-slip-" + suffix;
        Credentials admin = TestClients.admin(port);
        Credentials hospital = TestClients.create(port, admin, "slip-" + suffix, "HOSPITAL", hospitalCode);
        Credentials other = TestClients.create(port, admin, "slip-other-" + suffix, "HOSPITAL", "H-other-" + suffix);
        String personId = "slip-" + UUID.randomUUID();
        JsonHttpClient asAdmin = JsonHttpClient.as(port, admin);

        ObjectNode person = JSON.createObjectNode().put("name", NAME).put("sex", "MALE").put("birthDate", "1960-05-01")
                .put("region", "ZIBO").put("insuranceType", "RESIDENT").put("rural", false);
        person.putNull("disabilityGrade");
        expect(asAdmin.put("/api/v1/persons/" + personId, person.toString()), 201);
        ObjectNode identity = JSON.createObjectNode().put("category", "MIN_LIVING").put("validFrom", "2024-01-01")
                .put("validTo", "2024-12-31").put("source", "IT");
        expect(asAdmin.post("/api/v1/persons/" + personId + "/identities", identity.toString()), 201);

        ObjectNode claim = JSON.createObjectNode().put("hospitalCode", hospitalCode).put("encounterNo", "ZY-" + suffix)
                .put("personId", personId).put("encounterType", "INPATIENT").put("hospitalLevel", 3)
                .put("designated", true).put("admissionDate", "2024-03-01").put("dischargeDate", "2024-03-10");
        claim.putArray("diagnoses").add("K35.8");
        claim.putObject("amounts").put("total", new BigDecimal("60000.00"))
                .put("fullyOwnPay", new BigDecimal("5000.00")).put("overLimit", new BigDecimal("0.00"))
                .put("preSelfPay", new BigDecimal("1000.00"));
        var settled = expect(JsonHttpClient.as(port, hospital).post("/api/v1/settlements", claim.toString()), 201);
        return new ZiboStay(port, settled.json().path("settlementId").asString(), hospital, other);
    }

    private static JsonHttpClient.Response expect(JsonHttpClient.Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response;
    }

    String slipPath() {
        return "/api/v1/settlements/" + settlementId + "/slip";
    }

    String slipUrl() {
        return "http://localhost:" + port + slipPath();
    }

    /** GET of the slip as raw bytes (the PDF is binary). */
    Bytes fetch(Credentials as, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(slipUrl())).timeout(Duration.ofSeconds(60))
                .header("Authorization", as.basicHeader()).header("Accept", accept).GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer's status, content type and body. */
    record Bytes(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A PDF's page count and its text, as PDFBox reads them. */
    record PdfText(int pages, String text) {

        static PdfText of(byte[] pdf) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new PdfText(document.getNumberOfPages(), new PDFTextStripper().getText(document));
            } catch (IOException e) {
                throw new UncheckedIOException("not a readable PDF", e);
            }
        }
    }
}
