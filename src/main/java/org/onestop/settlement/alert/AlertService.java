package org.onestop.settlement.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.onestop.settlement.common.ConflictException;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.NotFoundException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of the alerts: list them by region, period and status, and acknowledge one with a note. An
 * office sees its own region's alerts only (another's is "not found"); ADMIN sees all.
 */
@Service
public class AlertService {

    private final AlertStore store;
    private final Clock clock;

    AlertService(AlertStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Alerts raised from {@code from} to {@code to} (dates in the service's zone, both inclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<HighCostAlert> list(RegionCode region, LocalDate from, LocalDate to, HighCostAlert.Status status,
                                    CurrentClient client) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from " + from);
        }
        ZoneId zone = clock.getZone();
        LocalDate first = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(9999, 12, 30) : to;
        return store.list(client.regionScope(region), first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), status);
    }

    /** Marks an OPEN alert handled with the office's note; acknowledging it again is a conflict. */
    @Transactional
    public HighCostAlert acknowledge(UUID alertId, String note, CurrentClient client) {
        HighCostAlert alert = store.find(alertId).filter(a -> client.servesRegion(a.region()))
                .orElseThrow(() -> new NotFoundException("no high-cost alert " + alertId));
        if (alert.status() != HighCostAlert.Status.OPEN) {
            throw new ConflictException("high-cost alert " + alertId + " is " + alert.status() + ", not OPEN");
        }
        store.acknowledge(alertId, client.clientId(), note, clock.instant());
        return store.find(alertId).orElseThrow();
    }
}
