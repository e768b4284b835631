package org.homeward.exchange.imports;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.homeward.exchange.imports.ImportJob.Phase;
import org.homeward.exchange.imports.ImportJob.Progress;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code import_job} and its errors. Progress writes join the caller's transaction (the batch's). */
@Component
class ImportJobStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, kind, mode, status, phase, source, file_name, stored_file, file_bytes, mapping::text AS mapping,
            actor_user_id, actor_username, actor_role, actor_org_id, actor_org_code, actor_areas, checkpoint_row,
            total_rows, rows_read, rows_validated, rows_saved, rows_error, records_created, records_updated,
            records_unchanged, problem_code, problem, created_at, started_at, progress_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(ImportJob job) {
        Actor actor = job.actor();
        jdbc.sql("""
                        INSERT INTO import_job (id, kind, mode, status, phase, source, file_name, stored_file, file_bytes,
                            mapping, actor_user_id, actor_username, actor_role, actor_org_id, actor_org_code, actor_areas,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, CAST(? AS text[]), ?)""")
                .params(
                        job.id(),
                        job.kind().name(),
                        job.mode().name(),
                        job.status().name(),
                        job.phase().name(),
                        job.source(),
                        job.fileName(),
                        job.storedFile(),
                        job.fileBytes(),
                        job.mapping() == null ? null : JSON.writeValueAsString(job.mapping()),
                        actor.userId(),
                        actor.username(),
                        actor.role().name(),
                        actor.organisationId(),
                        actor.organisationCode(),
                        arrayLiteral(actor.areaScopes()),
                        Timestamp.from(job.createdAt()))
                .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = ?")
                .param(id)
                .query(ImportJobStore::job)
                .optional();
    }

    List<ImportJob> recent(long userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM import_job WHERE actor_user_id = ? ORDER BY created_at DESC LIMIT ?")
                .params(userId, limit)
                .query(ImportJobStore::job)
                .list();
    }

    List<UUID> unfinished() {
        return jdbc.sql("SELECT id FROM import_job WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_at")
                .query(UUID.class)
                .list();
    }

    void started(UUID id, Instant at) {
        jdbc.sql("UPDATE import_job SET status = 'RUNNING', started_at = coalesce(started_at, ?) WHERE id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** Writes the counts and checkpoint; called in the batch's transaction so both commit or neither does. */
    void progress(UUID id, Phase phase, Progress progress, Instant at) {
        jdbc.sql("""
                        UPDATE import_job SET phase = ?, checkpoint_row = ?, total_rows = ?, rows_read = ?,
                            rows_validated = ?, rows_saved = ?, rows_error = ?, records_created = ?, records_updated = ?,
                            records_unchanged = ?, progress_at = ?
                        WHERE id = ?""")
                .params(
                        phase.name(),
                        progress.checkpointRow(),
                        progress.totalRows(),
                        progress.read(),
                        progress.validated(),
                        progress.saved(),
                        progress.errors(),
                        progress.created(),
                        progress.updated(),
                        progress.unchanged(),
                        Timestamp.from(at),
                        id)
                .update();
    }

    /** Records what the job produced, as JSON (see {@code GazetteerEditionImporter}). */
    void outcome(UUID id, Object outcome) {
        jdbc.sql("UPDATE import_job SET outcome = CAST(? AS jsonb) WHERE id = ?")
                .params(JSON.writeValueAsString(outcome), id)
                .update();
    }

    /** What the job produced, or null. */
    tools.jackson.databind.JsonNode outcome(UUID id) {
        String json = jdbc.sql("SELECT outcome::text FROM import_job WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
        return json == null ? null : JSON.readTree(json);
    }

    void finish(UUID id, ImportStatus status, String problemCode, String problem, Instant at) {
        jdbc.sql("""
                        UPDATE import_job SET status = ?, problem_code = ?, problem = ?, finished_at = ?, stored_file = NULL
                        WHERE id = ?""")
                .params(status.name(), problemCode, problem, Timestamp.from(at), id)
                .update();
    }

    /** Drops errors recorded past the checkpoint's batch: a dry or checking pass restarts from its start. */
    void clearErrors(UUID id) {
        jdbc.sql("DELETE FROM import_error WHERE job_id = ?").param(id).update();
    }

    void addErrors(UUID id, long firstSeq, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<Object[]> rows = new java.util.ArrayList<>(errors.size());
        long seq = firstSeq;
        for (RowError error : errors) {
            rows.add(new Object[] {
                id, seq++, error.row(), error.column(), error.value(), error.code(), error.message(), error.expected()
            });
        }
        template.batchUpdate("""
                INSERT INTO import_error (job_id, seq, row_number, column_name, value, code, message, expected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    long errorCount(UUID id) {
        return jdbc.sql("SELECT count(*) FROM import_error WHERE job_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    List<RowError> errors(UUID id, int offset, int limit) {
        return jdbc.sql("""
                        SELECT row_number, column_name, value, code, message, expected FROM import_error
                        WHERE job_id = ? ORDER BY row_number, seq OFFSET ? LIMIT ?""")
                .params(id, offset, limit)
                .query(ImportJobStore::error)
                .list();
    }

    /** Every error in row order, streamed, for the downloadable report. */
    void eachError(UUID id, Consumer<RowError> consumer) {
        template.query(
                """
                SELECT row_number, column_name, value, code, message, expected FROM import_error
                WHERE job_id = ? ORDER BY row_number, seq""",
                rs -> {
                    consumer.accept(error(rs, 0));
                },
                id);
    }

    private static RowError error(ResultSet rs, int n) throws SQLException {
        return new RowError(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        Actor actor = new Actor(
                rs.getLong("actor_user_id"),
                rs.getString("actor_username"),
                Role.valueOf(rs.getString("actor_role")),
                rs.getLong("actor_org_id"),
                rs.getString("actor_org_code"),
                Set.copyOf(Arrays.asList((String[]) array(rs.getArray("actor_areas")))));
        Progress progress = new Progress(
                rs.getLong("checkpoint_row"),
                (Long) rs.getObject("total_rows"),
                rs.getLong("rows_read"),
                rs.getLong("rows_validated"),
                rs.getLong("rows_saved"),
                rs.getLong("rows_error"),
                rs.getLong("records_created"),
                rs.getLong("records_updated"),
                rs.getLong("records_unchanged"));
        String mapping = rs.getString("mapping");
        return new ImportJob(
                rs.getObject("id", UUID.class),
                ImportKind.valueOf(rs.getString("kind")),
                ImportMode.valueOf(rs.getString("mode")),
                ImportStatus.valueOf(rs.getString("status")),
                Phase.valueOf(rs.getString("phase")),
                rs.getString("source"),
                rs.getString("file_name"),
                rs.getString("stored_file"),
                rs.getLong("file_bytes"),
                mapping == null ? null : JSON.readValue(mapping, new TypeReference<Map<String, String>>() {}),
                actor,
                progress,
                rs.getString("problem_code"),
                rs.getString("problem"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "progress_at"),
                instant(rs, "finished_at"));
    }

    private static Object array(Array array) throws SQLException {
        return array == null ? new String[0] : array.getArray();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String arrayLiteral(Set<String> values) {
        var text = new StringBuilder("{");
        for (String value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return text.append('}').toString();
    }
}
