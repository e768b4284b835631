package org.homeward.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts synthetic registry households with the SQL of {@code benchmark/synthetic-households.sql}, so that the
 * headline's registry part (the population by status) is read at scale. Unlike the movements, the triggers stay on:
 * the registry's population roll-up is kept by these INSERTs exactly as by registrations, and the time it takes is
 * part of what is reported. Needs bench_community, which {@link SyntheticMovements} leaves behind.
 */
final class SyntheticHouseholds {

    /** Households per INSERT statement (and transaction). */
    static final long CHUNK = 250_000;

    record Result(long households, long people, double loadSeconds) {}

    private final JdbcClient jdbc;

    SyntheticHouseholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Result load(long households, long organisation) throws IOException {
        String insert = sql();
        long communities = jdbc.sql("SELECT count(*) FROM bench_community")
                .query(Long.class)
                .single();
        long started = System.nanoTime();
        for (long lo = 0; lo < households; lo += CHUNK) {
            jdbc.sql(insert)
                    .param("lo", lo)
                    .param("hi", Math.min(households, lo + CHUNK))
                    .param("organisation", organisation)
                    .param("communities", communities)
                    .update();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        jdbc.sql("VACUUM (ANALYZE) household").update();
        long people = jdbc.sql("SELECT COALESCE(sum(member_count), 0) FROM household WHERE deleted_at IS NULL")
                .query(Long.class)
                .single();
        return new Result(households, people, seconds);
    }

    private static String sql() throws IOException {
        try (InputStream in = SyntheticHouseholds.class.getResourceAsStream("/benchmark/synthetic-households.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(":lo::bigint", "CAST(:lo AS bigint)")
                    .replace(":hi::bigint", "CAST(:hi AS bigint)");
        }
    }
}
