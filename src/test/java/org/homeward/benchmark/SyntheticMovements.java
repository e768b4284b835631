package org.homeward.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads synthetic person-movements straight into return_movement with the SQL of {@code
 * benchmark/synthetic-movements.sql} (generate_series and hashes of each person's number: the same persons give the
 * same rows in every run). A bulk load as an operator would run it: the table's secondary indexes are dropped
 * first and built again after, foreign keys and the roll-up triggers are off for the load's session
 * ({@code session_replication_role = replica}); the roll-ups are then built by the recompute, which is what the
 * benchmark measures. No return_case rows are made: nothing measured reads them.
 */
final class SyntheticMovements {

    /** Persons per INSERT statement (and transaction). */
    static final long CHUNK = 500_000;

    /** Rows per person on average: a departure, a crossing for 55 % (refugees), an arrival for 92 %. */
    static final double ROWS_PER_PERSON = 1 + 0.55 + 0.92;

    record Result(long persons, long rows, long arrivals, double loadSeconds, double indexSeconds) {}

    private final JdbcClient jdbc;

    SyntheticMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Result load(long movements, LocalDate today, String edition) throws IOException {
        String insert = sql();
        long persons = (long) Math.ceil(movements / ROWS_PER_PERSON);
        jdbc.sql("DROP TABLE IF EXISTS bench_community").update();
        jdbc.sql("""
                        CREATE TABLE bench_community AS
                        SELECT (row_number() OVER (ORDER BY pcode) - 1)::int AS i, pcode, adm1_pcode, adm2_pcode,
                               adm3_pcode
                          FROM geo_area
                         WHERE level = 4 AND edition = :edition
                        """).param("edition", edition).update();
        jdbc.sql("ALTER TABLE bench_community ADD PRIMARY KEY (i)").update();
        jdbc.sql("ANALYZE bench_community").update();
        long communities = jdbc.sql("SELECT count(*) FROM bench_community")
                .query(Long.class)
                .single();
        jdbc.sql("ALTER TABLE return_movement DROP CONSTRAINT return_movement_case_id_person_id_kind_key")
                .update();
        // every secondary index as the migrations define it, dropped for the load and built again after it
        List<String[]> indexes = jdbc.sql("""
                        SELECT indexname, indexdef FROM pg_indexes
                         WHERE tablename = 'return_movement' AND indexname NOT IN
                               (SELECT conname FROM pg_constraint WHERE conrelid = 'return_movement'::regclass)
                        """)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] index : indexes) {
            jdbc.sql("DROP INDEX " + index[0]).update();
        }
        long started = System.nanoTime();
        for (long lo = 0; lo < persons; lo += CHUNK) {
            long hi = Math.min(persons, lo + CHUNK);
            jdbc.sql("SET session_replication_role = replica").update();
            jdbc.sql(insert)
                    .param("lo", lo)
                    .param("hi", hi)
                    .param("today", java.sql.Date.valueOf(today))
                    .param("communities", communities)
                    .update();
            jdbc.sql("SET session_replication_role = origin").update();
            if ((hi / CHUNK) % 10 == 0) {
                System.out.printf("  loaded %,d of %,d persons%n", hi, persons);
            }
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        jdbc.sql("ALTER TABLE return_movement ADD CONSTRAINT return_movement_case_id_person_id_kind_key"
                        + " UNIQUE (case_id, person_id, kind)")
                .update();
        for (String[] index : indexes) {
            jdbc.sql(index[1]).update();
        }
        jdbc.sql("VACUUM (ANALYZE) return_movement").update();
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        long rows = jdbc.sql("SELECT count(*) FROM return_movement")
                .query(Long.class)
                .single();
        long arrivals = jdbc.sql("SELECT count(*) FROM return_movement WHERE kind = 'ARRIVED'")
                .query(Long.class)
                .single();
        return new Result(persons, rows, arrivals, loadSeconds, indexSeconds);
    }

    private static String sql() throws IOException {
        try (InputStream in = SyntheticMovements.class.getResourceAsStream("/benchmark/synthetic-movements.sql")) {
            // psql-style :name::type parameters become JdbcClient named parameters; comments stay
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(":lo::bigint", "CAST(:lo AS bigint)")
                    .replace(":hi::bigint", "CAST(:hi AS bigint)")
                    .replace(":today::date", "CAST(:today AS date)");
        }
    }
}
