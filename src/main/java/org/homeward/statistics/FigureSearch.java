package org.homeward.statistics;

import java.time.LocalDate;

/**
 * Which figures to list; every part is optional.
 *
 * @param area figures for exactly this area (a P-code or country code, as stored)
 * @param from figures whose period ends on or after this day
 * @param to figures whose period starts on or before this day
 */
public record FigureSearch(String indicator, String area, LocalDate from, LocalDate to) {

    public static FigureSearch all() {
        return new FigureSearch(null, null, null, null);
    }
}
