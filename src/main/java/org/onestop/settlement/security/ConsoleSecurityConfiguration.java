package org.onestop.settlement.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may open which page of the server-rendered console under {@value #ROOT}. Its users are the API clients
 * themselves, signed in through a login form ({@code clientId} and secret, the same {@link ClientAuthenticationProvider},
 * so the same failed-login throttle), kept in an HTTP session, with CSRF tokens on every form. ASSISTANCE_OFFICE and
 * ADMIN clients open the office pages, HOSPITAL clients the hospital pages, all three a settlement's slip (the use
 * cases narrow each to its own region or hospital). A page a client may not open is a 403 page; an anonymous request
 * is sent to the login form. The session authenticates the console only: the JSON API stays stateless, with HTTP
 * Basic on every call.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    /** The console's path prefix. */
    static final String ROOT = "/console";
    static final String LOGIN = ROOT + "/login";
    /** The page shown, with status 403, for a page or a form the client may not use. */
    static final String DENIED = ROOT + "/denied";

    private static final String OFFICE = Role.ASSISTANCE_OFFICE.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String HOSPITAL = Role.HOSPITAL.name();

    /**
     * No script runs in the console (no script source is allowed); styles are inlined in each page, and forms post
     * only to the console itself.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ClientAuthenticationProvider provider) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage(DENIED);
        http.securityMatcher(ROOT, ROOT + "/**")
                .authenticationManager(new ProviderManager(provider))
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .usernameParameter("clientId").passwordParameter("secret")
                        .defaultSuccessUrl(ROOT, false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + LOGIN
                                + (e instanceof ClientAuthenticationProvider.ThrottledException ? "?throttled" : "?error")))
                        .permitAll())
                .logout(logout -> logout.logoutUrl(ROOT + "/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(denied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterAfter(new SecurityConfiguration.ClientIdAttributeFilter(),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN, DENIED).permitAll()
                        .requestMatchers(ROOT + "/office", ROOT + "/office/**").hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers(ROOT + "/hospital", ROOT + "/hospital/**").hasRole(HOSPITAL)
                        .requestMatchers(ROOT + "/settlements/**").hasAnyRole(HOSPITAL, OFFICE, ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }
}
