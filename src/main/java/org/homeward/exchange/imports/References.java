package org.homeward.exchange.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.geography.Area;
import org.homeward.geography.AreaSearch;
import org.homeward.geography.Country;
import org.homeward.geography.Gazetteer;
import org.homeward.shared.PageRequest;

/**
 * Resolves what files write for places into codes: P-codes as they are, area names in Arabic or Latin script and
 * common spellings (the gazetteer's search), countries by ISO code or English or Arabic name, sites and crossing
 * points by code. One instance serves one job and remembers its answers: a file repeats the same few places.
 */
final class References {

    private static final int CACHE_LIMIT = 100_000;

    /** A resolved code, or why there is none (with the candidates of an ambiguous name). */
    record Resolved(String code, ImportCode problem, String expected) {

        static Resolved of(String code) {
            return new Resolved(code, null, null);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private final Gazetteer gazetteer;
    private final Map<String, Resolved> areas = new HashMap<>();
    private final Map<String, Resolved> countries = new HashMap<>();
    private Map<String, String> countryNames;

    References(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Resolved area(String text) {
        return remembered(areas, text, this::findArea);
    }

    Resolved country(String text) {
        return remembered(countries, text, this::findCountry);
    }

    Resolved site(String text) {
        return gazetteer
                .site(text)
                .or(() -> gazetteer.site(text.toUpperCase(Locale.ROOT)))
                .map(site -> Resolved.of(site.code()))
                .orElse(new Resolved(null, ImportCode.UNKNOWN_SITE, "a site or camp code of the gazetteer"));
    }

    Resolved crossingPoint(String text) {
        return gazetteer
                .crossingPoint(text)
                .map(point -> Resolved.of(point.code()))
                .orElse(new Resolved(null, ImportCode.UNKNOWN_SITE, "a crossing point code of the gazetteer"));
    }

    private Resolved findArea(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (gazetteer.exists(upper)) {
            return Resolved.of(upper);
        }
        List<Area> found =
                gazetteer.search(AreaSearch.text(text), PageRequest.of(0, 20)).items();
        if (found.isEmpty()) {
            return new Resolved(null, ImportCode.UNKNOWN_AREA, "a P-code or an area name of the current gazetteer");
        }
        if (found.size() == 1) {
            return Resolved.of(found.getFirst().pcode());
        }
        String wanted = HeaderNames.normalise(text);
        List<Area> exact = found.stream()
                .filter(area -> HeaderNames.normalise(area.nameEn()).equals(wanted)
                        || (area.nameAr() != null
                                && HeaderNames.normalise(area.nameAr()).equals(wanted)))
                .toList();
        List<Area> candidates = exact.isEmpty() ? found : exact;
        int top = candidates.stream().mapToInt(Area::level).min().orElseThrow();
        List<Area> highest =
                candidates.stream().filter(area -> area.level() == top).toList();
        if (highest.size() == 1 && !exact.isEmpty()) {
            return Resolved.of(highest.getFirst().pcode());
        }
        String some = candidates.stream()
                .limit(4)
                .map(Area::pcode)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return new Resolved(null, ImportCode.AMBIGUOUS_AREA, "a P-code, such as one of " + some);
    }

    private Resolved findCountry(String text) {
        Optional<Country> byCode = gazetteer.country(text);
        if (byCode.isPresent()) {
            return Resolved.of(byCode.get().iso3());
        }
        String code = countryNames().get(HeaderNames.normalise(text));
        return code != null
                ? Resolved.of(code)
                : new Resolved(null, ImportCode.UNKNOWN_COUNTRY, "an ISO 3166-1 code or a country name");
    }

    private Map<String, String> countryNames() {
        if (countryNames == null) {
            countryNames = new HashMap<>();
            for (Country country : gazetteer.countries()) {
                countryNames.put(HeaderNames.normalise(country.nameEn()), country.iso3());
                if (country.nameAr() != null) {
                    countryNames.put(HeaderNames.normalise(country.nameAr()), country.iso3());
                }
            }
        }
        return countryNames;
    }

    private static Resolved remembered(
            Map<String, Resolved> cache, String text, java.util.function.Function<String, Resolved> finder) {
        Resolved known = cache.get(text);
        if (known != null) {
            return known;
        }
        Resolved found = finder.apply(text);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(text, found);
        }
        return found;
    }
}
