package org.homeward.registry.web;

import com.ibm.icu.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeward.geography.Area;
import org.homeward.geography.AreaSearch;
import org.homeward.geography.Country;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Names of places in the reader's language, and the option lists of the registry's selects. Codes the
 * gazetteer does not know are shown as they are, so that a record never hides where it points.
 */
@Component
class PlaceLabels {

    /** The countries most households live in or come from, offered before the long alphabetical list. */
    static final List<String> MAIN_COUNTRIES = List.of("SYR", "TUR", "LBN", "JOR", "IRQ", "EGY", "DEU");

    static final int PLACE_SUGGESTIONS = 20;

    private final Gazetteer gazetteer;

    PlaceLabels(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A value and what a select or a datalist shows for it. */
    record Option(String value, String label) {}

    record CountryOptions(List<Option> main, List<Option> others) {}

    /** An area's name, with the governorate it lies in when it is below one: "Sarmada (Idleb)". */
    String area(String pcode, Locale locale) {
        if (pcode == null) {
            return null;
        }
        return gazetteer.find(pcode).map(area -> withGovernorate(area, locale)).orElse(pcode);
    }

    String country(String iso3, Locale locale) {
        if (iso3 == null) {
            return null;
        }
        return gazetteer.country(iso3).map(country -> country.name(locale)).orElse(iso3);
    }

    String site(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return gazetteer.site(code).map(site -> site.name(locale)).orElse(code);
    }

    /** True for a P-code or site the gazetteer knows: the form then shows its name beside the code. */
    Optional<String> knownArea(String pcode, Locale locale) {
        return pcode == null || pcode.isBlank()
                ? Optional.empty()
                : gazetteer.find(pcode.strip()).map(area -> withGovernorate(area, locale));
    }

    List<Option> governorates(Locale locale) {
        return gazetteer.governorates().stream()
                .map(area -> new Option(area.pcode(), area.name(locale)))
                .sorted(byLabel(locale))
                .toList();
    }

    CountryOptions countries(Locale locale) {
        List<Option> main = MAIN_COUNTRIES.stream()
                .flatMap(code -> gazetteer.country(code).stream())
                .map(country -> option(country, locale))
                .toList();
        List<Option> others = gazetteer.countries().stream()
                .filter(country -> !MAIN_COUNTRIES.contains(country.iso3()))
                .map(country -> option(country, locale))
                .sorted(byLabel(locale))
                .toList();
        return new CountryOptions(main, others);
    }

    /** Every country, main ones first, for a datalist (typing a name or a code finds it). */
    List<Option> allCountries(Locale locale) {
        CountryOptions countries = countries(locale);
        return Stream.concat(countries.main().stream(), countries.others().stream())
                .toList();
    }

    List<Option> sites(Locale locale) {
        return gazetteer.sites().stream()
                .map(site -> new Option(site.code(), siteLabel(site, locale)))
                .sorted(byLabel(locale))
                .toList();
    }

    /** Areas whose name or P-code matches what a caseworker typed, for the P-code inputs' suggestions. */
    List<Option> suggestions(String typed, Locale locale) {
        if (typed == null || typed.isBlank() || typed.length() > 100) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        for (Area area : gazetteer
                .search(AreaSearch.text(typed), PageRequest.of(0, PLACE_SUGGESTIONS))
                .items()) {
            options.add(new Option(area.pcode(), withGovernorate(area, locale) + " · " + area.pcode()));
        }
        return options;
    }

    private String withGovernorate(Area area, Locale locale) {
        if (area.level() == Area.GOVERNORATE) {
            return area.name(locale);
        }
        String governorate =
                gazetteer.find(area.adm1Pcode()).map(adm1 -> adm1.name(locale)).orElse(null);
        return governorate == null ? area.name(locale) : area.name(locale) + " (" + governorate + ")";
    }

    private String siteLabel(Site site, Locale locale) {
        return site.name(locale) + " · " + country(site.countryIso3(), locale);
    }

    private static Option option(Country country, Locale locale) {
        return new Option(country.iso3(), country.name(locale));
    }

    private static Comparator<Option> byLabel(Locale locale) {
        Collator collator = Collator.getInstance(com.ibm.icu.util.ULocale.forLocale(locale));
        return Comparator.comparing(Option::label, collator);
    }
}
