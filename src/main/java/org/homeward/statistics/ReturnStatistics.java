package org.homeward.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Returns counted by the one rule of DESIGN.md: a return is one person-arrival, counted on its arrival date;
 * refugee returns crossed an international border inbound, IDP returns came from displacement inside the country.
 * Answers come from roll-ups kept in step with the movements in the same transaction (see V61); {@link
 * #recompute()} rebuilds them from the movements and reports any difference.
 */
public interface ReturnStatistics {

    /** The default start of "returns since": 1 January 2018. */
    LocalDate SINCE = LocalDate.of(2018, 1, 1);

    /**
     * Returns broken down and filtered as asked. Throws {@code InvalidParameterException} naming the parameter
     * for from after to, an unknown area, country, crossing point or value.
     */
    ReturnBreakdown breakdown(ReturnQuery query);

    /** The headline figures for arrivals between {@code from} (default {@link #SINCE}) and {@code to} (today). */
    Headline headline(LocalDate from, LocalDate to);

    /**
     * Rebuilds the roll-ups from return_movement, then the registry's population roll-up from its households, and
     * reports what differed. Blocks new movements meanwhile (and household writes during the registry's part).
     */
    RecomputeReport recompute();

    /** Each figure and dimension by name, with its definition in English. */
    Map<String, String> definitions();
}
