package org.onestop.settlement.settlement;

import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.onestop.settlement.common.FieldViolation;
import org.onestop.settlement.common.InvalidRequestException;
import org.onestop.settlement.common.RegionCode;
import org.onestop.settlement.security.CurrentClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds settlements for the hospital's daily reconciliation (日对账) and by encounter number: filtered, ordered by
 * settlement time then id (newest last), in pages that continue from an opaque cursor. Days are calendar days in the
 * service's zone, both ends inclusive. A hospital searches its own code only (another is 403), an assistance office
 * its own region.
 */
@Service
public class SettlementSearch {

    /** Settlement kinds the {@code kind} filter accepts, one per {@link SettlementKind}. */
    public static final Set<String> KINDS = Set.of(SettlementKind.DISCHARGE.name(), SettlementKind.SUPPLEMENT.name(),
            SettlementKind.AFTER_CARE.name());
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final SettlementStore store;

    SettlementSearch(JdbcClient jdbc, JsonMapper json, Clock clock, SettlementStore store) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.store = store;
    }

    /** The filter; every field may be null (no filter; limit {@value #DEFAULT_LIMIT}, from the start). */
    public record Query(String hospitalCode, String encounterNo, LocalDate from, LocalDate to, String status,
                        String kind, Integer limit, String cursor) {
    }

    /** One page, oldest first, and the cursor of the next one (null on the last page). */
    @Schema(name = "SettlementPage", description = "A page of settlements, oldest first")
    public record Page(List<SettlementResponse> items,
                       @Nullable @Schema(description = "cursor of the next page; null on the last") String next) {
    }

    @Transactional(readOnly = true)
    public Page search(Query query, CurrentClient client) {
        String hospital = query.hospitalCode();
        if (client.isHospital()) {
            client.requireActsFor(hospital == null ? client.hospitalCode() : hospital);
            hospital = client.hospitalCode();
        }
        RegionCode region = client.regionScope(null);
        List<FieldViolation> violations = new ArrayList<>();
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            violations.add(new FieldViolation("to", "is before from " + query.from()));
        }
        if (query.status() != null && !Set.of("SETTLED", "REVERSED").contains(query.status())) {
            violations.add(new FieldViolation("status", "must be SETTLED or REVERSED"));
        }
        if (query.kind() != null && !KINDS.contains(query.kind())) {
            violations.add(new FieldViolation("kind", "must be one of " + KINDS));
        }
        Cursor after = query.cursor() == null ? null : Cursor.parse(query.cursor(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("TRUE");
        filter(where, params, "hospital_code", hospital);
        filter(where, params, "encounter_no", query.encounterNo());
        filter(where, params, "status", query.status());
        filter(where, params, "kind", query.kind());
        filter(where, params, "region", region == null ? null : region.name());
        if (client.isHospital()) {
            where.append(" AND kind <> 'AFTER_CARE'"); // the office's business, as for reading one
        }
        if (query.from() != null) {
            where.append(" AND settled_at >= :start");
            params.put("start", Timestamp.from(query.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (query.to() != null) {
            where.append(" AND settled_at < :end");
            params.put("end", Timestamp.from(query.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (after != null) {
            where.append(" AND (settled_at, settlement_id) > (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.settledAt()));
            params.put("afterId", after.settlementId());
        }
        params.put("rows", limit + 1);
        List<Row> rows = jdbc.sql("""
                SELECT settlement_id, settled_at, status, response, reversed_at, reversal_reason, reversal_operator,
                       kind
                FROM settlement WHERE %s ORDER BY settled_at, settlement_id LIMIT :rows""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(4), SettlementResponse.Status.valueOf(rs.getString(3)),
                        rs.getTimestamp(5) == null ? null : new SettlementResponse.ReversalView(rs.getString(6),
                                rs.getString(7), rs.getTimestamp(5).toInstant()),
                        SettlementKind.valueOf(rs.getString(8))))
                .list();
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(page.get(limit - 1).settledAt(), page.get(limit - 1).id()).encode() : null;
        var supplements = store.supplementsOf(page.stream().map(Row::id).toList());
        return new Page(page.stream().map(row -> StoredAnswer.of(json, row.response(), row.status(), row.reversal(),
                row.kind(), supplements.getOrDefault(row.id(), List.of()))).toList(), next);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private record Row(UUID id, Instant settledAt, String response, SettlementResponse.Status status,
                       SettlementResponse.ReversalView reversal, SettlementKind kind) {
    }

    /** Where a page ended: the last row's settlement time and id, base64url-encoded. */
    private record Cursor(Instant settledAt, UUID settlementId) {

        String encode() {
            String plain = settledAt.getEpochSecond() + "." + settledAt.getNano() + "." + settlementId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String text, List<FieldViolation> violations) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
                        .split("\\.", 3);
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException e) {
                violations.add(new FieldViolation("cursor", "is not a cursor this service answered"));
                return null;
            }
        }
    }
}
