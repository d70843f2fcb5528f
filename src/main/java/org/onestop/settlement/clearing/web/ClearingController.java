package org.onestop.settlement.clearing.web;

import java.time.LocalDate;

import org.onestop.settlement.clearing.ClearingAccess;
import org.onestop.settlement.clearing.ClearingService;
import org.onestop.settlement.clearing.ClearingStatement;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Fund clearing statements (清算) per hospital and fund, as JSON or, with {@code Accept: text/csv}, as CSV with a
 * header row and a totals row. ADMIN reads every hospital's; a HOSPITAL its own.
 */
@RestController
@Tag(name = "Clearing", description = "Fund clearing statements (清算) from the stored settlements")
class ClearingController {

    static final String TEXT_CSV = "text/csv";

    private static final String SUMMARY = "Per hospital and fund: settlements, reversals and net of a period (settlement "
            + "and reversal dates in the service's zone, both ends inclusive); with Accept: text/csv as CSV (a header "
            + "row, one row per hospital and fund line, a totals row)";

    private final ClearingService clearing;

    ClearingController(ClearingService clearing) {
        this.clearing = clearing;
    }

    @GetMapping("/api/v1/clearing")
    @Operation(operationId = "getClearingStatement", summary = SUMMARY)
    ClearingStatement statement(@RequestParam(required = false) RegionCode region,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Parameter(description = "first day, e.g. 2024-03-01", required = true) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                @Parameter(description = "last day, e.g. 2024-03-31", required = true) LocalDate to,
                                @RequestParam(required = false) String hospitalCode,
                                @RequestParam(required = false) String fundCode) {
        CurrentClient client = CurrentClient.get();
        return clearing.statement(ClearingAccess.regionScope(client, region), from, to,
                ClearingAccess.hospitalScope(client, hospitalCode), ClearingAccess.fundScope(client, fundCode));
    }

    @GetMapping(path = "/api/v1/clearing", produces = TEXT_CSV)
    @Operation(operationId = "getClearingStatement", summary = SUMMARY)
    ResponseEntity<String> csv(@RequestParam(required = false) RegionCode region,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate to,
                               @RequestParam(required = false) String hospitalCode,
                               @RequestParam(required = false) String fundCode) {
        ClearingStatement statement = statement(region, from, to, hospitalCode, fundCode);
        return ResponseEntity.ok().header("Content-Type", TEXT_CSV + ";charset=UTF-8")
                .body(ClearingCsv.of(statement));
    }
}
