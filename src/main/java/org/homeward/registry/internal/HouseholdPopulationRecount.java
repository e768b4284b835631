package org.homeward.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.registry.DisplacedPopulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the population roll-up (V62) from the households and reports each cell and measure that differed. Locks
 * household against writes (SHARE) and the roll-up against folding, so nothing slips between counting and
 * comparing; household writes wait for it. Both sides are a few hundred cells, so it compares by a full join.
 */
@Component
class HouseholdPopulationRecount {

    static final String TABLE = "household_population";
    private static final String KEY = "displacement_status, origin_adm1, current_country";
    private static final int EXAMPLES = 10;
    private static final Logger log = LoggerFactory.getLogger(HouseholdPopulationRecount.class);

    private final JdbcClient jdbc;

    HouseholdPopulationRecount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    DisplacedPopulation.Recount run() {
        jdbc.sql("LOCK TABLE household IN SHARE MODE").update();
        HouseholdPopulationCompaction.lock(jdbc);
        // household counted once: compared with the roll-up, then put in its place
        jdbc.sql("CREATE TEMP TABLE household_population_recounted ON COMMIT DROP AS"
                        + " SELECT displacement_status, COALESCE(origin_areas[1], '') AS origin_adm1,"
                        + " current_country::text AS current_country, count(*) AS households,"
                        + " sum(member_count) AS people FROM household WHERE deleted_at IS NULL GROUP BY 1, 2, 3")
                .update();
        jdbc.sql("CREATE TEMP TABLE household_population_difference ON COMMIT DROP AS"
                        + " WITH stored AS (SELECT " + KEY + ", sum(households) AS households, sum(people) AS people"
                        + "   FROM household_population GROUP BY " + KEY + " HAVING sum(households) <> 0"
                        + "   OR sum(people) <> 0)"
                        + " SELECT " + KEY + ", m.measure, m.stored, m.recounted"
                        + "   FROM stored AS s FULL JOIN household_population_recounted AS r USING (" + KEY + "),"
                        + "   LATERAL (VALUES ('households', s.households, r.households),"
                        + "                   ('people', s.people, r.people)) AS m (measure, stored, recounted)"
                        + "  WHERE m.stored IS DISTINCT FROM m.recounted")
                .update();
        long[] counts = jdbc.sql("SELECT count(DISTINCT (" + KEY + ")) FILTER (WHERE stored IS NULL),"
                        + " count(DISTINCT (" + KEY + ")) FILTER (WHERE recounted IS NULL),"
                        + " count(*) FILTER (WHERE stored IS NOT NULL AND recounted IS NOT NULL)"
                        + " FROM household_population_difference")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        List<DisplacedPopulation.Difference> examples = jdbc.sql("SELECT * FROM household_population_difference"
                        + " ORDER BY " + KEY + ", measure LIMIT " + EXAMPLES)
                .query((rs, row) -> {
                    Map<String, String> cell = new LinkedHashMap<>();
                    for (String column : List.of("displacement_status", "origin_adm1", "current_country", "measure")) {
                        cell.put(column, rs.getString(column));
                    }
                    return new DisplacedPopulation.Difference(cell, rs.getLong("stored"), rs.getLong("recounted"));
                })
                .list();
        // folded into one row per cell either way: what the fold would do, and a repair when something differed
        jdbc.sql("DELETE FROM household_population").update();
        long cells = jdbc.sql("INSERT INTO household_population (" + KEY + ", households, people)" + " SELECT " + KEY
                        + ", households, people FROM household_population_recounted")
                .update();
        if (!examples.isEmpty()) {
            log.warn("Recount found the registry's population roll-up different from the households; replaced");
        }
        return new DisplacedPopulation.Recount(TABLE, cells, counts[0], counts[1], counts[2], examples);
    }
}
