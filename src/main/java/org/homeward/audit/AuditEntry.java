package org.homeward.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One stored entry of the audit log, as read back.
 *
 * @param seq position in the chain, counting from 1 without gaps
 * @param prevHash the previous entry's hash, hexadecimal (64 zeros for the first entry)
 * @param hash SHA-256 over this entry's content and {@code prevHash}, hexadecimal
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String entityType,
        String entityId,
        List<String> changedFields,
        String purpose,
        Map<String, String> details,
        String prevHash,
        String hash) {}
