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
 * A hospital reads only the persons (and their ledgers and settlements) it settles for: a person for whom the
 * hospital has no settlement ({@link PatientAccess}) is "not found" to it, so it learns nothing of who else is
 * registered.
 */
@Component
class HospitalPersonScope implements HandlerInterceptor, WebMvcConfigurer {

    private final PatientAccess patients;

    HospitalPersonScope(PatientAccess patients) {
        this.patients = patients;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/persons/*", "/api/v1/persons/*/**")
                // asked at admission, before the hospital has settled anything for the person
                .excludePathPatterns("/api/v1/persons/*/deposit-waiver");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof CurrentClient client)
                || !client.isHospital() || !"GET".equals(request.getMethod())) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String personId = variables == null ? null : variables.get("personId");
        if (personId == null) {
            return true;
        }
        boolean settlesFor = PersonId.parse(personId)
                .filter(person -> patients.hasSettledFor(HospitalCode.of(client.hospitalCode()), person))
                .isPresent();
        if (!settlesFor) {
            throw new NotFoundException("unknown person " + personId);
        }
        return true;
    }
}
