package org.homeward.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts entries at the head of the chain, in the current transaction.
 *
 * <p>Each insert locks the head row ({@code FOR UPDATE}), takes the next seq and the head's hash from it, and lets
 * PostgreSQL compute the entry's hash over (seq, previous hash, payload); the insert trigger then moves the head.
 * The lock is held until the transaction ends, so appends from concurrent transactions queue behind each other
 * and form one chain without forks. In READ COMMITTED a waiting insert sees the head as the committed predecessor
 * left it; in a stricter isolation level it fails with a serialisation error instead of forking. All entries of
 * one transaction go in one JDBC batch: one round trip.
 */
@Component
class AuditWriter {

    private static final String INSERT = """
            INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, changed_fields,
                                     purpose, details, prev_hash, hash)
            SELECT head.seq + 1, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, head.hash,
                   sha256(int8send(head.seq + 1) || head.hash || ?::bytea)
              FROM audit_head head
             WHERE head.id = 1
               FOR UPDATE
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Writes in the current transaction; the entries commit or roll back with it. */
    void write(List<PendingEntry> entries) {
        if (!entries.isEmpty()) {
            jdbc.batchUpdate(INSERT, entries, entries.size(), AuditWriter::bind);
        }
    }

    /** Writes in a transaction of their own, for entries appended after their transaction committed. */
    void writeInNewTransaction(List<PendingEntry> entries) {
        newTransaction.executeWithoutResult(status -> write(entries));
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
        insert.setString(8, json(record.details()));
        insert.setBytes(9, entry.payload());
    }

    private static String json(Map<String, String> details) {
        return JSON.writeValueAsString(details);
    }
}
