package org.homeward.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts entries into {@code audit_pending}, in the current transaction and without any lock, so the entries commit
 * or roll back with the change they record; the {@link AuditSealer} chains them after they commit (see the
 * migration {@code V41__audit_sealed_in_batches.sql}). All entries of one call go in one JDBC batch: one round trip.
 */
@Component
class AuditWriter {

    private static final String INSERT = """
            INSERT INTO audit_pending (occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose,
                                       details, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    AuditWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<PendingEntry> entries) {
        if (!entries.isEmpty()) {
            jdbc.batchUpdate(INSERT, entries, entries.size(), AuditWriter::bind);
        }
    }

    private static void bind(PreparedStatement insert, PendingEntry entry) throws SQLException {
        var record = entry.record();
        insert.setObject(1, entry.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(2, entry.actor());
        insert.setString(3, record.action().name());
        insert.setString(4, record.entityType());
        insert.setString(5, record.entityId());
        insert.setArray(
                6,
                insert.getConnection()
                        .createArrayOf("text", record.changedFields().toArray()));
        insert.setString(7, record.purpose());
        insert.setString(8, JSON.writeValueAsString(record.details()));
        insert.setBytes(9, entry.payload());
    }
}
