package org.onestop.settlement.alert.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.alert.AlertService;
import org.onestop.settlement.alert.HighCostAlert;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The assistance office's high-cost alerts (监测预警): list, and acknowledge one with a note. */
@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts", description = "High-cost alerts raised by settlements (监测预警)")
class AlertController {

    private final AlertService alerts;

    AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    /** The office's note on how it handled the alert. */
    record Acknowledgement(@Schema(example = "visited the family; temporary assistance applied for")
                           @NotBlank @Size(max = 2000) String note) {
    }

    @GetMapping
    @Operation(operationId = "listHighCostAlerts", summary = "High-cost alerts raised in a period, oldest first; an "
            + "office sees its own region's (the default region for an office)")
    List<HighCostAlert> list(@RequestParam(required = false) RegionCode region,
                             @Parameter(description = "first day raised, e.g. 2024-01-01")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate from,
                             @Parameter(description = "last day raised, e.g. 2024-12-31")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate to,
                             @RequestParam(required = false) HighCostAlert.Status status) {
        return alerts.list(region, from, to, status, CurrentClient.get());
    }

    @PostMapping(path = "/{alertId}/acknowledgement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "acknowledgeHighCostAlert", summary = "Mark an OPEN alert handled, with a note (409 "
            + "when it is not OPEN)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "note",
                    value = "{\"note\": \"visited the family; temporary assistance applied for\"}")))
    HighCostAlert acknowledge(@PathVariable UUID alertId, @Valid @RequestBody Acknowledgement body) {
        return alerts.acknowledge(alertId, body.note(), CurrentClient.get());
    }
}
