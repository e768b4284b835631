package org.homeward.geography;

import java.util.Locale;

/**
 * A camp or collective centre, in Syria or a neighbouring country. Capacity and population are filled in
 * later by the sites module; the shipped reference data leaves them null.
 *
 * @param admin1Pcode the Syrian governorate, or null for a site abroad
 * @param source where the site's identity comes from (a UNHCR location code, or a note when approximate)
 */
public record Site(
        String code,
        String nameEn,
        String nameAr,
        Kind kind,
        String countryIso3,
        String admin1Pcode,
        Double latitude,
        Double longitude,
        String source,
        Integer capacity,
        Integer population) {

    public enum Kind {
        CAMP,
        COLLECTIVE_CENTRE,
        INFORMAL_SETTLEMENT,
        TRANSIT_CENTRE
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) && nameAr != null ? nameAr : nameEn;
    }
}
