/**
 * Camps and collective centres: capacity, population reported over time, and the departures of return cases that
 * lower it. {@link org.homeward.sites.Sites} is the public API; the sites themselves come from the gazetteer.
 */
package org.homeward.sites;
