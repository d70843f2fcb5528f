package org.onestop.settlement.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.onestop.settlement.console.ConsoleLabels;
import org.onestop.settlement.security.CurrentClient;
import org.onestop.settlement.security.Role;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every console page shows besides its own content: the stylesheet (inlined, as the slip's is, so a page is one
 * request) and who is signed in, with the role's links.
 */
@Component
class ConsolePages {

    private final String css;

    ConsolePages() {
        try (InputStream in = new ClassPathResource("templates/console/console.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("templates/console/console.css is missing from the classpath", e);
        }
    }

    /**
     * The signed-in client as the header shows it.
     *
     * @param scope the region or hospital code it is bound to, in words
     */
    record SignedIn(String clientId, String role, String roleLabel, String scope, boolean office, boolean hospital) {
    }

    /** Adds the stylesheet and the signed-in client (null on the login page) to a page's model. */
    void addCommon(Model model) {
        model.addAttribute("consoleCss", css);
        model.addAttribute("me", signedIn());
    }

    static SignedIn signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentClient client)) {
            return null;
        }
        String scope = switch (client.role()) {
            case HOSPITAL -> "医疗机构 " + client.hospitalCode();
            case ASSISTANCE_OFFICE -> ConsoleLabels.region(client.region());
            case ADMIN -> "全部统筹区";
            case REGISTRY -> "—";
        };
        return new SignedIn(client.clientId(), client.role().name(), ConsoleLabels.role(client.role()), scope,
                client.role() == Role.ASSISTANCE_OFFICE || client.role() == Role.ADMIN,
                client.role() == Role.HOSPITAL);
    }
}
