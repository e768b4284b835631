package org.homeward.sites;

import java.time.LocalDate;
import java.util.List;

/**
 * Populations of camps and collective centres. The population between two reports is estimated as the last
 * reported population less the people who left in return cases since that report (arrivals into sites are not
 * tracked here; the next report corrects the estimate). Everyone signed in reads these aggregate figures; only
 * coordinators record reports and capacities.
 */
public interface Sites {

    List<SiteSummary> sites();

    SiteProfile profile(String code);

    PopulationSnapshot recordSnapshot(String code, NewSnapshot snapshot);

    SiteSummary setCapacity(String code, Integer capacity);

    record NewSnapshot(LocalDate date, Integer population, String source) {}
}
