package org.homeward.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.homeward.audit.AuditRecord;
import org.homeward.shared.CopyText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts entries into {@code audit_pending}, in the current transaction and without any lock, so the entries commit
 * or roll back with the change they record; the {@link AuditSealer} chains them after they commit (see the
 * migration {@code V41__audit_sealed_in_batches.sql}). A call's few entries (a page of twenty households read is
 * twenty) go in one multi-row INSERT: one round trip and one statement for PostgreSQL to run, where a JDBC batch ran
 * one statement per entry. A bulk operation's many entries (an import batch has thousands) go in one COPY, which
 * PostgreSQL loads several times faster than as many rows of INSERT.
 */
@Component
class AuditWriter {

    /** From this many entries on, one COPY; below it one INSERT of fewer than 9 × 100 parameters. */
    static final int COPY_FROM = 100;

    private static final String INSERT = """
            INSERT INTO audit_pending (occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose,
                                       details, payload)
            VALUES\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final int COLUMNS = 9;
    private static final String NO_DETAILS = "{}";
    private static final String COPY = """
            COPY audit_pending (occurred_at, actor, action, entity_type, entity_id, changed_fields, purpose, details,
                                payload)
            FROM STDIN""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    AuditWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    void write(List<PendingEntry> entries) {
        if (entries.size() >= COPY_FROM) {
            copy(entries);
        } else if (!entries.isEmpty()) {
            String sql = INSERT + String.join(", ", Collections.nCopies(entries.size(), ROW));
            jdbc.update(sql, insert -> {
                for (int row = 0; row < entries.size(); row++) {
                    bind(insert, row * COLUMNS, entries.get(row));
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
        insert.setString(offset + 8, details(record));
        insert.setBytes(offset + 9, entry.payload());
    }

    /** The details as JSON; most entries have none. */
    private static String details(AuditRecord record) {
        return record.details().isEmpty() ? NO_DETAILS : JSON.writeValueAsString(record.details());
    }

    /** The same columns as {@link #bind}, in COPY's text format, on the transaction's own connection. */
    private void copy(List<PendingEntry> entries) {
        CopyText rows = new CopyText();
        for (PendingEntry entry : entries) {
            var record = entry.record();
            rows.add(entry.occurredAt())
                    .add(entry.actor())
                    .add(record.action().name())
                    .add(record.entityType())
                    .add(record.entityId())
                    .add(record.changedFields())
                    .add(record.purpose())
                    .add(details(record))
                    .add(entry.payload())
                    .endRow();
        }
        rows.copyInto(dataSource, COPY);
    }
}
