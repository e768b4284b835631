package org.homeward.exchange.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Table {@code import_record}: what each (source, kind, external id) became. Written in the transaction that writes
 * the record itself, so the two never disagree, even after a crash.
 */
@Component
class ImportRecords {

    /** A record imported before: its id in the owning module and the hash of the content it was made from. */
    record Known(String targetId, byte[] hash) {}

    /** A record this batch made or changed. */
    record Made(String externalId, String targetId, byte[] hash) {}

    private final JdbcTemplate jdbc;

    ImportRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Known> find(String source, ImportKind kind, Collection<String> externalIds) {
        Map<String, Known> known = new HashMap<>();
        if (externalIds.isEmpty()) {
            return known;
        }
        jdbc.query(
                """
                SELECT external_id, target_id, content_hash FROM import_record
                WHERE source = ? AND kind = ? AND external_id = ANY (?)""",
                rs -> {
                    known.put(rs.getString(1), new Known(rs.getString(2), rs.getBytes(3)));
                },
                source,
                kind.name(),
                externalIds.toArray(String[]::new));
        return known;
    }

    /** Inserts new records and replaces the hash of changed ones, in one statement. */
    void save(String source, ImportKind kind, UUID job, List<Made> made, Instant at) {
        if (made.isEmpty()) {
            return;
        }
        String[] ids = new String[made.size()];
        String[] targets = new String[made.size()];
        byte[][] hashes = new byte[made.size()][];
        for (int i = 0; i < made.size(); i++) {
            ids[i] = made.get(i).externalId();
            targets[i] = made.get(i).targetId();
            hashes[i] = made.get(i).hash();
        }
        jdbc.update("""
                INSERT INTO import_record (source, kind, external_id, target_id, content_hash, job_id, updated_at)
                SELECT ?, ?, e, t, h, ?, ? FROM unnest(?::text[], ?::text[], ?::bytea[]) AS u (e, t, h)
                ON CONFLICT (source, kind, external_id)
                DO UPDATE SET target_id = excluded.target_id, content_hash = excluded.content_hash,
                    job_id = excluded.job_id, updated_at = excluded.updated_at""", source, kind.name(), job, Timestamp.from(at), ids, targets, hashes);
    }
}
