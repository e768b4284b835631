package org.homeward.returns.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.geography.Area;
import org.homeward.geography.Country;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.springframework.stereotype.Component;

/** Turns the codes of a request into places the gazetteer knows, naming each unknown one as a field problem. */
@Component
class CodeResolver {

    private final Gazetteer gazetteer;

    CodeResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Area area(String field, String pcode, Problems problems, boolean required) {
        if (blank(pcode)) {
            if (required) {
                problems.add(field, "required", "a P-code");
            }
            return null;
        }
        return gazetteer.find(pcode.strip()).orElseGet(() -> {
            problems.add(field, "unknown", "no area with P-code " + pcode.strip());
            return null;
        });
    }

    CrossingPoint crossingPoint(String field, String code, Problems problems, boolean required) {
        if (blank(code)) {
            if (required) {
                problems.add(field, "required", "a crossing point code, e.g. XP-TUR-BHW");
            }
            return null;
        }
        return gazetteer.crossingPoint(code.strip()).orElseGet(() -> {
            problems.add(field, "unknown", "no crossing point " + code.strip());
            return null;
        });
    }

    Site site(String field, String code, Problems problems) {
        if (blank(code)) {
            return null;
        }
        return gazetteer.site(code.strip()).orElseGet(() -> {
            problems.add(field, "unknown", "no site " + code.strip());
            return null;
        });
    }

    /** The ISO alpha-3 code of a known country, or null (with a problem) for an unknown one. */
    String country(String field, String code, Problems problems) {
        if (blank(code)) {
            return null;
        }
        return gazetteer.country(code.strip()).map(Country::iso3).orElseGet(() -> {
            problems.add(field, "unknown", "no country " + code.strip().toUpperCase(Locale.ROOT));
            return null;
        });
    }

    CrossingPolicy crossingPolicy() {
        Set<String> neighbours = gazetteer.crossingPoints().stream()
                .map(CrossingPoint::partnerCountryIso3)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new CrossingPolicy(neighbours);
    }

    private static boolean blank(String code) {
        return code == null || code.isBlank();
    }
}
