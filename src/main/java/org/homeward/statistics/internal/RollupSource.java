package org.homeward.statistics.internal;

import static org.homeward.statistics.ReturnDimension.ADM1;
import static org.homeward.statistics.ReturnDimension.ADM2;
import static org.homeward.statistics.ReturnDimension.AGE_GROUP;
import static org.homeward.statistics.ReturnDimension.COUNTRY;
import static org.homeward.statistics.ReturnDimension.CROSSING;
import static org.homeward.statistics.ReturnDimension.MONTH;
import static org.homeward.statistics.ReturnDimension.NEED;
import static org.homeward.statistics.ReturnDimension.QUARTER;
import static org.homeward.statistics.ReturnDimension.SEX;
import static org.homeward.statistics.ReturnDimension.TYPE;
import static org.homeward.statistics.ReturnDimension.YEAR;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.homeward.statistics.ReturnDimension;

/**
 * Where counts are read from: the four roll-ups of V61 and the need roll-up of V63 (whole months only), smallest first, and the movements
 * themselves (for the days of a month a period covers only in part). Each says how to compute a dimension's value
 * as the answer shows it, '' standing for unknown.
 */
enum RollupSource {
    GOVERNORATES("return_rollup_adm1", EnumSet.of(MONTH, QUARTER, YEAR, TYPE, ADM1, SEX, AGE_GROUP)),
    ORIGINS("return_rollup_origin", EnumSet.of(MONTH, QUARTER, YEAR, TYPE, COUNTRY, CROSSING, SEX, AGE_GROUP)),
    DISTRICTS("return_rollup_area", EnumSet.of(MONTH, QUARTER, YEAR, TYPE, ADM1, ADM2, SEX, AGE_GROUP)),
    NEEDS("return_rollup_need", EnumSet.of(MONTH, QUARTER, YEAR, TYPE, ADM1, SEX, AGE_GROUP, NEED)),
    FINE("return_rollup", EnumSet.allOf(ReturnDimension.class)),
    MOVEMENTS("return_movement", EnumSet.allOf(ReturnDimension.class));

    private final String table;
    private final Set<ReturnDimension> dimensions;

    RollupSource(String table, Set<ReturnDimension> dimensions) {
        this.table = table;
        this.dimensions = dimensions;
    }

    String table() {
        return table;
    }

    /** The smallest roll-up that has all these dimensions. */
    static RollupSource smallestFor(Collection<ReturnDimension> used) {
        for (RollupSource source : values()) {
            if (source.dimensions.containsAll(used)) {
                return source;
            }
        }
        throw new IllegalStateException("no roll-up has " + used);
    }

    boolean isRollup() {
        return this != MOVEMENTS;
    }

    /** The count of a group: a sum of cells, or a count of arrival rows. */
    String count() {
        return isRollup() ? "sum(src.returns)" : "count(*)";
    }

    /** The first day of the arrival's month, or for movements the arrival date. */
    String date() {
        return isRollup() ? "src.month" : "src.movement_date";
    }

    String needs() {
        return "src.needs";
    }

    /** Rows of this source that are arrivals at all. */
    String arrivalsOnly() {
        return isRollup() ? "TRUE" : "src.kind = 'ARRIVED'";
    }

    /**
     * The SQL of a dimension's value, as the API shows it ('' when unknown; need values come from a join), except
     * periods: their first day, grouped as a date and written as the API shows it by {@link #period}.
     */
    String value(ReturnDimension dimension) {
        return switch (dimension) {
            case MONTH -> isRollup() ? "src.month" : "date_trunc('month', src.movement_date::timestamp)::date";
            case QUARTER -> "date_trunc('quarter', " + date() + "::timestamp)::date";
            case YEAR -> "date_trunc('year', " + date() + "::timestamp)::date";
            case NEED -> "nd.code";
            case TYPE -> isRollup() ? "src.type" : "src.displacement_type";
            case AGE_GROUP -> "src.age_group";
            default ->
                isRollup() ? "src." + rollupColumn(dimension) : "COALESCE(src." + movementColumn(dimension) + ", '')";
        };
    }

    private static String rollupColumn(ReturnDimension dimension) {
        return switch (dimension) {
            case FROM_ADM1 -> "from_adm1";
            default -> dimension.code();
        };
    }

    private static String movementColumn(ReturnDimension dimension) {
        return switch (dimension) {
            case ADM1 -> "destination_adm1";
            case ADM2 -> "destination_adm2";
            case ADM3 -> "destination_adm3";
            case FROM_ADM1 -> "from_adm1";
            case COUNTRY -> "from_country";
            case CROSSING -> "crossing_point";
            case SEX -> "sex";
            default -> throw new IllegalArgumentException(dimension.code());
        };
    }

    /** A period's first day as the API writes it: 2025-04, 2025-Q2, 2025. */
    static String period(ReturnDimension dimension, java.time.LocalDate first) {
        return switch (dimension) {
            case MONTH -> first.toString().substring(0, 7);
            case QUARTER -> first.getYear() + "-Q" + (1 + (first.getMonthValue() - 1) / 3);
            case YEAR -> Integer.toString(first.getYear());
            default -> throw new IllegalArgumentException(dimension.code());
        };
    }

    /** Joins each row to one row per need it has, or to NONE. */
    String needJoin() {
        return """
                CROSS JOIN LATERAL (
                    SELECT n.code FROM unnest(return_need_codes()) WITH ORDINALITY AS n(code, i)
                     WHERE (%1$s & (1 << (n.i::int - 1))) <> 0
                    UNION ALL
                    SELECT 'NONE' WHERE %1$s = 0) AS nd
                """.formatted(needs());
    }
}
