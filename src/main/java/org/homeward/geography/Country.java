package org.homeward.geography;

import java.util.Locale;

/** A country or territory with an ISO 3166-1 code. Identified on the wire by {@code iso3}. */
public record Country(
        String iso3, String iso2, Integer m49, String nameEn, String nameAr, Double latitude, Double longitude) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) && nameAr != null ? nameAr : nameEn;
    }
}
