package org.onestop.settlement.security;

import java.io.IOException;

import org.onestop.settlement.common.ProblemType;
import org.onestop.settlement.common.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Every {@code /api/v1/**} call is authenticated with HTTP Basic ({@code clientId:secret}); health,
 * info, the OpenAPI document and Swagger UI stay open. HOSPITAL clients settle and read (their own encounters,
 * enforced in the use cases), REGISTRY clients write persons and identities, ASSISTANCE_OFFICE clients record
 * identities (approvals), take after-care claims, reverse their own decisions and read persons, ledgers and
 * settlements (their own region, enforced in the use cases) but do not settle discharge claims; ADMIN does everything.
 * 401, 403 and 429 answers are problem+json like every other error. The API is stateless: a console session
 * ({@link ConsoleSecurityConfiguration}) authenticates nothing here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Request attribute holding the authenticated client id, for the audit written after the response. */
    static final String CLIENT_ID_ATTRIBUTE = SecurityConfiguration.class.getName() + ".clientId";

    private static final String HOSPITAL = Role.HOSPITAL.name();
    private static final String REGISTRY = Role.REGISTRY.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String OFFICE = Role.ASSISTANCE_OFFICE.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * A request the firewall refuses before any controller (an encoded NUL or a "../" in the path, say) is bad input
     * like any other: 400 problem+json, not the container's HTML page.
     */
    @Bean
    RequestRejectedHandler requestRejected(JsonMapper json) {
        return (request, response, rejected) -> ProblemResponses.write(response, json, ProblemResponses.problem(
                ProblemType.BAD_REQUEST, "the request's path or headers are not acceptable", request));
    }

    /** After the console's chain ({@link ConsoleSecurityConfiguration}): every request the console does not own. */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ClientAuthenticationProvider provider, JsonMapper json)
            throws Exception {
        // A manager of its own, without the global parent: a failed login is then tried (and counted) once.
        http.authenticationManager(new ProviderManager(provider))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        unauthorized(request, response, e, json)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> unauthorized(request, response, e, json))
                        .accessDeniedHandler((request, response, e) -> ProblemResponses.write(response, json,
                                ProblemResponses.problem(ProblemType.FORBIDDEN, "client " + CurrentClient.get().clientId()
                                        + " may not " + request.getMethod() + " " + request.getRequestURI(), request))))
                .addFilterAfter(new ClientIdAttributeFilter(), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/v1/clients", "/api/v1/clients/**", "/api/v1/audit").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/persons/*/ledger/opening").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/persons/*").hasAnyRole(REGISTRY, ADMIN)
                        .requestMatchers("/api/v1/persons/*/identities", "/api/v1/persons/*/identities/*")
                        .hasAnyRole(REGISTRY, OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/persons/*")
                        .hasAnyRole(HOSPITAL, REGISTRY, OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/persons/*/ledger", "/api/v1/persons/*/settlements")
                        .hasAnyRole(HOSPITAL, OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/settlements", "/api/v1/settlements/preview")
                        .hasAnyRole(HOSPITAL, ADMIN)
                        .requestMatchers("/api/v1/settlements", "/api/v1/settlements/**")
                        .hasAnyRole(HOSPITAL, OFFICE, ADMIN)
                        .requestMatchers("/api/v1/assistance-claims", "/api/v1/assistance-claims/**")
                        .hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers("/api/np/**").hasRole(HOSPITAL)
                        .requestMatchers(HttpMethod.GET, "/api/v1/clearing")
                        .hasAnyRole(HOSPITAL, Role.ASSISTANCE_OFFICE.name(), ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/policies", "/api/v1/policies/**",
                                "/api/v1/diseases/**").authenticated()
                        .requestMatchers("/api/v1/alerts", "/api/v1/alerts/**", "/api/v1/premium-subsidies",
                                "/api/v1/grants/**", "/api/v1/assessments/**").hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/persons/*/premium-subsidy").hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers("/api/v1/simulations", "/api/v1/simulations/**").hasAnyRole(OFFICE, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/persons/*/deposit-waiver")
                        .hasAnyRole(HOSPITAL, OFFICE, ADMIN)
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e, JsonMapper json) throws IOException {
        if (e instanceof ClientAuthenticationProvider.ThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds() + 1));
            ProblemResponses.write(response, json, ProblemResponses.problem(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), request));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"settlement\"");
        ProblemResponses.write(response, json, ProblemResponses.problem(ProblemType.UNAUTHORIZED,
                "authenticate with HTTP Basic as clientId:secret of an enabled client", request));
    }

    /** Remembers who was authenticated, for the audit filter that runs outside the security chain. */
    static final class ClientIdAttributeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof CurrentClient client) {
                request.setAttribute(CLIENT_ID_ATTRIBUTE, client.clientId());
            }
            chain.doFilter(request, response);
        }
    }
}
