package org.homeward.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a reported figure counts. A small, fixed vocabulary: a figure for an indicator Homeward does not know
 * cannot be compared with anything, so it is refused rather than stored.
 *
 * <p>{@link Measure#CUMULATIVE} figures count everything since the period's start ("2.35 million since 2018"),
 * so a later figure with the same start must not be smaller; {@link Measure#FLOW} figures count what happened
 * within the period (UNHCR's returns in a year); {@link Measure#STOCK} figures count people at the period's end.
 */
public enum Indicator {
    RETURNEES_TOTAL(
            "returnees_total",
            Measure.CUMULATIVE,
            "People who returned since the start of the period: refugees from abroad and internally displaced"
                    + " people together"),
    RETURNEES_IDP(
            "returnees_idp",
            Measure.CUMULATIVE,
            "Internally displaced people who returned to their place of origin since the start of the period"),
    RETURNEES_REFUGEE(
            "returnees_refugee", Measure.CUMULATIVE, "Refugees who returned from abroad since the start of the period"),
    REFUGEES_ABROAD("refugees_abroad", Measure.STOCK, "Refugees from the area living abroad at the end of the period"),
    IDPS("idps", Measure.STOCK, "Internally displaced people at the end of the period"),
    RETURNED_REFUGEES(
            "returned_refugees",
            Measure.FLOW,
            "Refugees who returned to their country of origin during the period (UNHCR definition)"),
    RETURNED_IDPS(
            "returned_idps",
            Measure.FLOW,
            "Internally displaced people who returned to their place of origin during the period (UNHCR definition)");

    /** How a figure relates to its period. */
    public enum Measure {
        CUMULATIVE,
        FLOW,
        STOCK
    }

    /** A declared part-of relation: the parts of a total, for the same source, period and area, sum to it. */
    public record Composition(Indicator total, List<Indicator> parts) {}

    private static final List<Composition> COMPOSITIONS =
            List.of(new Composition(RETURNEES_TOTAL, List.of(RETURNEES_IDP, RETURNEES_REFUGEE)));

    private final String code;
    private final Measure measure;
    private final String definition;

    Indicator(String code, Measure measure, String definition) {
        this.code = code;
        this.measure = measure;
        this.definition = definition;
    }

    /** The indicator as the API, CSV files and the database name it: {@code returnees_total}. */
    @JsonValue
    public String code() {
        return code;
    }

    public Measure measure() {
        return measure;
    }

    public boolean cumulative() {
        return measure == Measure.CUMULATIVE;
    }

    /** The definition in English; the UI shows the translated one from the statistics bundle. */
    public String definition() {
        return definition;
    }

    /** True for what Homeward's own records count once returns are recorded (see {@link RegistryFigures}). */
    public boolean countedByRegistry() {
        return this == RETURNEES_TOTAL || this == RETURNEES_IDP || this == RETURNEES_REFUGEE;
    }

    public static List<Composition> compositions() {
        return COMPOSITIONS;
    }

    /** The indicator with this code, in any letter case; empty for anything else, including null. */
    public static Optional<Indicator> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(indicator -> indicator.code.equals(wanted))
                .findFirst();
    }

    /** All codes, for error messages. */
    public static String codes() {
        return Arrays.stream(values()).map(Indicator::code).collect(Collectors.joining(", "));
    }
}
