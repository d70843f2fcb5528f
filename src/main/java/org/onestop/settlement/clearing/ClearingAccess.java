package org.onestop.settlement.clearing;

import org.onestop.settlement.common.ForbiddenException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;

/**
 * Who may read which clearing figures: ADMIN every hospital's; a HOSPITAL only its own (its code by default, another
 * code is 403); an {@code ASSISTANCE_OFFICE} only its own region (by default; another is 403) and only the medical
 * assistance fund {@value #ASSISTANCE_FUND}, which carries both the assistance and the secondary tilt lines.
 */
public final class ClearingAccess {

    /** The medical assistance fund (医疗救助基金): the assistance stage and the tilt (再救助) pay from it. */
    public static final String ASSISTANCE_FUND = "610100";

    private ClearingAccess() {
    }

    /** The region the statement is limited to for {@code client}, given the one asked for (may be null). */
    public static RegionCode regionScope(CurrentClient client, RegionCode requested) {
        if (!client.isAssistanceOffice()) {
            return requested;
        }
        if (requested != null && !client.servesRegion(requested)) {
            throw new ForbiddenException("client " + client.clientId() + " reads the clearing of region "
                    + client.region() + " only, not of " + requested);
        }
        return client.region();
    }

    /** The fund code the statement is limited to for {@code client}, given the one asked for (may be null). */
    public static String fundScope(CurrentClient client, String requested) {
        if (!client.isAssistanceOffice()) {
            return requested;
        }
        if (requested != null && !requested.equals(ASSISTANCE_FUND)) {
            throw new ForbiddenException("client " + client.clientId() + " reads the assistance fund "
                    + ASSISTANCE_FUND + " only, not " + requested);
        }
        return ASSISTANCE_FUND;
    }

    /** The hospital code the statement is limited to for {@code client}, given the one asked for (may be null). */
    public static String hospitalScope(CurrentClient client, String requested) {
        if (!client.isHospital()) {
            return requested;
        }
        if (requested != null && !requested.equals(client.hospitalCode())) {
            throw new ForbiddenException("client " + client.clientId() + " reads the clearing of hospital "
                    + client.hospitalCode() + " only, not of " + requested);
        }
        return client.hospitalCode();
    }
}
