package org.onestop.settlement.security.web;

import java.time.Instant;
import java.util.List;

import org.onestop.settlement.security.AuditLog;
import org.onestop.settlement.security.AuditLog.AuditEvent;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit of writes (ADMIN only). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who wrote what, when (ADMIN)")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(operationId = "listAuditEvents", summary = "Audited writes with from ≤ at < to, oldest first")
    List<AuditEvent> list(
            @Parameter(description = "ISO-8601 instant, inclusive (default: 24 hours before to)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "ISO-8601 instant, exclusive (default: now)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "at most this many events, 1..10000 (default 1000)")
            @RequestParam(defaultValue = "1000") int limit) {
        return audit.between(from, to, limit);
    }
}
