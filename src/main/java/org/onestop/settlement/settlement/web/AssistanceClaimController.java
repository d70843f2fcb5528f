package org.onestop.settlement.settlement.web;

import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.AfterCareClaims;
import org.onestop.settlement.settlement.AssistanceClaimRequest;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.settlement.SettlementService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The assistance office's after-care claims (医后救助): claim and preview. An ASSISTANCE_OFFICE claims for persons of
 * its own region (another is 403); ADMIN for anyone. The rules and the transaction are {@link AfterCareClaims}'s.
 */
@RestController
@RequestMapping("/api/v1/assistance-claims")
@Tag(name = "Assistance office", description = "Retroactive supplements and after-care assistance claims")
class AssistanceClaimController {

    /** The unique index that holds one SETTLED after-care claim per (region, application_no) (V14). */
    static final String APPLICATION_KEY = "settlement_application_settled";

    private final AfterCareClaims claims;

    AssistanceClaimController(AfterCareClaims claims) {
        this.claims = claims;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "claimAfterCare", summary = "Assist an encounter after care (医后救助): stages 3 and 4 on the "
            + "receipt's insurance amounts, once per (office region, applicationNo)",
            description = "Stored as a settlement of kind AFTER_CARE with its explanation; the insurance amounts are "
                    + "stated as given, with their reference. Care the region's document excludes (a non-designated "
                    + "institution without an allowed exception) is stored with 0.00 and the reason.")
    @ApiResponse(responseCode = "201", description = "claimed now", headers = @Header(name = "Location",
            description = SettlementController.LOCATION, schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "200", description = "the same request again: the original claim")
    @ApiResponse(responseCode = "403", description = "a person of another region than the office's")
    @ApiResponse(responseCode = "409", description = "a different request under the same applicationNo")
    @ApiResponse(responseCode = "422", description = "no policy in force on the discharge date, or the region's "
            + "document provides no after-care assistance")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "emergencyNonDesignated",
                    summary = AssistanceClaimExamples.EMERGENCY_SUMMARY,
                    description = AssistanceClaimExamples.EMERGENCY_DESCRIPTION,
                    value = AssistanceClaimExamples.EMERGENCY)))
    ResponseEntity<SettlementResponse> claim(@Valid @RequestBody AssistanceClaimRequest request) {
        CurrentClient client = CurrentClient.get();
        SettlementService.Outcome outcome;
        try {
            outcome = claims.claim(request, client);
        } catch (DataIntegrityViolationException violation) {
            if (!SettlementController.violates(violation, APPLICATION_KEY)) {
                throw violation;
            }
            // A concurrent request with the same application number committed first: answer as for a retry.
            outcome = claims.replay(request, client);
        }
        return SettlementController.answer(outcome);
    }

    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "previewAfterCare", summary = "What the after-care claim would pay now against the "
            + "person's ledger (status PREVIEW); nothing is written")
    @ApiResponse(responseCode = "200", description = "the claim as it would be settled now")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "emergencyNonDesignated",
                    summary = AssistanceClaimExamples.EMERGENCY_SUMMARY,
                    description = AssistanceClaimExamples.EMERGENCY_DESCRIPTION,
                    value = AssistanceClaimExamples.EMERGENCY)))
    SettlementResponse preview(@Valid @RequestBody AssistanceClaimRequest request) {
        return claims.preview(request, CurrentClient.get());
    }
}
