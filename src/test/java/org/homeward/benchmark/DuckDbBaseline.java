package org.homeward.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * DuckDB on the same rows, for the recompute's baseline: return_movement's counted columns are exported from
 * PostgreSQL with COPY into a CSV file, loaded into a DuckDB database file, and grouped by the same cell key as the
 * recompute (RollupRecompute.FINE_FROM_MOVEMENTS), into a table as the recompute does. DuckDB is reached through
 * its JDBC driver by URL only, so that the normal build compiles without it (the benchmark profile adds it).
 */
final class DuckDbBaseline implements AutoCloseable {

    static final String COLUMNS = "movement_date, kind, displacement_type, destination_adm1, destination_adm2,"
            + " destination_adm3, from_adm1, from_country, crossing_point, sex, age_group, needs";

    /** The recompute's GROUP BY, in DuckDB's dialect (the same expressions). */
    static final String GROUP_BY = """
            CREATE OR REPLACE TABLE recomputed AS
            SELECT date_trunc('month', movement_date)::date AS month, displacement_type AS type,
                   COALESCE(destination_adm1, '') AS adm1, COALESCE(destination_adm2, '') AS adm2,
                   COALESCE(destination_adm3, '') AS adm3, COALESCE(from_adm1, '') AS from_adm1,
                   COALESCE(from_country, '') AS country, COALESCE(crossing_point, '') AS crossing,
                   COALESCE(sex, '') AS sex, age_group, needs, count(*) AS returns
              FROM return_movement
             WHERE kind = 'ARRIVED'
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
            """;

    private final Connection duck;

    DuckDbBaseline(Path file) throws SQLException, IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + ".wal"));
        duck = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    }

    /** Exports the rows from PostgreSQL and loads them; answers {export seconds, load seconds, rows}. */
    double[] load(DataSource postgres, Path csv) throws SQLException, IOException {
        long started = System.nanoTime();
        long rows;
        try (Connection connection = postgres.getConnection();
                BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            rows = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut("COPY (SELECT " + COLUMNS + " FROM return_movement) TO STDOUT (FORMAT csv)", out);
        }
        double export = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        try (Statement statement = duck.createStatement()) {
            statement.execute("""
                    CREATE TABLE return_movement (movement_date DATE, kind VARCHAR, displacement_type VARCHAR,
                        destination_adm1 VARCHAR, destination_adm2 VARCHAR, destination_adm3 VARCHAR,
                        from_adm1 VARCHAR, from_country VARCHAR, crossing_point VARCHAR, sex VARCHAR,
                        age_group VARCHAR, needs SMALLINT)
                    """);
            statement.execute("COPY return_movement FROM '" + csv.toAbsolutePath() + "' (FORMAT csv, HEADER false)");
        }
        double load = (System.nanoTime() - started) / 1e9;
        Files.delete(csv);
        return new double[] {export, load, rows};
    }

    /** Runs the GROUP BY {@code runs} times; answers the seconds of each run and the cells of the last. */
    List<Double> groupBy(int runs) throws SQLException {
        List<Double> seconds = new ArrayList<>();
        try (Statement statement = duck.createStatement()) {
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                statement.execute(GROUP_BY);
                seconds.add((System.nanoTime() - started) / 1e9);
            }
        }
        return seconds;
    }

    long cells() throws SQLException {
        try (Statement statement = duck.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*), sum(returns) FROM recomputed")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String version() throws SQLException {
        try (Statement statement = duck.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    int threads() throws SQLException {
        try (Statement statement = duck.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('threads')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        duck.close();
    }
}
