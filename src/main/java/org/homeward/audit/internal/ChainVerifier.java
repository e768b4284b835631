package org.homeward.audit.internal;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.homeward.audit.VerificationResult;
import org.homeward.audit.VerificationResult.Breach;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain from the first entry. Rows are streamed in seq order through a cursor (the driver fetches
 * {@value #FETCH_SIZE} at a time), so memory does not grow with the log. One REPEATABLE READ snapshot covers the
 * head and the rows, so entries appended meanwhile by other transactions neither count nor disturb the check.
 */
@Component
class ChainVerifier {

    static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    ChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    VerificationResult verify() {
        return snapshot.execute(status -> {
            Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                    .query((row, n) -> new Head(row.getLong("seq"), row.getBytes("hash")))
                    .single();
            return jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry ORDER BY seq")
                    .withFetchSize(FETCH_SIZE)
                    .query((ResultSetExtractor<VerificationResult>) rows -> walk(rows, head));
        });
    }

    private VerificationResult walk(ResultSet rows, Head head) throws SQLException {
        long intact = 0;
        byte[] previous = ChainHash.GENESIS;
        while (rows.next()) {
            StoredEntry entry = StoredEntry.read(rows);
            Breach breach = check(entry, intact + 1, previous);
            if (breach != null) {
                long broken = breach == Breach.GAP_IN_SEQUENCE ? intact + 1 : entry.seq();
                return VerificationResult.broken(intact, broken, breach, clock.instant());
            }
            intact++;
            previous = entry.hash();
        }
        if (intact < head.seq()) {
            // The last entries are gone: the head remembers more than the table holds.
            return VerificationResult.broken(intact, intact + 1, Breach.GAP_IN_SEQUENCE, clock.instant());
        }
        if (intact > head.seq() || !MessageDigest.isEqual(previous, head.hash())) {
            long broken = Math.min(intact, head.seq() + 1);
            return VerificationResult.broken(broken - 1, broken, Breach.HEAD_MISMATCH, clock.instant());
        }
        return VerificationResult.intact(intact, clock.instant());
    }

    private static Breach check(StoredEntry entry, long expectedSeq, byte[] previous) {
        if (entry.seq() != expectedSeq) {
            return Breach.GAP_IN_SEQUENCE;
        }
        if (!MessageDigest.isEqual(entry.prevHash(), previous)) {
            return Breach.PREVIOUS_HASH_MISMATCH;
        }
        byte[] payload = entry.payload();
        if (payload == null
                || !MessageDigest.isEqual(ChainHash.hash(entry.seq(), entry.prevHash(), payload), entry.hash())) {
            return Breach.HASH_MISMATCH;
        }
        return null;
    }

    private record Head(long seq, byte[] hash) {}
}
