package org.homeward.statistics.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.shared.InvalidParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statistics dashboard for analysts, coordinators and administrators: headline cards, returns by month, by
 * governorate and district (maps), by country of asylum and crossing point, and by sex and age, all for one filter
 * held in the query string. Every panel is a table here; the page's script draws the charts and maps from {@link
 * DashboardData}, which the UI session reaches (the API chain takes tokens only).
 */
@Controller
class DashboardPages {

    /** Panels and the groupBy of their CSV/HXL export. */
    static final Map<String, String> EXPORTS = exports();

    private final DashboardFigures figures;
    private final Gazetteer gazetteer;
    private final CurrentActor currentActor;
    private final Clock clock;

    DashboardPages(DashboardFigures figures, Gazetteer gazetteer, CurrentActor currentActor, Clock clock) {
        this.figures = figures;
        this.gazetteer = gazetteer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A count as the page writes it, in the reader's grouping (public: templates call it). */
    public record Numbers(Locale locale) {
        public String text(long value) {
            return Counts.format(value, locale);
        }
    }

    record District(String pcode, String name, String adm1) {}

    @GetMapping("/statistics")
    String dashboard(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String adm1,
            @RequestParam(required = false) String adm2,
            Locale locale,
            Model model) {
        boolean links = mayFollowToRecords(requireReader());
        LocalDate today = LocalDate.now(clock);
        DashboardFilter filter;
        try {
            filter = DashboardFilter.of(from, to, type, adm1, adm2, gazetteer, today);
        } catch (InvalidParameterException refused) {
            model.addAttribute("refusedParameter", refused.parameter());
            model.addAttribute("refusedExpected", refused.expected());
            filter = DashboardFilter.defaults(today);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("panels", figures.panels(filter, locale, links));
        model.addAttribute("numbers", new Numbers(locale));
        model.addAttribute("links", links);
        model.addAttribute("governorates", governorates(locale));
        model.addAttribute("districts", districts(locale));
        model.addAttribute(
                "dataUrl", filter.query("/statistics/data/panels").build().toUriString());
        model.addAttribute("exports", exportLinks(filter));
        model.addAttribute(
                "headlineCsv",
                filter.query("/statistics/data/headline")
                        .queryParam("format", "csv")
                        .build()
                        .toUriString());
        model.addAttribute(
                "headlineHxl",
                filter.query("/statistics/data/headline")
                        .queryParam("format", "hxl")
                        .build()
                        .toUriString());
        model.addAttribute(
                "sitrep",
                UriComponentsBuilder.fromPath("/statistics/sitrep.pdf")
                        .queryParam("lang", locale.getLanguage())
                        .queryParam("from", filter.from())
                        .queryParam("to", filter.to())
                        .build()
                        .toUriString());
        model.addAttribute("today", today);
        return "statistics/dashboard";
    }

    /** Analysts, coordinators and administrators; the others get 403 (the public page is for them). */
    Role requireReader() {
        Role role = currentActor.require().role();
        if (role != Role.ANALYST && role != Role.COORDINATOR && role != Role.ADMIN) {
            throw new AccessDeniedException("The dashboard is for analysts, coordinators and administrators");
        }
        return role;
    }

    /** Those who may see return cases follow a figure to them; analysts see aggregates only. */
    static boolean mayFollowToRecords(Role role) {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }

    private List<Area> governorates(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Area> governorates = new ArrayList<>(gazetteer.governorates());
        governorates.sort(Comparator.comparing(area -> area.name(locale), collator));
        return governorates;
    }

    private List<District> districts(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<District> districts = new ArrayList<>();
        for (Area governorate : gazetteer.governorates()) {
            for (Area district : gazetteer.children(governorate.pcode())) {
                districts.add(new District(district.pcode(), district.name(locale), governorate.pcode()));
            }
        }
        districts.sort(Comparator.comparing(District::name, collator));
        return districts;
    }

    private static Map<String, Map<String, String>> exportLinks(DashboardFilter filter) {
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        EXPORTS.forEach((panel, groupBy) -> {
            Map<String, String> formats = new LinkedHashMap<>();
            for (String format : List.of("csv", "hxl")) {
                formats.put(
                        format,
                        filter.query("/statistics/data/returns")
                                .queryParam("groupBy", groupBy)
                                .queryParam("format", format)
                                .build()
                                .toUriString());
            }
            // XLSX comes from the exports (module exchange, which depends on this one), with the same parameters.
            formats.put(
                    "xlsx",
                    filter.query("/exports/statistics/returns")
                            .queryParam("groupBy", groupBy)
                            .queryParam("format", "xlsx")
                            .build()
                            .toUriString());
            links.put(panel, formats);
        });
        return links;
    }

    private static Map<String, String> exports() {
        Map<String, String> exports = new LinkedHashMap<>();
        exports.put("monthly", "month,type");
        exports.put("governorates", "adm1,type");
        exports.put("districts", "adm2,type");
        exports.put("countries", "country");
        exports.put("crossings", "crossing");
        exports.put("pyramid", "ageGroup,sex");
        return Map.copyOf(exports);
    }
}
