package org.onestop.settlement.console.web;

import java.time.LocalDate;

import org.onestop.settlement.console.HospitalConsole;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The hospital's page (HOSPITAL): its own settlements of a day, today by default, each with its slip. */
@Hidden
@Controller
class ConsoleHospitalController {

    private final HospitalConsole hospital;

    ConsoleHospitalController(HospitalConsole hospital) {
        this.hospital = hospital;
    }

    @GetMapping("/console/hospital/settlements")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               Model model) {
        model.addAttribute("day", hospital.day(day, CurrentClient.get()));
        return "console/hospital-day";
    }
}
