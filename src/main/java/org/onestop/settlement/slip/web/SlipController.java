package org.onestop.settlement.slip.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.settlement.SettlementService;
import org.onestop.settlement.slip.SettlementSlip;
import org.onestop.settlement.slip.SlipRenderer;
import org.onestop.settlement.slip.Slips;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The printable settlement slip (一站式结算单) of one settlement, as HTML or PDF by the {@code Accept} header. It
 * reads the settlement through {@link SettlementService#get}, so its access rules are those of
 * {@code GET /api/v1/settlements/{id}}: another hospital's settlement is 404.
 */
@RestController
@Tag(name = "Settlements")
class SlipController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Slips slips;
    private final SlipRenderer renderer;

    SlipController(Slips slips, SlipRenderer renderer) {
        this.slips = slips;
        this.renderer = renderer;
    }

    @GetMapping(path = "/api/v1/settlements/{settlementId}/slip",
            produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @Operation(operationId = "getSettlementSlip",
            summary = "The printable settlement slip (一站式结算单): HTML (text/html) or PDF (application/pdf) by Accept; "
                    + "any other Accept is 406")
    @ApiResponse(responseCode = "200", description = "the slip: an A4 page with the figures, the personal payment in "
            + "capital numerals, and the explanation with citations; the person's name masked",
            content = {
                @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "406", description = "Accept names neither text/html nor application/pdf")
    ResponseEntity<?> slip(@PathVariable UUID settlementId, HttpServletRequest request) {
        SettlementSlip slip = slips.of(settlementId, CurrentClient.get());
        if (prefersPdf(request.getHeader(HttpHeaders.ACCEPT))) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "inline; filename=\"settlement-slip-" + slip.settlementId() + ".pdf\"")
                    .body(renderer.pdf(slip));
        }
        return ResponseEntity.ok().contentType(HTML).body(renderer.html(slip));
    }

    /** Whether the Accept header rates PDF above HTML; a tie (e.g. {@code *}{@code /*}) answers HTML. */
    static boolean prefersPdf(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double pdf = 0;
        double html = 0;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.includes(MediaType.APPLICATION_PDF)) {
                pdf = Math.max(pdf, type.getQualityValue());
            }
            if (type.includes(MediaType.TEXT_HTML)) {
                html = Math.max(html, type.getQualityValue());
            }
        }
        return pdf > html;
    }
}
