package org.homeward.sites;

import java.util.List;

/**
 * One site in full: its figures, every report, the population trend by month and where the people who left were
 * going.
 */
public record SiteProfile(
        SiteSummary site,
        List<PopulationSnapshot> snapshots,
        List<TrendPoint> trend,
        List<DepartureCount> departuresByGovernorate) {

    /**
     * The population at the end of a month: {@code reported} if a report fell in that month (the last one), and
     * {@code estimated} from the latest report before the month's end less the departures since.
     *
     * @param month {@code 2025-04}
     */
    public record TrendPoint(String month, Integer reported, Integer estimated, int departed) {}

    /** People who left the site for a governorate of destination. */
    public record DepartureCount(String adm1Pcode, String nameEn, String nameAr, int people) {}
}
