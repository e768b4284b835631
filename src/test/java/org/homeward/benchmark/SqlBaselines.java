package org.homeward.benchmark;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * What PostgreSQL does without the application, on the same tables and rows: one household per
 * transaction over many connections (multi-row INSERTs), COPY in large transactions, and the audit chain
 * alone (one entry per transaction).
 */
final class SqlBaselines {

    record Rate(String name, long count, double seconds, Map<String, Object> cpu) {

        double perSecond() {
            return count / seconds;
        }
    }

    private final DataSource dataSource;
    private final CpuMeter meter;
    private CpuMeter.Snapshot started;

    SqlBaselines(DataSource dataSource, CpuMeter meter) {
        this.dataSource = dataSource;
        this.meter = meter;
    }

    private long start() {
        started = meter.snapshot();
        return System.nanoTime();
    }

    private Rate rate(String name, long count, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return new Rate(name, count, seconds, CpuMeter.perOperation(started, meter.snapshot(), count));
    }

    /** Each household in its own transaction: one INSERT per table, every row of a table in one statement. */
    Rate perHouseholdTransactions(List<BaselineRows.Household> households, int connections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long started = start();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                running.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        for (int h = next.getAndIncrement(); h < households.size(); h = next.getAndIncrement()) {
                            insert(connection, households.get(h));
                            connection.commit();
                        }
                        connection.setAutoCommit(true);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        return rate(
                "SQL INSERT, 1 household per transaction, " + connections + " connections", households.size(), started);
    }

    /** COPY into the three tables, {@code batch} households per transaction, one connection. */
    Rate copy(List<BaselineRows.Household> households, int batch) throws Exception {
        long started = start();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < households.size(); from += batch) {
                List<BaselineRows.Household> part = households.subList(from, Math.min(households.size(), from + batch));
                copy.copyIn(
                        "COPY household (" + BaselineRows.HOUSEHOLD_COLUMNS + ") FROM STDIN",
                        new StringReader(text(part.stream()
                                .map(BaselineRows.Household::household)
                                .toList())));
                copy.copyIn(
                        "COPY person (" + BaselineRows.PERSON_COLUMNS + ") FROM STDIN",
                        new StringReader(text(
                                part.stream().flatMap(h -> h.persons().stream()).toList())));
                copy.copyIn(
                        "COPY identity_document (" + BaselineRows.DOCUMENT_COLUMNS + ") FROM STDIN",
                        new StringReader(text(part.stream()
                                .flatMap(h -> h.documents().stream())
                                .toList())));
                connection.commit();
            }
            connection.setAutoCommit(true);
        }
        return rate("COPY, " + batch + " households per transaction, 1 connection", households.size(), started);
    }

    /**
     * The audit chain alone: transactions of one audit entry each, committed over many connections into
     * {@code audit_pending}, then sealed into the chain (V41) until none is left: the time covers both. The
     * entries' payloads are random bytes, so verifying this throw-away database's chain would fail.
     */
    Rate auditChainOnly(int entries, int connections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long started = start();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                running.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement insert = connection.prepareStatement(
                                    "INSERT INTO audit_pending (occurred_at, actor, action, entity_type, entity_id,"
                                            + " changed_fields, details, payload)"
                                            + " VALUES (?, ?, 'CREATE', 'benchmark', ?, '{}', '{}', ?)")) {
                        connection.setAutoCommit(false);
                        for (int e = next.getAndIncrement(); e < entries; e = next.getAndIncrement()) {
                            byte[] payload = new byte[64];
                            ThreadLocalRandom.current().nextBytes(payload);
                            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                            insert.setString(2, BaselineRows.ACTOR);
                            insert.setString(3, Integer.toString(e));
                            insert.setBytes(4, payload);
                            insert.executeUpdate();
                            connection.commit();
                        }
                        connection.setAutoCommit(true);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean pending = true;
            while (pending) {
                statement.execute("INSERT INTO audit_seal DEFAULT VALUES");
                try (var rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM audit_pending)")) {
                    pending = rows.next() && rows.getBoolean(1);
                }
            }
        }
        return rate(
                "audit chain alone, 1 entry per transaction, " + connections + " connections, then sealed",
                entries,
                started);
    }

    /**
     * The disk's commit rate: transactions that insert one small row each into a table of their own. One
     * connection shows the latency of a durable commit (fsync); many show what group commit makes of it.
     */
    Rate commits(int transactions, int connections) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS benchmark_commit (n BIGINT NOT NULL)");
        }
        AtomicInteger next = new AtomicInteger();
        long started = start();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                running.add(pool.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement insert =
                                    connection.prepareStatement("INSERT INTO benchmark_commit (n) VALUES (?)")) {
                        connection.setAutoCommit(false);
                        for (int t = next.getAndIncrement(); t < transactions; t = next.getAndIncrement()) {
                            insert.setLong(1, t);
                            insert.executeUpdate();
                            connection.commit();
                        }
                        connection.setAutoCommit(true);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
        return rate(
                "durable commits of one row, " + connections + (connections == 1 ? " connection" : " connections"),
                transactions,
                started);
    }

    private static void insert(Connection connection, BaselineRows.Household household) throws SQLException {
        execute(
                connection,
                "household",
                BaselineRows.HOUSEHOLD_COLUMNS,
                BaselineRows.HOUSEHOLD_ARRAYS,
                List.of(household.household()));
        execute(connection, "person", BaselineRows.PERSON_COLUMNS, BaselineRows.PERSON_ARRAYS, household.persons());
        if (!household.documents().isEmpty()) {
            execute(connection, "identity_document", BaselineRows.DOCUMENT_COLUMNS, new int[0], household.documents());
        }
    }

    private static void execute(
            Connection connection, String table, String columns, int[] arrays, List<List<Object>> rows)
            throws SQLException {
        int width = rows.getFirst().size();
        String group = IntStream.range(0, width)
                .mapToObj(i -> Arrays.stream(arrays).anyMatch(a -> a == i) ? "?::text[]" : "?")
                .collect(Collectors.joining(", ", "(", ")"));
        String sql = "INSERT INTO " + table + " (" + columns + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows.size(), group));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (List<Object> row : rows) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private static String text(List<List<Object>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object value = row.get(i);
                if (value == null) {
                    text.append("\\N");
                } else {
                    String string = value.toString();
                    for (int c = 0; c < string.length(); c++) {
                        char ch = string.charAt(c);
                        switch (ch) {
                            case '\\' -> text.append("\\\\");
                            case '\t' -> text.append("\\t");
                            case '\n' -> text.append("\\n");
                            case '\r' -> text.append("\\r");
                            default -> text.append(ch);
                        }
                    }
                }
            }
            text.append('\n');
        }
        return text.toString();
    }
}
