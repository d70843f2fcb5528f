package org.onestop.settlement.security;

import java.util.Map;

import org.onestop.settlement.common.HospitalCode;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.PersonId;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whose persons a client reaches under {@code /api/v1/persons/{personId}}: a hospital reads only the persons (and
 * their ledgers and settlements) it settles for ({@link PatientAccess}); an assistance office reads and acts for the
 * persons insured in its region only. Any other person is "not found" to them, so they learn nothing of who else is
 * registered. An unknown person is left to the handler, which says so.
 */
@Component
class HospitalPersonScope implements HandlerInterceptor, WebMvcConfigurer {

    /** Asked at admission, before the hospital has settled anything for the person. */
    private static final String DEPOSIT_WAIVER = "/deposit-waiver";

    private final PatientAccess patients;

    HospitalPersonScope(PatientAccess patients) {
        this.patients = patients;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/persons/*", "/api/v1/persons/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof CurrentClient client)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String personId = variables == null ? null : variables.get("personId");
        if (personId == null) {
            return true;
        }
        var person = PersonId.parse(personId);
        boolean reaches = true;
        if (client.isHospital() && "GET".equals(request.getMethod())
                && !request.getRequestURI().endsWith(DEPOSIT_WAIVER)) {
            reaches = person.filter(p -> patients.hasSettledFor(HospitalCode.of(client.hospitalCode()), p))
                    .isPresent();
        } else if (client.isAssistanceOffice()) {
            reaches = person.flatMap(patients::regionOf).map(client::servesRegion).orElse(true);
        }
        if (!reaches) {
            throw new NotFoundException("unknown person " + personId);
        }
        return true;
    }
}
