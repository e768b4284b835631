package org.homeward.statistics.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.homeward.geography.Gazetteer;
import org.homeward.statistics.Headline;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnQuery;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The figures of every dashboard panel for one {@link DashboardFilter}, all through {@link ReturnStatistics} so that
 * the dashboard counts by the same rule as the API and the public page. Links to the records behind a figure are
 * made only when {@code links} says the reader may see return cases.
 */
@Component
class DashboardFigures {

    private final ReturnStatistics statistics;
    private final Gazetteer gazetteer;

    DashboardFigures(ReturnStatistics statistics, Gazetteer gazetteer) {
        this.statistics = statistics;
        this.gazetteer = gazetteer;
    }

    /** Headline cards: returns in the period (filtered), and who is displaced now (whole country, not filtered). */
    record Cards(
            long returns,
            long idpReturns,
            long refugeeReturns,
            long refugeesAbroad,
            long idps,
            long peopleInCamps,
            long peopleInCampsAbroad,
            String href) {}

    record MonthRow(String month, long refugees, long idps, long total, String href) {}

    record AreaRow(String pcode, String name, long refugees, long idps, long returns, String href) {}

    record NamedRow(String code, String name, long returns, String href) {}

    /** One age group of the population pyramid: women, men, and people of other or unknown sex. */
    record AgeRow(String ageGroup, long female, long male, long other, long total) {}

    record Panels(
            DashboardFilter filter,
            Cards cards,
            List<MonthRow> monthly,
            List<AreaRow> governorates,
            List<AreaRow> districts,
            List<NamedRow> countries,
            List<NamedRow> crossings,
            List<AgeRow> pyramid) {}

    Panels panels(DashboardFilter filter, Locale locale, boolean links) {
        RecordLinks records = new RecordLinks(filter, links);
        return new Panels(
                filter,
                cards(filter, records),
                monthly(filter, records),
                areas(filter, ReturnDimension.ADM1, locale, records),
                areas(filter, ReturnDimension.ADM2, locale, records),
                named(filter, ReturnDimension.COUNTRY, code -> countryName(code, locale), code -> null),
                named(filter, ReturnDimension.CROSSING, code -> crossingName(code, locale), records::crossing),
                pyramid(filter));
    }

    private Cards cards(DashboardFilter filter, RecordLinks records) {
        Headline headline = statistics.headline(filter.from(), filter.to());
        long returns = headline.returns();
        long idpReturns = headline.idpReturns();
        long refugeeReturns = headline.refugeeReturns();
        if (!filter.wholeCountryAllTypes()) {
            Map<String, Long> byType = byType(breakdown(filter, List.of(ReturnDimension.TYPE)));
            idpReturns = byType.getOrDefault("IDP", 0L);
            refugeeReturns = byType.getOrDefault("REFUGEE", 0L);
            returns = idpReturns + refugeeReturns;
        }
        return new Cards(
                returns,
                idpReturns,
                refugeeReturns,
                headline.refugeesAbroad(),
                headline.idps(),
                headline.peopleInCamps(),
                headline.peopleInCampsAbroad(),
                records.area(filter.area()));
    }

