package org.homeward.sites;

import java.time.LocalDate;

/**
 * A site with its figures: capacity, the latest reported population, people who left in return cases since, and
 * the resulting estimate (null without any report).
 */
public record SiteSummary(
        String code,
        String nameEn,
        String nameAr,
        String kind,
        String countryIso3,
        String admin1Pcode,
        Integer capacity,
        Integer reportedPopulation,
        LocalDate reportedOn,
        int departedSince,
        Integer estimatedPopulation,
        int departedTotal) {}
