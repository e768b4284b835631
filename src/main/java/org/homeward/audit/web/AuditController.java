package org.homeward.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditQuery;
import org.homeward.audit.VerificationResult;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators: verify the chain, list entries. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final String WHEN = "an ISO-8601 date or instant, e.g. 2025-01-31 or 2025-01-31T12:00:00Z";

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/verify")
    Verification verify() {
        return Verification.of(auditLog.verify());
    }

    /** {@code from} is inclusive; {@code to} is exclusive for an instant and includes the whole day for a date. */
    @GetMapping("/entries")
    Page<AuditEntry> entries(
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        AuditQuery query = new AuditQuery(
                blankToNull(entityType),
                blankToNull(entityId),
                blankToNull(actor),
                action(blankToNull(action)),
                instant("from", blankToNull(from), false),
                instant("to", blankToNull(to), true));
        return auditLog.entries(query, PageRequest.of(page, size));
    }

    private static AuditAction action(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("action", value, "one of " + Arrays.toString(AuditAction.values()));
        }
    }

    private static Instant instant(String parameter, String value, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, value, WHEN);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The answer of {@code /verify}; {@code firstBrokenSeq} and {@code reason} appear only when broken. */
    record Verification(boolean valid, long entries, Long firstBrokenSeq, String reason, Instant verifiedAt) {

        static Verification of(VerificationResult result) {
            return new Verification(
                    result.valid(),
                    result.entries(),
                    result.firstBrokenSeq(),
                    result.reason() == null ? null : result.reason().label(),
                    result.verifiedAt());
        }
    }
}
