package org.homeward.registry.internal;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes stored name keys ({@code person.name_keys}) made by an older version of the {@link NameKeys} rule,
 * once, at start-up, in the background: 2,000 persons per statement pair, only rows whose keys change are written.
 * Until it is done, a search may miss a person stored under an old key (never finds a wrong one: the other
 * conditions still hold). Safe to run on several nodes at once or to interrupt: it only ever writes the keys the
 * current rule gives, and records the version when it has walked the whole table.
 */
@Component
class NameKeyRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NameKeyRefresh.class);
    private static final int BATCH = 2_000;
    private static final String NAMES = "given_name_ar, father_name_ar, grandfather_name_ar, family_name_ar,"
            + " given_name_latin, father_name_latin, grandfather_name_latin, family_name_latin";

    private final JdbcTemplate jdbc;

    NameKeyRefresh(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer stored = jdbc.queryForObject("SELECT version FROM registry_name_keys WHERE id = 1", Integer.class);
        if (stored != null && stored >= NameKeys.VERSION) {
            return;
        }
        Thread.ofVirtual().name("name-key-refresh").start(this::refreshAll);
    }

    void refreshAll() {
        try {
            long changed = 0;
            UUID after = new UUID(0, 0); // the smallest in PostgreSQL's unsigned byte order
            List<Rekeyed> batch;
            do {
                batch = nextBatch(after);
                List<Object[]> updates = batch.stream()
                        .filter(Rekeyed::changed)
                        .map(row -> new Object[] {row.keys(), row.id()})
                        .toList();
                if (!updates.isEmpty()) {
                    jdbc.batchUpdate("UPDATE person SET name_keys = ?::text[] WHERE id = ?", updates);
                }
                changed += updates.size();
                if (!batch.isEmpty()) {
                    after = batch.getLast().id();
                }
            } while (batch.size() == BATCH);
            jdbc.update(
                    "UPDATE registry_name_keys SET version = ? WHERE id = 1 AND version < ?",
                    NameKeys.VERSION,
                    NameKeys.VERSION);
            log.info("Name keys recomputed for rule version {}: {} persons changed", NameKeys.VERSION, changed);
        } catch (RuntimeException e) {
            log.warn(
                    "Recomputing name keys stopped ({}); it resumes at the next start",
                    e.getClass().getSimpleName());
        }
    }

    private List<Rekeyed> nextBatch(UUID after) {
        return jdbc.query(
                "SELECT id, name_keys::text AS stored, " + NAMES + " FROM person WHERE id > ? ORDER BY id LIMIT ?",
                (ResultSet row, int n) -> {
                    List<String> names = new ArrayList<>();
                    for (String column : NAMES.split(",\\s*")) {
                        names.add(row.getString(column));
                    }
                    String keys = HouseholdStore.arrayLiteral(List.copyOf(NameKeys.keysOf(
                            names.stream().filter(Objects::nonNull).toList())));
                    return new Rekeyed(row.getObject("id", UUID.class), keys, !keys.equals(row.getString("stored")));
                },
                after,
                BATCH);
    }

    private record Rekeyed(UUID id, String keys, boolean changed) {}
}
