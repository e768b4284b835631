package org.homeward.returns.web;

import java.util.Locale;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.springframework.stereotype.Component;

/** Names of the places a page shows, in the reader's language, for codes of any kind; the code if unknown. */
@Component
class Places {

    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** "Sarmada (C4121)", "Bab al-Hawa", "Rukban camp", "Türkiye": whatever the code names. */
    String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return gazetteer
                .find(code)
                .map(area -> area.name(locale) + " (" + area.pcode() + ")")
                .or(() -> gazetteer.crossingPoint(code).map(point -> point.name(locale)))
                .or(() -> gazetteer.site(code).map(site -> site.name(locale)))
                .or(() -> gazetteer.country(code).map(country -> country.name(locale)))
                .orElse(code);
    }

    /** The governorate of an area, for the case list. */
    String governorate(String pcode, Locale locale) {
        return gazetteer
                .find(pcode)
                .flatMap(area -> gazetteer.find(area.adm1Pcode()))
                .map(area -> area.name(locale))
                .orElse("");
    }

    java.util.List<Option> crossingsFrom(String country, Locale locale) {
        boolean neighbour = gazetteer.crossingPoints().stream()
                .anyMatch(point -> country != null && country.equals(point.partnerCountryIso3()));
        return gazetteer.crossingPoints().stream()
                .filter(point -> !neighbour
                        || point.kind() == CrossingPoint.Kind.AIR
                        || country.equals(point.partnerCountryIso3()))
                .map(point -> new Option(point.code(), point.name(locale)))
                .toList();
    }

    java.util.List<Option> sitesIn(String country, Locale locale) {
        return gazetteer.sites().stream()
                .filter(site -> country == null || country.equals(site.countryIso3()))
                .map((Site site) -> new Option(site.code(), site.name(locale)))
                .toList();
    }

    boolean isCommunity(String pcode) {
        return gazetteer.find(pcode).map(area -> area.level() == Area.COMMUNITY).orElse(false);
    }

    /** A choice in a select: value and label. */
    record Option(String value, String label) {}
}
