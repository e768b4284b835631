package org.homeward.statistics.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.geography.Area;
import org.homeward.geography.Country;
import org.homeward.geography.Gazetteer;
import org.springframework.stereotype.Component;

/**
 * Turns what a source wrote for "where" into the code Homeward stores: a P-code of the current gazetteer
 * ({@code SY07}), or an ISO 3166-1 alpha-3 country code ({@code SYR}) from an alpha-2 or alpha-3 code, an
 * English country name or a short name in common use ("Syria"). Governorates may also be named in English or
 * Arabic; smaller areas only by P-code, because their names repeat.
 */
@Component
class AreaCodes {

    /** Short names sources use that are not the gazetteer's English name. */
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "syria", "SYR",
            "turkey", "TUR",
            "lebanon", "LBN",
            "jordan", "JOR",
            "iraq", "IRQ",
            "egypt", "EGY");

    private final Gazetteer gazetteer;

    AreaCodes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        String upper = wanted.toUpperCase(Locale.ROOT);
        if (upper.length() > 3 && gazetteer.exists(upper)) {
            return Optional.of(upper);
        }
        if (upper.length() <= 3) {
            Optional<Country> country = gazetteer.country(upper);
            if (country.isPresent()) {
                return Optional.of(country.get().iso3());
            }
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        if (SHORT_NAMES.containsKey(lower)) {
            return Optional.of(SHORT_NAMES.get(lower));
        }
        for (Area governorate : gazetteer.governorates()) {
            if (governorate.nameEn().equalsIgnoreCase(wanted) || wanted.equals(governorate.nameAr())) {
                return Optional.of(governorate.pcode());
            }
        }
        return gazetteer.countries().stream()
                .filter(country -> country.nameEn().equalsIgnoreCase(wanted) || wanted.equals(country.nameAr()))
                .map(Country::iso3)
                .findFirst();
    }

    /** The English name to show for a stored code, or the code itself. */
    String nameEn(String code) {
        if (code.length() == 3) {
            return gazetteer.country(code).map(Country::nameEn).orElse(code);
        }
        return gazetteer.find(code).map(Area::nameEn).orElse(code);
    }

    /** The name in the reader's language for a stored code, or the code itself. */
    String name(String code, Locale locale) {
        if (code.length() == 3) {
            return gazetteer.country(code).map(country -> country.name(locale)).orElse(code);
        }
        return gazetteer.find(code).map(area -> area.name(locale)).orElse(code);
    }
}
