package org.onestop.settlement.security;

import org.onestop.settlement.common.ForbiddenException;
import org.onestop.settlement.common.RegionCode;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated client of the current request, and the scope rules the use cases apply: a hospital acts only
 * under its own code (403 otherwise) and sees only its own encounters (others are "not found"); an assistance office
 * acts for and sees the persons of its own region only.
 */
public record CurrentClient(String clientId, Role role, String hospitalCode, RegionCode region)
        implements AuthenticatedPrincipal {

    /** The client authenticated for this request. */
    public static CurrentClient get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentClient client) {
            return client;
        }
        throw new IllegalStateException("no authenticated API client");
    }

    /** The client id: what Spring Security and the logs call the principal's name. */
    @Override
    public String getName() {
        return clientId;
    }

    public boolean isHospital() {
        return role == Role.HOSPITAL;
    }

    public boolean isAssistanceOffice() {
        return role == Role.ASSISTANCE_OFFICE;
    }

    /** Whether this client may see and act for persons insured in {@code personRegion}: an office its own region only. */
    public boolean servesRegion(RegionCode personRegion) {
        return !isAssistanceOffice() || region == personRegion;
    }

    /**
     * The region a regional request covers: an office's own region when it names none (another region is 403); for
     * other clients the region named, or null for every region.
     */
    public RegionCode regionScope(RegionCode requested) {
        if (!isAssistanceOffice()) {
            return requested;
        }
        if (requested != null && requested != region) {
            throw new ForbiddenException("client " + clientId + " is the assistance office of " + region + ", not of "
                    + requested);
        }
        return region;
    }

    /** Whether this client may see an encounter of {@code code}: its own hospital's, or any for non-hospitals. */
    public boolean sees(String code) {
        return !isHospital() || hospitalCode.equals(code);
    }

    /** A hospital may only act under its own code. */
    public void requireActsFor(String code) {
        if (!sees(code)) {
            throw new ForbiddenException("client " + clientId + " acts for hospital " + hospitalCode
                    + ", not for hospitalCode " + code);
        }
    }
}
