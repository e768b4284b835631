package org.homeward.statistics.internal;

/**
 * The recompute's SQL, public so that the statistics benchmark runs exactly the GROUP BY the recompute runs (and
 * DuckDB the same in its dialect).
 */
public final class RecomputeSql {

    /**
     * The counting rule as one GROUP BY: a cell per combination of values, one return per arrival row. The same
     * expressions as the triggers' return_rollup_keys() (V61) and as the cell hash of return_movement (V64).
     */
    public static final String FINE_FROM_MOVEMENTS = fineFromMovements("");

    private RecomputeSql() {}

    /** {@link #FINE_FROM_MOVEMENTS} with a further condition on the arrivals ({@code ""} for none). */
    static String fineFromMovements(String andCondition) {
        return """
                SELECT date_trunc('month', movement_date::timestamp)::date AS month, displacement_type AS type,
                       COALESCE(destination_adm1, '') AS adm1, COALESCE(destination_adm2, '') AS adm2,
                       COALESCE(destination_adm3, '') AS adm3, COALESCE(from_adm1, '') AS from_adm1,
                       COALESCE(from_country, '') AS country, COALESCE(crossing_point, '') AS crossing,
                       COALESCE(sex, '') AS sex, age_group, needs, count(*) AS returns
                  FROM return_movement
                 WHERE kind = 'ARRIVED'%s
                 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
                """.formatted(andCondition);
    }
}
