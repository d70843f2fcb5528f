package org.onestop.settlement.console.web;

import java.util.List;

import org.springframework.stereotype.Controller;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's entry: the login form (its POST is Spring Security's), the start page that sends each role to its
 * pages, and the 403 page.
 */
@Hidden
@Controller
class ConsoleHomeController {

    private final ConsoleErrors errors;

    ConsoleHomeController(ConsoleErrors errors) {
        this.errors = errors;
    }

    @GetMapping("/console/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                 @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("loggedOut", logout != null);
        return "console/login";
    }

    /** Sends the office and ADMIN to the office's start page and a hospital to its day; other roles have no pages. */
    @GetMapping("/console")
    String home() {
        ConsolePages.SignedIn me = ConsolePages.signedIn();
        if (me != null && me.office()) {
            return "redirect:/console/office";
        }
        if (me != null && me.hospital()) {
            return "redirect:/console/hospital/settlements";
        }
        return "console/home";
    }

    /** Where Spring Security forwards a page or form the client may not use. */
    @RequestMapping("/console/denied")
    Object denied(HttpServletResponse response) {
        return errors.page(403, List.of(), response);
    }
}
