package org.homeward.audit;

import java.time.Instant;

/**
 * Which audit entries to list; every filter may be null (no filter).
 *
 * @param from entries that occurred at or after this instant
 * @param to entries that occurred before this instant
 */
public record AuditQuery(
        String entityType, String entityId, String actor, AuditAction action, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery forRecord(String entityType, String entityId) {
        return new AuditQuery(entityType, entityId, null, null, null, null);
    }
}
