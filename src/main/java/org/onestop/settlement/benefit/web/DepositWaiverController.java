package org.onestop.settlement.benefit.web;

import java.time.LocalDate;

import org.onestop.settlement.benefit.DepositWaiver;
import org.onestop.settlement.benefit.DepositWaiverService;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The deposit-waiver check (先诊疗后付费) a hospital makes at admission. */
@RestController
@Tag(name = "Benefits")
class DepositWaiverController {

    private final DepositWaiverService waivers;

    DepositWaiverController(DepositWaiverService waivers) {
        this.waivers = waivers;
    }

    @GetMapping("/api/v1/persons/{personId}/deposit-waiver")
    @Operation(operationId = "checkDepositWaiver", summary = "Whether the person's admission deposit is waived "
            + "(先诊疗后付费) on a day at a designated hospital of the city, with the rule and its article, or why not; "
            + "a hospital asks for its own code")
    DepositWaiver check(@PathVariable String personId,
                        @Parameter(description = "the admission day, e.g. 2024-03-01")
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                        @Parameter(description = "the admitting hospital, e.g. H001") @RequestParam String hospitalCode,
                        @Parameter(description = "referred by primary care (基层首诊转诊)")
                        @RequestParam boolean referral) {
        return waivers.check(personId, on, hospitalCode, referral, CurrentClient.get());
    }
}
