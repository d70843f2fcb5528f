package org.onestop.settlement.console.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.alert.HighCostAlert;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.console.ConsoleLabels;
import org.onestop.settlement.console.OfficeConsole;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.stereotype.Controller;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The assistance office's pages (ASSISTANCE_OFFICE and ADMIN): the start page with the person search, a person's
 * page, and the high-cost alerts with their acknowledgement form.
 */
@Hidden
@Controller
class ConsoleOfficeController {

    private final OfficeConsole office;

    ConsoleOfficeController(OfficeConsole office) {
        this.office = office;
    }

    /** A region to filter by, as the alerts page offers them to ADMIN. */
    record RegionChoice(String code, String label) {
    }

    @GetMapping("/console/office")
    String start() {
        return "console/office";
    }

    /** The person search: a well-formed id opens the person's page, anything else cannot name a person. */
    @GetMapping("/console/office/person")
    String find(@RequestParam(defaultValue = "") String personId) {
        String id = personId.strip();
        if (PersonId.parse(id).isEmpty()) {
            throw new NotFoundException("unknown person " + id);
        }
        return "redirect:/console/office/persons/" + id;
    }

    @GetMapping("/console/office/persons/{personId}")
    String person(@PathVariable String personId, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("page", office.person(personId, year, CurrentClient.get()));
        return "console/person";
    }

    @GetMapping("/console/office/alerts")
    String alerts(@RequestParam(required = false) HighCostAlert.Status status,
                  @RequestParam(required = false) RegionCode region, Model model) {
        return alertsPage(status, region, model, null, null);
    }

    @PostMapping("/console/office/alerts/{alertId}/acknowledgement")
    String acknowledge(@PathVariable UUID alertId, @RequestParam(defaultValue = "") String note, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        CurrentClient client = CurrentClient.get();
        try {
            office.acknowledge(alertId, note, client);
        } catch (InvalidRequestException e) {
            response.setStatus(400);
            return alertsPage(HighCostAlert.Status.OPEN, null, model, alertId.toString(),
                    e.violations().get(0).message());
        }
        redirect.addFlashAttribute("done", "预警已处理（已记录处理说明）");
        return "redirect:/console/office/alerts?status=OPEN";
    }

    private String alertsPage(HighCostAlert.Status status, RegionCode region, Model model, String failedAlert,
                              String failure) {
        CurrentClient client = CurrentClient.get();
        model.addAttribute("alerts", office.alerts(region, status, client));
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("region", region == null ? "" : region.name());
        model.addAttribute("statuses", List.of(HighCostAlert.Status.values()));
        model.addAttribute("regions", client.isAssistanceOffice() ? List.of()
                : Arrays.stream(RegionCode.values()).map(r -> new RegionChoice(r.name(), ConsoleLabels.region(r)))
                .toList());
        model.addAttribute("failedAlert", failedAlert);
        model.addAttribute("failure", failure);
        return "console/alerts";
    }
}
