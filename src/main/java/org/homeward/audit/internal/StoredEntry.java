package org.homeward.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit row exactly as stored. Kept raw (action as text, details as JSON text) because verification must
 * recompute the hash from whatever is in the table, including rows someone altered into nonsense.
 */
record StoredEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        List<String> changedFields,
        String purpose,
        String detailsJson,
        byte[] prevHash,
        byte[] hash) {

    static final String COLUMNS =
            "seq, occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose, details::text AS details,"
                    + " prev_hash, hash";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static StoredEntry read(ResultSet row) throws SQLException {
        Array fields = row.getArray("changed_fields");
        return new StoredEntry(
                row.getLong("seq"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor"),
                row.getString("action"),
                row.getString("entity_type"),
                row.getString("entity_id"),
                fields == null ? null : Arrays.asList((String[]) fields.getArray()),
                row.getString("purpose"),
                row.getString("details"),
                row.getBytes("prev_hash"),
                row.getBytes("hash"));
    }

    /** The payload as {@link ChainHash} encodes it, or null when the row cannot be what the application wrote. */
    byte[] payload() {
        Map<String, String> details = details();
        if (changedFields == null || changedFields.contains(null) || details == null) {
            return null;
        }
        return ChainHash.payload(occurredAt, actor, action, entityType, entityId, changedFields, purpose, details);
    }

    AuditEntry toEntry() {
        Map<String, String> details = details();
        return new AuditEntry(
                seq,
                occurredAt,
                actor,
                AuditAction.valueOf(action),
                entityType,
                entityId,
                changedFields == null ? List.of() : List.copyOf(changedFields),
                purpose,
                details == null ? Map.of() : details,
                ChainHash.hex(prevHash),
                ChainHash.hex(hash));
    }

    /** The details as written: a JSON object of strings; null for anything else. */
    private Map<String, String> details() {
        JsonNode node;
        try {
            node = JSON.readTree(detailsJson);
        } catch (JacksonException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        Map<String, String> details = new TreeMap<>();
        for (var field : node.properties()) {
            if (!field.getValue().isString()) {
                return null;
            }
            details.put(field.getKey(), field.getValue().asString());
        }
        return details;
    }
}
