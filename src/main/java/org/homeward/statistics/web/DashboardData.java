package org.homeward.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.ReturnQuery;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's data over the UI session. The {@code /api/**} chain is stateless and takes only tokens and Basic
 * credentials, so the page's script and its export links come here instead; the rules and roles are the API's
 * (analysts, coordinators, administrators; aggregates only), the figures the same {@link ReturnStatistics}.
 */
@RestController
class DashboardData {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final DashboardFigures figures;
    private final ReturnStatistics statistics;
    private final Gazetteer gazetteer;
    private final CurrentActor currentActor;
    private final Clock clock;

    DashboardData(
            DashboardFigures figures,
            ReturnStatistics statistics,
            Gazetteer gazetteer,
            CurrentActor currentActor,
            Clock clock) {
        this.figures = figures;
        this.statistics = statistics;
        this.gazetteer = gazetteer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Every panel's figures for the filter, names in the reader's language; links only for who may follow them. */
    @GetMapping(path = "/statistics/data/panels", produces = MediaType.APPLICATION_JSON_VALUE)
    DashboardFigures.Panels panels(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String adm1,
            @RequestParam(required = false) String adm2,
            Locale locale) {
        Role role = requireReader();
        return figures.panels(filter(from, to, type, adm1, adm2), locale, DashboardPages.mayFollowToRecords(role));
    }

    /** A panel's breakdown as CSV or HXL-tagged CSV, as {@code /api/v1/statistics/returns} writes it. */
    @GetMapping("/statistics/data/returns")
    ResponseEntity<String> returns(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String adm1,
            @RequestParam(required = false) String adm2,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String format) {
        requireReader();
        DashboardFilter filter = filter(from, to, type, adm1, adm2);
        boolean hxl = hxl(format);
        var breakdown = statistics.breakdown(new ReturnQuery(
                filter.from(),
                filter.to(),
                ReturnQuery.dimensions(groupBy == null ? List.of() : List.of(groupBy)),
                filter.filters()));
        String body = hxl ? StatisticsCsv.breakdownHxl(breakdown) : StatisticsCsv.breakdown(breakdown);
        return file("returns", filter, hxl, body);
    }

    /** The headline figures of the period as CSV or HXL-tagged CSV (the headline has no area or type). */
    @GetMapping("/statistics/data/headline")
    ResponseEntity<String> headline(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String format) {
        requireReader();
        DashboardFilter filter = filter(from, to, null, null, null);
        boolean hxl = hxl(format);
        return file(
                "headline", filter, hxl, StatisticsCsv.headline(statistics.headline(filter.from(), filter.to()), hxl));
    }

    private Role requireReader() {
        Role role = currentActor.require().role();
        if (role != Role.ANALYST && role != Role.COORDINATOR && role != Role.ADMIN) {
            throw new AccessDeniedException("Statistics are for analysts, coordinators and administrators");
        }
        return role;
    }

    private DashboardFilter filter(String from, String to, String type, String adm1, String adm2) {
        return DashboardFilter.of(from, to, type, adm1, adm2, gazetteer, LocalDate.now(clock));
    }

    private static ResponseEntity<String> file(String name, DashboardFilter filter, boolean hxl, String body) {
        String filename = name + "-" + filter.from() + "-" + filter.to() + (hxl ? "-hxl" : "") + ".csv";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.LINK, "<" + ReturnStatisticsController.DEFINITIONS + ">; rel=\"describedby\"")
                .contentType(CSV)
                .body(body);
    }

    private static boolean hxl(String format) {
        String wanted = format == null ? "csv" : format.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("csv") && !wanted.equals("hxl")) {
            throw new InvalidParameterException("format", format, "csv or hxl");
        }
        return wanted.equals("hxl");
    }
}
