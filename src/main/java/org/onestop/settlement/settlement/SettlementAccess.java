package org.onestop.settlement.settlement;

import org.onestop.settlement.common.ForbiddenException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;

/**
 * Who sees and reverses which settlement. A hospital sees the settlements of its own code (its discharge settlements
 * and the supplements made of them), never an after-care claim (the office's business); an assistance office sees
 * every settlement of its region; ADMIN all. Others' settlements are "not found". A hospital reverses its discharge
 * settlements (their supplements go with them); the office reverses its own decisions, supplements and after-care
 * claims, not the hospital's settlements (403).
 */
final class SettlementAccess {

    private SettlementAccess() {
    }

    static boolean sees(CurrentClient client, String hospitalCode, RegionCode region, SettlementKind kind) {
        if (client.isHospital()) {
            return client.sees(hospitalCode) && kind != SettlementKind.AFTER_CARE;
        }
        return client.servesRegion(region);
    }

    static boolean sees(CurrentClient client, SettlementRecord record) {
        return sees(client, record.hospitalCode(), record.region(), record.kind());
    }

    static void requireMayReverse(CurrentClient client, SettlementKind kind) {
        if (client.isHospital() && kind != SettlementKind.DISCHARGE) {
            throw new ForbiddenException("client " + client.clientId() + " reverses discharge settlements only; a "
                    + kind + " settlement is reversed by the assistance office");
        }
        if (client.isAssistanceOffice() && kind == SettlementKind.DISCHARGE) {
            throw new ForbiddenException("client " + client.clientId() + " is an assistance office: a discharge"
                    + " settlement is reversed by its hospital");
        }
    }
}
