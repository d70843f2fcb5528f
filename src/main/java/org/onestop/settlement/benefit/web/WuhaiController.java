package org.onestop.settlement.benefit.web;

import java.util.List;

import org.onestop.settlement.benefit.HardshipAssessment;
import org.onestop.settlement.benefit.HardshipRequest;
import org.onestop.settlement.benefit.HardshipService;
import org.onestop.settlement.benefit.OutpatientGrant;
import org.onestop.settlement.benefit.OutpatientGrantService;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Wuhai's outpatient cash grant (003 三(二)2(2)) and other-hardship test (003 三(一)3), for its office and ADMIN. */
@RestController
@Tag(name = "Benefits")
class WuhaiController {

    private static final String GRANTS = "/api/v1/grants/wuhai-outpatient";
    private static final String LIST = "The year's outpatient cash grants; with Accept: text/csv as CSV (a header "
            + "row, one row per person, a TOTAL row)";
    private static final String EXAMPLE = """
            {"personId": null, "on": "2024-06-01", "members": [{"monthlyIncome": 1500.00}, {"monthlyIncome": null}],
             "medicalExpenses": 30000.00, "record": false}""";

    private final OutpatientGrantService grants;
    private final HardshipService hardship;

    WuhaiController(OutpatientGrantService grants, HardshipService hardship) {
        this.grants = grants;
        this.hardship = hardship;
    }

    @PostMapping(GRANTS)
    @Operation(operationId = "runWuhaiOutpatientGrants", summary = "Compute the year's outpatient cash grant of every "
            + "minimum-living person insured in Wuhai (highest of class A, elderly, disability; identity and age on "
            + "1 September); each grant is stored once, so a second run answers the same grants")
    @ApiResponse(responseCode = "200", description = "the year's grants")
    @ApiResponse(responseCode = "422", description = "no Wuhai policy in force for the year")
    List<OutpatientGrant> run(@Parameter(description = "e.g. 2024", required = true)
                              @RequestParam(required = false) Integer year) {
        return grants.run(year, CurrentClient.get());
    }

    @GetMapping(GRANTS)
    @Operation(operationId = "listWuhaiOutpatientGrants", summary = LIST)
    @ApiResponse(responseCode = "200", description = "the year's grants")
    @ApiResponse(responseCode = "422", description = "no Wuhai policy in force for the year")
    List<OutpatientGrant> list(@Parameter(description = "e.g. 2024", required = true)
                               @RequestParam(required = false) Integer year) {
        return grants.list(year, CurrentClient.get());
    }

    @GetMapping(path = GRANTS, produces = BenefitCsv.TEXT_CSV)
    @Operation(operationId = "listWuhaiOutpatientGrants", summary = LIST)
    ResponseEntity<String> listCsv(@RequestParam(required = false) Integer year) {
        return BenefitCsv.response(BenefitCsv.grants(list(year)));
    }

    @PostMapping(path = "/api/v1/assessments/wuhai-hardship", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "assessWuhaiHardship", summary = "Whether a family passes the income and expense tests "
            + "of 其他特殊困难人员, for ordinary and major-disease assistance, with the working; stored (201, with its "
            + "assessmentId) only with record: true")
    @ApiResponse(responseCode = "200", description = "assessed, not stored (record: false)")
    @ApiResponse(responseCode = "201", description = "assessed and stored (record: true), with its assessmentId")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "family", summary = "two members, one without fixed income",
                    value = EXAMPLE)))
    ResponseEntity<HardshipAssessment> assess(@Valid @RequestBody HardshipRequest request) {
        HardshipAssessment result = hardship.assess(request, CurrentClient.get());
        return ResponseEntity.status(result.assessmentId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }
}
