package org.homeward.registry;

/**
 * Filters of the household list; each optional. {@code q} searches names in Arabic and Latin script, or a
 * household reference.
 */
public record HouseholdSearch(String status, String origin, String country, String site, String q) {}
