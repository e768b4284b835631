package org.homeward.sites.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.sites.PopulationSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Capacities, population reports and departures of sites. */
@Repository
class SiteStore {

    record Departure(LocalDate date, int people, String destinationAdm1) {}

    private final JdbcClient jdbc;

    SiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Integer> capacities() {
        return jdbc
                .sql("SELECT site_code, capacity FROM site_capacity")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void setCapacity(String site, int capacity, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO site_capacity (site_code, capacity, updated_at, updated_by)
                        VALUES (:site, :capacity, :at, :actor)
                        ON CONFLICT (site_code) DO UPDATE SET capacity = :capacity, updated_at = :at, updated_by = :actor
                        """)
                .param("site", site)
                .param("capacity", capacity)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    /** Records a report; the same site, date and source again replaces the figure (a correction). */
    long saveSnapshot(
            String site, LocalDate date, int population, Integer households, String source, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO site_population_snapshot (site_code, snapshot_date, population, households, source,
                            recorded_at, recorded_by)
                        VALUES (:site, :date, :population, :households, :source, :at, :actor)
                        ON CONFLICT (site_code, snapshot_date, source) DO UPDATE
                            SET population = :population, households = :households, recorded_at = :at,
                                recorded_by = :actor
                        RETURNING id
                        """)
                .param("site", site)
                .param("date", Date.valueOf(date))
                .param("population", population)
                .param("households", households, java.sql.Types.INTEGER)
                .param("source", source)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    /**
     * Records an imported report. The report an earlier import of the same record made is removed first when its
     * site, date or source changed, so that a corrected row moves its report rather than adding a second one.
     */
    long saveImportedSnapshot(
            Long replacing,
            String site,
            LocalDate date,
            int population,
            Integer households,
            String source,
            String actor,
            Instant at) {
        if (replacing != null) {
            jdbc.sql("""
                            DELETE FROM site_population_snapshot
                            WHERE id = :id AND (site_code, snapshot_date, source) <> (:site, :date, :source)
                            """)
                    .param("id", replacing)
                    .param("site", site)
                    .param("date", Date.valueOf(date))
                    .param("source", source)
                    .update();
        }
        return saveSnapshot(site, date, population, households, source, actor, at);
    }

    /** Reports, oldest first (on one date, by source). */
    List<PopulationSnapshot> snapshots(String site) {
        return jdbc.sql("""
                        SELECT snapshot_date, population, source, recorded_by FROM site_population_snapshot
                        WHERE site_code = :site ORDER BY snapshot_date, source
                        """)
                .param("site", site)
                .query((rs, row) -> new PopulationSnapshot(
                        rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The latest report of every site. */
    Map<String, PopulationSnapshot> latestSnapshots() {
        return jdbc
                .sql("""
                        SELECT DISTINCT ON (site_code) site_code, snapshot_date, population, source, recorded_by
                        FROM site_population_snapshot ORDER BY site_code, snapshot_date DESC, recorded_at DESC
                        """)
                .query((rs, row) -> Map.entry(
                        rs.getString(1),
                        new PopulationSnapshot(
                                rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getString(4), rs.getString(5))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void recordDeparture(
            String site, UUID caseId, LocalDate date, int people, String destination, String adm1, Instant at) {
        jdbc.sql("""
                        INSERT INTO site_departure (site_code, case_id, departed_on, people, destination_pcode,
                            destination_adm1, recorded_at)
                        VALUES (:site, :case, :date, :people, :destination, :adm1, :at)
                        """)
                .param("site", site)
                .param("case", caseId)
                .param("date", Date.valueOf(date))
                .param("people", people)
                .param("destination", destination)
                .param("adm1", adm1)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Departure> departures(String site) {
        return jdbc.sql("""
                        SELECT departed_on, people, destination_adm1 FROM site_departure WHERE site_code = :site
                        ORDER BY departed_on
                        """)
                .param("site", site)
                .query((rs, row) -> new Departure(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3)))
                .list();
    }

    /** People who left each site after a date (per site), and in all. */
    Map<String, int[]> departedTotals(Map<String, PopulationSnapshot> since) {
        Map<String, int[]> totals = new java.util.HashMap<>();
        jdbc.sql("SELECT site_code, departed_on, people FROM site_departure").query(rs -> {
            String site = rs.getString(1);
            LocalDate date = rs.getDate(2).toLocalDate();
            int people = rs.getInt(3);
            int[] counts = totals.computeIfAbsent(site, key -> new int[2]);
            counts[1] += people;
            PopulationSnapshot report = since.get(site);
            if (report == null || date.isAfter(report.date())) {
                counts[0] += people;
            }
        });
        return totals;
    }
}