    /** Every month from the first to the last with a return, so that the chart shows the months without any too. */
    private List<MonthRow> monthly(DashboardFilter filter, RecordLinks records) {
        ReturnBreakdown breakdown = breakdown(filter, List.of(ReturnDimension.MONTH, ReturnDimension.TYPE));
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            long[] counts = byMonth.computeIfAbsent(row.values().get(ReturnDimension.MONTH), month -> new long[2]);
            counts["IDP".equals(row.values().get(ReturnDimension.TYPE)) ? 1 : 0] += row.returns();
        }
        List<MonthRow> rows = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return rows;
        }
        YearMonth first = YearMonth.parse(byMonth.keySet().iterator().next());
        YearMonth last =
                YearMonth.parse(byMonth.keySet().stream().reduce((a, b) -> b).orElseThrow());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long[] counts = byMonth.getOrDefault(month.toString(), new long[2]);
            rows.add(new MonthRow(
                    month.toString(), counts[0], counts[1], counts[0] + counts[1], records.month(month, counts)));
        }
        return rows;
    }

    private List<AreaRow> areas(DashboardFilter filter, ReturnDimension level, Locale locale, RecordLinks records) {
        ReturnBreakdown breakdown = breakdown(filter, List.of(level, ReturnDimension.TYPE));
        Map<String, long[]> byArea = new LinkedHashMap<>();
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            String pcode = row.values().get(level);
            if (pcode != null) {
                long[] counts = byArea.computeIfAbsent(pcode, key -> new long[2]);
                counts["IDP".equals(row.values().get(ReturnDimension.TYPE)) ? 1 : 0] += row.returns();
            }
        }
        List<AreaRow> rows = new ArrayList<>();
        byArea.forEach((pcode, counts) -> rows.add(new AreaRow(
                pcode,
                gazetteer.find(pcode).map(area -> area.name(locale)).orElse(pcode),
                counts[0],
                counts[1],
                counts[0] + counts[1],
                records.area(pcode))));
        return rows;
    }

    private List<NamedRow> named(
            DashboardFilter filter,
            ReturnDimension dimension,
            Function<String, String> name,
            Function<String, String> href) {
        List<NamedRow> rows = new ArrayList<>();
        for (ReturnBreakdown.Row row : breakdown(filter, List.of(dimension)).rows()) {
            String code = row.values().get(dimension);
            if (code != null) {
                rows.add(new NamedRow(code, name.apply(code), row.returns(), href.apply(code)));
            }
        }
        rows.sort((a, b) -> Long.compare(b.returns(), a.returns()));
        return rows;
    }

    /** Age groups youngest first, as the statistics answer them; only groups with a return. */
    private List<AgeRow> pyramid(DashboardFilter filter) {
        ReturnBreakdown breakdown = breakdown(filter, List.of(ReturnDimension.AGE_GROUP, ReturnDimension.SEX));
        Map<String, long[]> byAge = new LinkedHashMap<>();
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            String age = row.values().get(ReturnDimension.AGE_GROUP);
            long[] counts = byAge.computeIfAbsent(age == null ? "unknown" : age, key -> new long[3]);
            String sex = row.values().get(ReturnDimension.SEX);
            counts["f".equals(sex) ? 0 : "m".equals(sex) ? 1 : 2] += row.returns();
        }
        List<AgeRow> rows = new ArrayList<>();
        byAge.forEach((age, counts) ->
                rows.add(new AgeRow(age, counts[0], counts[1], counts[2], counts[0] + counts[1] + counts[2])));
        return rows;
    }

    private ReturnBreakdown breakdown(DashboardFilter filter, List<ReturnDimension> groupBy) {
        return statistics.breakdown(new ReturnQuery(filter.from(), filter.to(), groupBy, filter.filters()));
    }

    private static Map<String, Long> byType(ReturnBreakdown breakdown) {
        Map<String, Long> byType = new LinkedHashMap<>();
        breakdown.rows().forEach(row -> byType.merge(row.values().get(ReturnDimension.TYPE), row.returns(), Long::sum));
        return byType;
    }

    private String countryName(String iso3, Locale locale) {
        return gazetteer.country(iso3).map(country -> country.name(locale)).orElse(iso3);
    }

    private String crossingName(String code, Locale locale) {
        return gazetteer.crossingPoint(code).map(point -> point.name(locale)).orElse(code);
    }

    /**
     * Links to the return cases behind a figure (the case list of the returns module: arrived cases bound for an
     * area, arrived in a period, through a crossing point). Null for readers who may not see cases, and for zeros.
     */
    record RecordLinks(DashboardFilter filter, boolean allowed) {

        String area(String pcode) {
            return link(pcode, filter.from(), filter.to(), null);
        }

        String crossing(String code) {
            return link(filter.area(), filter.from(), filter.to(), code);
        }

        String month(YearMonth month, long[] counts) {
            if (counts[0] + counts[1] == 0) {
                return null;
            }
            LocalDate start = month.atDay(1).isBefore(filter.from()) ? filter.from() : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(filter.to()) ? filter.to() : month.atEndOfMonth();
            return link(filter.area(), start, end, null);
        }

        private String link(String destination, LocalDate from, LocalDate to, String crossing) {
            if (!allowed) {
                return null;
            }
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/returns").queryParam("status", "ARRIVED");
            if (destination != null) {
                uri.queryParam("destination", destination);
            }
            if (crossing != null) {
                uri.queryParam("crossing", crossing);
            }
            return uri.queryParam("from", from).queryParam("to", to).build().toUriString();
        }
    }
}
