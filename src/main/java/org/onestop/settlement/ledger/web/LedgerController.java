package org.onestop.settlement.ledger.web;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.ledger.LedgerService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * HTTP for a person's annual quota ledger in the insured region: every bucket with its cap under the policy and
 * identities of the year; and opening balances carried over from a previous system.
 */
@RestController
@RequestMapping("/api/v1/persons/{personId}/ledger")
@Tag(name = "Ledger", description = "A person's annual quota ledger")
class LedgerController {

    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    record LedgerView(String personId, RegionCode region, int year, String policyVersion, List<BucketView> buckets) {

        static LedgerView of(LedgerService.Statement statement) {
            var personYear = statement.personYear();
            return new LedgerView(personYear.personId().value(), personYear.region(), personYear.year(),
                    statement.policyVersion(), statement.lines().stream().map(BucketView::of).toList());
        }
    }

    /** One bucket: used so far, its cap (null where none) and what remains (null where no cap). */
    record BucketView(String name, BigDecimal used, @Nullable BigDecimal cap, @Nullable BigDecimal remaining) {

        static BucketView of(LedgerService.Line line) {
            return new BucketView(line.bucket().name(), line.used().amount(),
                    line.cap() == null ? null : line.cap().amount(),
                    line.remaining() == null ? null : line.remaining().amount());
        }
    }

    /** Year-to-date amounts carried over when a person's ledger moves here from another system mid-year. */
    record OpeningBalances(
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotEmpty @Schema(description = "bucket name → amount used so far, e.g. {\"BASIC_PAID:BASIC\": 12000.00}")
            Map<String, @NotNull BigDecimal> buckets) {
    }

    @GetMapping
    @Operation(operationId = "getPersonLedger",
            summary = "The person's ledger for a year (default: this year): every pool, threshold and base")
    @ApiResponse(responseCode = "200", description = "the ledger")
    @ApiResponse(responseCode = "422", description = "no policy in force for the person's region in the year")
    LedgerView get(@PathVariable String personId, @RequestParam(required = false) Integer year) {
        return LedgerView.of(ledger.statement(PersonId.requested(personId), year));
    }

    @PostMapping(path = "/opening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "openLedger", summary = "Record opening balances for a year that has no entries yet "
            + "(migration from another system); refused once the year has entries")
    @ApiResponse(responseCode = "409", description = "the year already has ledger entries")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "carriedOver", summary = "amounts used so far in another system",
                    value = "{\"year\": 2024, \"buckets\": {\"BASIC_PAID:BASIC\": 12000.00, "
                            + "\"BASIC_DEDUCTIBLE:INPATIENT\": 800.00}}")))
    LedgerView open(@PathVariable String personId, @Valid @RequestBody OpeningBalances body) {
        return LedgerView.of(ledger.open(PersonId.requested(personId), body.year(), body.buckets()));
    }

}
