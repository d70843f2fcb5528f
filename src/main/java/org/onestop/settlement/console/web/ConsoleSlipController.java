package org.onestop.settlement.console.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.slip.SettlementSlip;
import org.onestop.settlement.slip.SlipRenderer;
import org.onestop.settlement.slip.Slips;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A settlement's slip opened from the console, as HTML or PDF: the same page as
 * {@code GET /api/v1/settlements/{id}/slip}, read under the same rules ({@link Slips}): a hospital opens its own
 * settlements' slips only, an office those of its region; any other is the 404 page.
 */
@Hidden
@Controller
class ConsoleSlipController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Slips slips;
    private final SlipRenderer renderer;

    ConsoleSlipController(Slips slips, SlipRenderer renderer) {
        this.slips = slips;
        this.renderer = renderer;
    }

    @GetMapping("/console/settlements/{settlementId}/slip")
    ResponseEntity<String> html(@PathVariable UUID settlementId) {
        SettlementSlip slip = slips.of(settlementId, CurrentClient.get());
        return ResponseEntity.ok().contentType(HTML).body(renderer.html(slip));
    }

    @GetMapping("/console/settlements/{settlementId}/slip.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID settlementId) {
        SettlementSlip slip = slips.of(settlementId, CurrentClient.get());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"settlement-slip-" + slip.settlementId() + ".pdf\"")
                .body(renderer.pdf(slip));
    }
}
