package org.onestop.settlement.np.web;

import org.onestop.settlement.np.NpEnvelope;
import org.onestop.settlement.np.NpReply;
import org.onestop.settlement.np.NpTransactions;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The national platform's single transaction endpoint (定点医药机构接口规范): one POST of the envelope, answered by
 * the platform's envelope with HTTP 200 whether the transaction succeeded ({@code infcode 0}) or not ({@code -1}).
 * Only authentication and role failures are HTTP errors (401, 403 problem+json).
 */
@RestController
@Tag(name = "National platform", description = "The national medical-security platform's interface: 2303, 2304, "
        + "2305, 5203, 3201 (docs/national-platform.md)")
class NpController {

    private final NpTransactions transactions;

    NpController(NpTransactions transactions) {
        this.transactions = transactions;
    }

    @PostMapping(path = "/api/np/v1/transactions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "postPlatformTransaction",
            summary = "One platform transaction (infno 2303 pre-settlement, 2304 settlement, 2305 reversal, "
                    + "5203 settlement query, 3201 reconciliation); infcode -1 with err_msg on failure")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = NpEnvelope.class),
            examples = {
                @ExampleObject(name = "2304", summary = NpExamples.SETTLE_SUMMARY, value = NpExamples.SETTLE),
                @ExampleObject(name = "3201", summary = NpExamples.RECONCILE_SUMMARY, value = NpExamples.RECONCILE)}))
    @ApiResponse(responseCode = "200", description = "the platform's answer envelope; infcode 0 or -1",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NpReply.class),
                    examples = @ExampleObject(name = "2304", value = NpExamples.SETTLED)))
    @ApiResponse(responseCode = "401", description = "no or wrong credentials (problem+json, not an envelope)")
    @ApiResponse(responseCode = "403", description = "not a HOSPITAL client (problem+json, not an envelope)")
    NpReply transact(@RequestBody String body) {
        return transactions.handle(body, CurrentClient.get());
    }
}
