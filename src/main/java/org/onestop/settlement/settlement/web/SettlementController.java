package org.onestop.settlement.settlement.web;

import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.ReversalRequest;
import org.onestop.settlement.settlement.SettlementRequest;
import org.onestop.settlement.settlement.SettlementResponse;
import org.onestop.settlement.settlement.SettlementMetrics;
import org.onestop.settlement.settlement.SettlementSearch;
import org.onestop.settlement.settlement.SettlementService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The HIS-facing settlement API: settle, preview, read, list, reverse. A HOSPITAL client acts only under its own
 * hospital code (403) and sees only its own settlements (others are 404); ADMIN sees all.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Settlements", description = "One-stop settlement at discharge")
class SettlementController {

    /** The unique index that holds one SETTLED settlement per (hospital_code, encounter_no). */
    static final String SETTLED_KEY = "settlement_encounter_settled";

    private final SettlementService service;
    private final SettlementSearch search;
    private final SettlementMetrics metrics;

    SettlementController(SettlementService service, SettlementSearch search, SettlementMetrics metrics) {
        this.service = service;
        this.search = search;
        this.metrics = metrics;
    }

    @PostMapping(path = "/settlements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "settleEncounter", summary = "Settle an encounter through all four stages, once per (hospitalCode, encounterNo)")
    @ApiResponse(responseCode = "201", description = "settled now", headers = @Header(name = "Location",
            description = LOCATION, schema = @Schema(type = "string", format = "uri-reference")))
    @ApiResponse(responseCode = "200", description = "the same request again: the original settlement")
    @ApiResponse(responseCode = "409", description = "a different request under the same (hospitalCode, encounterNo)")
    @ApiResponse(responseCode = "422", description = "no policy in force for the region on the discharge date")
    @ClaimRequestBody
    ResponseEntity<SettlementResponse> settle(@Valid @RequestBody SettlementRequest request) {
        CurrentClient.get().requireActsFor(request.hospitalCode());
        return answer(metrics.timed(() -> {
            try {
                return service.settle(request);
            } catch (DataIntegrityViolationException violation) {
                if (!takesASettledKey(violation)) {
                    throw violation;
                }
                // A concurrent request with the same key committed first: answer as for a retry (or a conflict).
                return service.replay(request);
            }
        }));
    }

    /** What the {@code Location} of a 201 names. */
    static final String LOCATION = "the new settlement: /api/v1/settlements/{settlementId}";

    /** 201 with the new settlement's {@code Location}, or 200 for the same request again. */
    static ResponseEntity<SettlementResponse> answer(SettlementService.Outcome outcome) {
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.response());
        }
        return ResponseEntity.created(URI.create("/api/v1/settlements/" + outcome.response().settlementId()))
                .body(outcome.response());
    }

    /**
     * Whether the violation is the unique index {@code settlement_encounter_settled} (V4, V14): a concurrent
     * settlement of the same {@code (hospitalCode, encounterNo)}, and no other integrity error.
     */
    static boolean takesASettledKey(DataIntegrityViolationException violation) {
        return violates(violation, SETTLED_KEY);
    }

    /** Whether the violation is a unique violation (23505) of the index {@code index}, and no other error. */
    static boolean violates(DataIntegrityViolationException violation, String index) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("\"" + index + "\"")) {
                return true;
            }
        }
        return false;
    }

    @PostMapping(path = "/settlements/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "previewSettlement", summary = "Pre-settlement (预结算): the same answer against the current ledger, nothing written")
    @ClaimRequestBody
    @ApiResponse(responseCode = "200", description = "the settlement as it would be now; status PREVIEW")
    @ApiResponse(responseCode = "422", description = "no policy in force for the region on the discharge date")
    SettlementResponse preview(@Valid @RequestBody SettlementRequest request) {
        CurrentClient.get().requireActsFor(request.hospitalCode());
        return service.preview(request);
    }

    @GetMapping("/settlements/{settlementId}")
    @Operation(operationId = "getSettlement", summary = "A settlement as it was answered, with its current status; "
            + "with Accept: application/fhir+json, as a FHIR R4 ClaimResponse")
    SettlementResponse get(@PathVariable UUID settlementId) {
        return service.get(settlementId, CurrentClient.get());
    }

    @PostMapping("/settlements/{settlementId}/reversal")
    @Operation(operationId = "reverseSettlement",
            summary = "Reverse (冲正/退费) a settlement: its ledger deltas are taken back by offsetting entries; "
            + "repeating it changes nothing; later settlements are not recomputed",
            description = "The settlement's standing supplements are reversed with it, first, in the same "
                    + "transaction; a supplement may be reversed alone. A HOSPITAL reverses its discharge "
                    + "settlements, an ASSISTANCE_OFFICE its supplements and after-care claims (else 403). "
                    + "The body {reason, operator} is kept and shown as the settlement's reversal; reason is "
                    + "required in it. A request without body is still accepted (reason and operator stay null), "
                    + "for HIS integrations written before the body existed. The answer's ledgerDeltas are the "
                    + "offsetting (negative) entries the reversal wrote.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "refund", summary = "退费 at the desk",
            value = "{\"reason\": \"退费：费用明细录入错误\", \"operator\": \"收费员 张三\"}")))
    SettlementResponse reverse(@PathVariable UUID settlementId,
                               @Valid @RequestBody(required = false) ReversalRequest reversal) {
        return service.reverse(settlementId, reversal, CurrentClient.get());
    }

    @GetMapping("/settlements")
    @Operation(operationId = "searchSettlements",
            summary = "Find settlements (日对账, lookup by encounter number), oldest first, a page at a time",
            description = "Ordered by settlement time, then id. A page holds at most limit settlements; next is the "
                    + "cursor of the following page, null on the last. A HOSPITAL client searches its own "
                    + "hospitalCode only (another is 403); an ASSISTANCE_OFFICE its own region.")
    SettlementSearch.Page search(
            @RequestParam(required = false) String hospitalCode,
            @RequestParam(required = false) String encounterNo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "first settlement day (service zone), e.g. 2024-03-10") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "last settlement day, inclusive") LocalDate to,
            @RequestParam(required = false) @Parameter(description = "SETTLED or REVERSED") String status,
            @RequestParam(required = false) @Parameter(description = "DISCHARGE, SUPPLEMENT or AFTER_CARE")
            String kind,
            @RequestParam(required = false) @Parameter(description = "page size, 1 to 500, default 50") Integer limit,
            @RequestParam(required = false) @Parameter(description = "the next cursor of the previous page")
            String cursor) {
        return search.search(new SettlementSearch.Query(hospitalCode, encounterNo, from, to, status, kind, limit,
                cursor), CurrentClient.get());
    }

    @GetMapping("/persons/{personId}/settlements")
    @Operation(operationId = "listPersonSettlements",
            summary = "A person's settlements of every kind (supplements and after-care claims included), oldest "
                    + "first, optionally of one ledger year")
    List<SettlementResponse> list(@PathVariable String personId, @RequestParam(required = false) Integer year) {
        return service.list(personId, year, CurrentClient.get());
    }
}
