package org.homeward.statistics.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * How a period is counted: whole months from the roll-ups, and the days of a month it covers only in part from the
 * movements. No arrival is recorded after today (the workflow refuses future dates), so a period that ends today or
 * later counts the current month as whole: "returns since 2018" is read from roll-ups alone.
 *
 * @param firstMonth first day of the first whole month, null when there is none
 * @param lastMonth first day of the last whole month
 * @param days spans of single days (both ends included) to count from the movements
 */
record PeriodPlan(LocalDate firstMonth, LocalDate lastMonth, List<Span> days) {

    record Span(LocalDate from, LocalDate to) {}

    static PeriodPlan of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to;
        LocalDate endOfThisMonth = today.with(TemporalAdjusters.lastDayOfMonth());
        if (!to.isBefore(today) && to.isBefore(endOfThisMonth)) {
            end = endOfThisMonth;
        }
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastWholeEnd = end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))
                ? end
                : end.withDayOfMonth(1).minusDays(1);
        List<Span> days = new ArrayList<>();
        if (firstWhole.isAfter(lastWholeEnd)) {
            days.add(new Span(from, end));
            return new PeriodPlan(null, null, days);
        }
        if (from.isBefore(firstWhole)) {
            days.add(new Span(from, firstWhole.minusDays(1)));
        }
        if (lastWholeEnd.isBefore(end)) {
            days.add(new Span(lastWholeEnd.plusDays(1), end));
        }
        return new PeriodPlan(firstWhole, lastWholeEnd.withDayOfMonth(1), days);
    }
}
