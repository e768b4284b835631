/**
 * Geography: the gazetteer of Syria (administrative levels 1-4 with P-codes, English and Arabic names, in
 * versioned editions), countries (ISO 3166), border crossing points, camps and other sites, and boundaries as
 * GeoJSON. Other modules use {@link org.homeward.geography.Gazetteer} and the records beside it.
 */
package org.homeward.geography;
