package org.homeward.sites;

import java.time.LocalDate;

/** A population reported for a site on a date by a source. */
public record PopulationSnapshot(LocalDate date, int population, String source, String recordedBy) {}
