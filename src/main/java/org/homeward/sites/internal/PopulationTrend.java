package org.homeward.sites.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.homeward.sites.PopulationSnapshot;
import org.homeward.sites.SiteProfile.TrendPoint;

/**
 * A site's population month by month: the last report of each month, and an estimate at each month's end — the
 * latest report on or before it, less the people who left in return cases after that report.
 */
final class PopulationTrend {

    private PopulationTrend() {}

    static List<TrendPoint> of(
            List<PopulationSnapshot> reports, List<SiteStore.Departure> departures, LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        reports.forEach(report -> dates.add(report.date()));
        departures.forEach(departure -> dates.add(departure.date()));
        if (dates.isEmpty()) {
            return List.of();
        }
        YearMonth first =
                YearMonth.from(dates.stream().min(LocalDate::compareTo).orElseThrow());
        YearMonth last = YearMonth.from(today);
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            points.add(point(month, reports, departures));
        }
        return points;
    }

    private static TrendPoint point(YearMonth month, List<PopulationSnapshot> reports, List<SiteStore.Departure> out) {
        LocalDate end = month.atEndOfMonth();
        Integer reported = null;
        PopulationSnapshot base = null;
        for (PopulationSnapshot report : reports) {
            if (!report.date().isAfter(end)) {
                base = report;
                if (YearMonth.from(report.date()).equals(month)) {
                    reported = report.population();
                }
            }
        }
        int departed = 0;
        int sinceBase = 0;
        for (SiteStore.Departure departure : out) {
            if (YearMonth.from(departure.date()).equals(month)) {
                departed += departure.people();
            }
            if (base != null
                    && departure.date().isAfter(base.date())
                    && !departure.date().isAfter(end)) {
                sinceBase += departure.people();
            }
        }
        Integer estimated = base == null ? null : Math.max(0, base.population() - sinceBase);
        return new TrendPoint(month.toString(), reported, estimated, departed);
    }
}
