package org.onestop.settlement.console.web;

import java.util.Arrays;
import java.util.List;

import org.onestop.settlement.common.IdentityCategory;
import org.onestop.settlement.console.ConsoleLabels;
import org.onestop.settlement.console.OfficeConsole;
import org.onestop.settlement.person.PersonRegistry;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.RetroactiveApprovals;
import org.springframework.stereotype.Controller;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The identity-approval form of the assistance office, in two steps: fill in, then confirm what will be recorded.
 * The confirmation page shows what the approval would pay back (its retroactive supplements, from the preview of
 * {@code POST /api/v1/persons/{id}/identities/preview}) before it is recorded; recording goes through the approval
 * use case ({@link OfficeConsole#approve}) as the JSON API does, and lists the new identity on the person's page.
 */
@Hidden
@Controller
class ConsoleApprovalController {

    private static final String BASE = "/console/office/persons/{personId}/identities";

    private final OfficeConsole office;

    ConsoleApprovalController(OfficeConsole office) {
        this.office = office;
    }

    /** A category the form offers: its code and Chinese name. */
    record CategoryChoice(String code, String label) {
    }

    @GetMapping(BASE + "/new")
    String fillIn(@PathVariable String personId, Model model) {
        return form(personId, IdentityForm.empty(CurrentClient.get().clientId()), null, model);
    }

    /** Back from the confirmation page to the form, with what was filled in. */
    @PostMapping(BASE + "/new")
    String edit(@PathVariable String personId, @ModelAttribute IdentityForm form, Model model) {
        return form(personId, form, null, model);
    }

    @PostMapping(BASE + "/confirm")
    String confirm(@PathVariable String personId, @ModelAttribute IdentityForm form, Model model,
                   HttpServletResponse response) {
        IdentityForm.Reading reading = form.read();
        if (!reading.valid()) {
            response.setStatus(400);
            return form(personId, form, reading, model);
        }
        model.addAttribute("person", office.facts(personId, CurrentClient.get()));
        model.addAttribute("form", form);
        model.addAttribute("identity", reading.identity());
        model.addAttribute("supplements", office.preview(personId, reading.identity(), CurrentClient.get())
                .supplements());
        return "console/identity-confirm";
    }

    @PostMapping(BASE)
    String record(@PathVariable String personId, @ModelAttribute IdentityForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        IdentityForm.Reading reading = form.read();
        if (!reading.valid()) {
            response.setStatus(400);
            return form(personId, form, reading, model);
        }
        RetroactiveApprovals.Approval approval = office.approve(personId, reading.identity(), CurrentClient.get());
        PersonRegistry.NewIdentity recorded = approval.identity();
        redirect.addFlashAttribute("done", "已登记救助对象身份：" + recorded.category().chineseName() + "（有效期自 "
                + recorded.validFrom() + "）" + ConsoleLabels.supplementsPaid(approval.supplements()));
        redirect.addAttribute("year", recorded.validFrom().getYear());
        return "redirect:/console/office/persons/" + personId;
    }

    private String form(String personId, IdentityForm form, IdentityForm.Reading reading, Model model) {
        model.addAttribute("person", office.facts(personId, CurrentClient.get()));
        model.addAttribute("form", form);
        model.addAttribute("errors", reading == null ? java.util.Map.of() : reading.errors());
        model.addAttribute("categories", categories());
        model.addAttribute("subclasses", IdentityCategory.MIN_LIVING_SUBCLASSES.stream().sorted().toList());
        return "console/identity-form";
    }

    private static List<CategoryChoice> categories() {
        return Arrays.stream(IdentityCategory.values())
                .map(c -> new CategoryChoice(c.name(), c.chineseName())).toList();
    }
}
