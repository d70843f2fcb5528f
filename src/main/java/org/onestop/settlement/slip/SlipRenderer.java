package org.onestop.settlement.slip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a {@link SettlementSlip}: a self-contained HTML page (template {@code slip/settlement-slip}, its
 * stylesheet {@code slip/slip.css} inlined) and, from the same HTML, an A4 PDF with the CJK font
 * {@code fonts/DroidSansFallback.ttf} embedded (only the glyphs used), so that no font of the machine is needed.
 */
@Component
public class SlipRenderer {

    /** The family name under which the embedded font is known to the PDF renderer and named in the stylesheet. */
    static final String PDF_FONT_FAMILY = "Droid Sans Fallback";
    private static final String FONT = "fonts/DroidSansFallback.ttf";

    private final ITemplateEngine templates;
    private final String css;

    SlipRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.css = read("templates/slip/slip.css");
    }

    /** The slip as an XHTML-compatible HTML page, styles included. */
    public String html(SettlementSlip slip) {
        Context context = new Context();
        context.setVariable("slip", slip);
        context.setVariable("css", css);
        return templates.process("slip/settlement-slip", context);
    }

    /** The slip as a PDF document. */
    public byte[] pdf(SettlementSlip slip) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(SlipRenderer::font, PDF_FONT_FAMILY);
        builder.withHtmlContent(html(slip), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the slip of " + slip.settlementId() + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        try {
            return new ClassPathResource(FONT).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + FONT + " is missing from the classpath", e);
        }
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path + " is missing from the classpath", e);
        }
    }
}
