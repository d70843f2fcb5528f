package org.onestop.settlement.benefit.web;

import java.math.BigDecimal;

import org.onestop.settlement.benefit.PremiumSubsidy;
import org.onestop.settlement.benefit.PremiumSubsidyService;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Premium subsidies (资助参保): one person's, and a region's roster for the tax collector (JSON or CSV). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Benefits", description = "The assistance office's benefits beside the settlement")
class PremiumSubsidyController {

    private static final String ROSTER = "Every person of the region with a premium subsidy and the totals per payer; "
            + "with Accept: text/csv as CSV (a header row, one row per person, a TOTAL row)";

    private final PremiumSubsidyService subsidies;

    PremiumSubsidyController(PremiumSubsidyService subsidies) {
        this.subsidies = subsidies;
    }

    @GetMapping("/persons/{personId}/premium-subsidy")
    @Operation(operationId = "getPremiumSubsidy", summary = "Who pays what of a person's resident premium for a year "
            + "(assistance fund, government budget, the person), by the identity held on 1 January")
    PremiumSubsidy forPerson(@PathVariable String personId,
                             @Parameter(description = "the premium year, e.g. 2024", required = true)
                             @RequestParam(required = false) Integer year,
                             @Parameter(description = "the resident premium of the year, e.g. 380.00", required = true)
                             @RequestParam(required = false) BigDecimal premium) {
        return subsidies.forPerson(personId, year, premium, CurrentClient.get());
    }

    @GetMapping("/premium-subsidies")
    @Operation(operationId = "listPremiumSubsidies", summary = ROSTER)
    PremiumSubsidyService.Roster roster(@Parameter(description = "required for ADMIN; an office's own by default")
                                        @RequestParam(required = false) RegionCode region,
                                        @Parameter(description = "e.g. 2024", required = true)
                                        @RequestParam(required = false) Integer year,
                                        @Parameter(description = "e.g. 380.00", required = true)
                                        @RequestParam(required = false) BigDecimal premium) {
        return subsidies.roster(region, year, premium, CurrentClient.get());
    }

    @GetMapping(path = "/premium-subsidies", produces = BenefitCsv.TEXT_CSV)
    @Operation(operationId = "listPremiumSubsidies", summary = ROSTER)
    ResponseEntity<String> rosterCsv(@RequestParam(required = false) RegionCode region,
                                     @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) BigDecimal premium) {
        return BenefitCsv.response(BenefitCsv.premiumRoster(roster(region, year, premium)));
    }
}
