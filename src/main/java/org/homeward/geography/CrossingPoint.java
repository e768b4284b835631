package org.homeward.geography;

import java.util.Locale;

/**
 * A border crossing or airport through which refugees return.
 *
 * @param admin1Pcode the Syrian governorate it lies in
 * @param partnerCountryIso3 the country on the other side; null for an airport
 * @param partnerSideName the name of the post on the other side (Masnaa for Jdeidet Yabous)
 */
public record CrossingPoint(
        String code,
        String nameEn,
        String nameAr,
        Kind kind,
        String admin1Pcode,
        String partnerCountryIso3,
        String partnerSideName,
        Double latitude,
        Double longitude) {

    public enum Kind {
        LAND,
        AIR,
        SEA
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) && nameAr != null ? nameAr : nameEn;
    }
}
