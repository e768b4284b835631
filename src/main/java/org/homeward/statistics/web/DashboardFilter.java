package org.homeward.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the dashboard shows: a period, a displacement type (null: both) and an area (a governorate, or one of its
 * districts). Every panel applies all of it. It travels in the query string ({@code from}, {@code to}, {@code type},
 * {@code adm1}, {@code adm2}): aggregates only, nothing personal.
 */
record DashboardFilter(LocalDate from, LocalDate to, String type, String adm1, String adm2) {

    static final Set<String> TYPES = Set.of("REFUGEE", "IDP");

    /**
     * Reads the query parameters; an unreadable value is refused naming its parameter. A district outside the chosen
     * governorate is refused; a district alone brings its governorate with it.
     */
    static DashboardFilter of(
            String from, String to, String type, String adm1, String adm2, Gazetteer gazetteer, LocalDate today) {
        LocalDate start = date("from", from, ReturnStatistics.SINCE);
        LocalDate end = date("to", to, today);
        if (end.isBefore(start)) {
            throw new InvalidParameterException("from", start, "a day on or before 'to' (" + end + ")");
        }
        String wantedType = blank(type) ? null : type.strip().toUpperCase(Locale.ROOT);
        if (wantedType != null && !TYPES.contains(wantedType)) {
            throw new InvalidParameterException("type", type, "REFUGEE or IDP");
        }
        String governorate = blank(adm1) ? null : area("adm1", adm1, Area.GOVERNORATE, gazetteer);
        String district = blank(adm2) ? null : area("adm2", adm2, Area.DISTRICT, gazetteer);
        if (district != null) {
            String parent = gazetteer.find(district).map(Area::adm1Pcode).orElseThrow();
            if (governorate != null && !governorate.equals(parent)) {
                throw new InvalidParameterException("adm2", adm2, "a district of " + governorate);
            }
            governorate = parent;
        }
        return new DashboardFilter(start, end, wantedType, governorate, district);
    }

    static DashboardFilter defaults(LocalDate today) {
        return new DashboardFilter(ReturnStatistics.SINCE, today, null, null, null);
    }

    /** The statistics filters: type and the narrowest area chosen. */
    Map<ReturnDimension, Set<String>> filters() {
        Map<ReturnDimension, Set<String>> filters = new EnumMap<>(ReturnDimension.class);
        if (type != null) {
            filters.put(ReturnDimension.TYPE, Set.of(type));
        }
        if (adm2 != null) {
            filters.put(ReturnDimension.ADM2, Set.of(adm2));
        } else if (adm1 != null) {
            filters.put(ReturnDimension.ADM1, Set.of(adm1));
        }
        return filters;
    }

    /** True when only the period is chosen: the headline figures then apply as they are. */
    boolean wholeCountryAllTypes() {
        return type == null && adm1 == null && adm2 == null;
    }

    /** The narrowest area chosen, or null for the whole country. */
    String area() {
        return adm2 != null ? adm2 : adm1;
    }

    /** This filter as query parameters, for links and for the data the page's script fetches. */
    UriComponentsBuilder query(String path) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath(path).queryParam("from", from).queryParam("to", to);
        if (type != null) {
            uri.queryParam("type", type);
        }
        if (adm1 != null) {
            uri.queryParam("adm1", adm1);
        }
        if (adm2 != null) {
            uri.queryParam("adm2", adm2);
        }
        return uri;
    }

    private static String area(String parameter, String value, int level, Gazetteer gazetteer) {
        return gazetteer
                .find(value.strip())
                .filter(area -> area.level() == level)
                .map(Area::pcode)
                .orElseThrow(() -> new InvalidParameterException(
                        parameter, value, level == Area.GOVERNORATE ? "a governorate P-code" : "a district P-code"));
    }

    private static LocalDate date(String parameter, String value, LocalDate absent) {
        if (blank(value)) {
            return absent;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, value, "a date YYYY-MM-DD");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
