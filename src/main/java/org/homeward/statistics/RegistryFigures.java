package org.homeward.statistics;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * What Homeward's own records count for an indicator, so that reported figures can be compared with it. The
 * counting of returns arrives with the returns module: until a bean of this type exists, reconciliation uses
 * {@link #none()} and reports no {@code REGISTRY_DIFFERS} findings. At most one bean may exist.
 */
@FunctionalInterface
public interface RegistryFigures {

    /**
     * The count for an indicator code (e.g. {@code returnees_total}) over a period (both days included) and an
     * area (P-code or ISO3 country code); empty when the records cannot count it.
     */
    OptionalLong count(String indicator, LocalDate from, LocalDate to, String area);

    /** Counts nothing: the records do not yet hold what reported figures count. */
    static RegistryFigures none() {
        return (indicator, from, to, area) -> OptionalLong.empty();
    }
}
