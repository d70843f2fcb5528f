package org.onestop.settlement.fhir.web;

import java.util.UUID;

import org.onestop.settlement.fhir.ClaimResponses;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.SettlementService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;

/**
 * A settlement as a FHIR R4 {@code ClaimResponse}, for {@code Accept: application/fhir+json} on the settlement's own
 * path; any other Accept keeps the service's JSON answer. The same visibility rules apply (another hospital's: 404).
 */
@RestController
class FhirSettlementController {

    static final String FHIR_JSON = "application/fhir+json";

    private final SettlementService settlements;
    private final FhirContext fhir = FhirContext.forR4Cached();

    FhirSettlementController(SettlementService settlements) {
        this.settlements = settlements;
    }

    @GetMapping(path = "/api/v1/settlements/{settlementId}", produces = FHIR_JSON)
    @Operation(operationId = "getSettlement", summary = "A settlement as it was answered, with its current status; "
            + "with Accept: application/fhir+json, as a FHIR R4 ClaimResponse")
    ResponseEntity<String> claimResponse(@PathVariable UUID settlementId) {
        var settlement = settlements.get(settlementId, CurrentClient.get());
        String body = fhir.newJsonParser().encodeResourceToString(ClaimResponses.of(settlement));
        return ResponseEntity.ok().header("Content-Type", FHIR_JSON + ";charset=UTF-8").body(body);
    }
}
