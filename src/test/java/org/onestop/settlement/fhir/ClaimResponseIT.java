package org.onestop.settlement.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onestop.settlement.np.PlatformFixtures.JSON;
import static org.onestop.settlement.np.PlatformFixtures.section6Claim;
import static org.onestop.settlement.np.PlatformFixtures.unique;

import java.util.List;

import org.hl7.fhir.r4.model.ClaimResponse;
import org.junit.jupiter.api.Test;
import org.onestop.settlement.np.PlatformFixtures;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.JsonHttpClient;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * The FHIR R4 view of the policies.md §6 settlement (basic 31920.00, major illness 11102.00, assistance 8233.50;
 * fund 51255.50 of 60000.00, policy scope 54000.00): a ClaimResponse that HAPI parses and that the FHIR R4 schema
 * accepts; other Accept headers keep the native JSON.
 */
@IntegrationTest
class ClaimResponseIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @Test
    void aSettlementIsAValidClaimResponseWithItsTotalsAndExplanation() {
        String hospitalCode = unique("FH");
        String personId = unique("fh-");
        JsonHttpClient hospital = PlatformFixtures.hospital(port, hospitalCode);
        PlatformFixtures.minLivingZiboResident(port, personId);
        var settled = hospital.post("/api/v1/settlements", section6Claim(hospitalCode, unique("ZY"), personId));
        assertThat(settled.status()).isEqualTo(201);
        String id = JSON.readTree(settled.body()).path("settlementId").asString();
        int explanationLines = JSON.readTree(settled.body()).path("explanation").size();

        var response = hospital.get("/api/v1/settlements/" + id, "Accept", "application/fhir+json");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.mediaType()).isEqualTo("application/fhir+json");
        ClaimResponse claim = FHIR.newJsonParser().parseResource(ClaimResponse.class, response.body());

        FhirValidator validator = FHIR.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        ValidationResult result = validator.validateWithResult(claim);
        assertThat(result.getMessages()).as("FHIR R4 schema messages").isEmpty();
        assertThat(result.isSuccessful()).isTrue();

        assertThat(claim.getStatus()).isEqualTo(ClaimResponse.ClaimResponseStatus.ACTIVE);
        assertThat(claim.getType().getCodingFirstRep().getCode()).isEqualTo("institutional");
        assertThat(claim.getUse()).isEqualTo(ClaimResponse.Use.CLAIM);
        assertThat(claim.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.COMPLETE);
        List<String> totals = claim.getTotal().stream().map(t -> t.getCategory().getCodingFirstRep().getCode() + " "
                + t.getAmount().getValue().toPlainString() + " " + t.getAmount().getCurrency()).toList();
        assertThat(totals).containsExactly("submitted 60000.00 CNY", "eligible 54000.00 CNY",
                "benefit 51255.50 CNY", "390100 31920.00 CNY", "390200 11102.00 CNY", "610100 8233.50 CNY");
        assertThat(claim.getTotal().get(3).getCategory().getCodingFirstRep().getSystem())
                .isEqualTo(ClaimResponses.FUND_SYSTEM);
        assertThat(claim.getPayment().getAmount().getValue()).isEqualByComparingTo("51255.50");
        assertThat(claim.getProcessNote()).hasSize(explanationLines);
        assertThat(claim.getProcessNote().get(0).getText()).contains("[");

        for (String accept : List.of("*/*", "application/json")) {
            var plain = hospital.get("/api/v1/settlements/" + id, "Accept", accept);
            assertThat(plain.mediaType()).as(accept).isEqualTo("application/json");
            assertThat(JSON.readTree(plain.body()).path("basicPay").decimalValue()).isEqualByComparingTo("31920.00");
        }

        assertThat(hospital.post("/api/v1/settlements/" + id + "/reversal",
                "{\"reason\": \"退费\"}").status()).isEqualTo(200);
        var cancelled = hospital.get("/api/v1/settlements/" + id, "Accept", "application/fhir+json");
        assertThat(FHIR.newJsonParser().parseResource(ClaimResponse.class, cancelled.body()).getStatus())
                .isEqualTo(ClaimResponse.ClaimResponseStatus.CANCELLED);
    }
}
