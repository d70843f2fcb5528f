package org.onestop.settlement.clearing;

import org.onestop.settlement.common.ForbiddenException;
import org.onestop.settlement.security.CurrentClient;

/**
 * Who may read which clearing figures: ADMIN every hospital's; a HOSPITAL only its own (its code by default, another
 * code is 403). This is the one place to extend when the assistance office gets its own role (an
 * {@code ASSISTANCE_OFFICE} client would be limited here to its region and the assistance funds 610100).
 */
public final class ClearingAccess {

    private ClearingAccess() {
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
