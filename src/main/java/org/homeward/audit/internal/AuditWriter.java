package org.homeward.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts entries into {@code audit_pending}, in the current transaction and without any lock, so the entries commit
 * or roll back with the change they record; the {@link AuditSealer} chains them after they commit (see the
 * migration {@code V41__audit_sealed_in_batches.sql}). The entries of one call go in one multi-row INSERT (up to
 * {@value #ROWS_PER_STATEMENT} rows a statement): one round trip and one statement for PostgreSQL to run, where a
 * JDBC batch ran one statement per entry (a page of twenty households read is twenty entries).
 */
@Component
class AuditWriter {

    /** Rows per statement: 9 parameters each, far below the protocol's 32,767; full chunks share one statement. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final String INSERT = """
            INSERT INTO audit_pending (occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose,
                                       details, payload)
            VALUES\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final int COLUMNS = 9;
    private static final String NO_DETAILS = "{}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    AuditWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<PendingEntry> entries) {
        for (int from = 0; from < entries.size(); from += ROWS_PER_STATEMENT) {
            List<PendingEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_STATEMENT));
            String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW));
            jdbc.update(sql, insert -> {
                for (int row = 0; row < chunk.size(); row++) {
                    bind(insert, row * COLUMNS, chunk.get(row));
                }
            });
        }
    }

    private static void bind(PreparedStatement insert, int offset, PendingEntry entry) throws SQLException {
        var record = entry.record();
        insert.setObject(offset + 1, entry.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(offset + 2, entry.actor());
        insert.setString(offset + 3, record.action().name());
        insert.setString(offset + 4, record.entityType());
        insert.setString(offset + 5, record.entityId());
        insert.setArray(
                offset + 6,
                insert.getConnection()
                        .createArrayOf("text", record.changedFields().toArray()));
        insert.setString(offset + 7, record.purpose());
        insert.setString(
                offset + 8, record.details().isEmpty() ? NO_DETAILS : JSON.writeValueAsString(record.details()));
        insert.setBytes(offset + 9, entry.payload());
    }
}
