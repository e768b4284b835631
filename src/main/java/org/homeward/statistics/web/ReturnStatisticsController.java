package org.homeward.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.Headline;
import org.homeward.statistics.RecomputeReport;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnQuery;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns statistics for analysts, coordinators and administrators (aggregates only, nothing personal; partners
 * and caseworkers use the public figures): breakdowns, headline figures, definitions, and the recompute of the
 * roll-ups (administrators). JSON by default; CSV with {@code Accept: text/csv} or {@code format=csv}, HXL-tagged
 * CSV with {@code format=hxl}. See docs/statistics.md.
 */
@RestController
class ReturnStatisticsController {

    static final String DEFINITIONS = "/api/v1/statistics/definitions";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ReturnStatistics statistics;
    private final CurrentActor currentActor;
    private final Clock clock;

    ReturnStatisticsController(ReturnStatistics statistics, CurrentActor currentActor, Clock clock) {
        this.statistics = statistics;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/api/v1/statistics/returns")
    ResponseEntity<?> returns(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        requireReader();
        String format = format(parameters.getFirst("format"), accept);
        ReturnBreakdown breakdown = statistics.breakdown(ReturnQuery.fromParameters(parameters, LocalDate.now(clock)));
        return switch (format) {
            case "csv" -> csv(StatisticsCsv.breakdown(breakdown));
            case "hxl" -> csv(StatisticsCsv.breakdownHxl(breakdown));
            default -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ReturnBreakdown.Row row : breakdown.rows()) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    breakdown
                            .dimensions()
                            .forEach(dimension ->
                                    json.put(dimension.code(), row.values().get(dimension)));
                    json.put("returns", row.returns());
                    rows.add(json);
                }
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("rows", rows);
                answer.put("total", breakdown.total());
                yield described().contentType(MediaType.APPLICATION_JSON).body(answer);
            }
        };
    }

    @GetMapping("/api/v1/statistics/headline")
    ResponseEntity<?> headline(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        requireReader();
        String format = format(parameters.getFirst("format"), accept);
        LocalDate from = ReturnQuery.date(parameters, "from", ReturnStatistics.SINCE);
        LocalDate to = ReturnQuery.date(parameters, "to", LocalDate.now(clock));
        if (to.isBefore(from)) {
            throw new InvalidParameterException("from", from, "a day on or before 'to' (" + to + ")");
        }
        Headline headline = statistics.headline(from, to);
        if (!format.equals("json")) {
            return csv(StatisticsCsv.headline(headline, format.equals("hxl")));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", headline.from());
        answer.put("to", headline.to());
        answer.put("returns", headline.returns());
        answer.put("idpReturns", headline.idpReturns());
        answer.put("refugeeReturns", headline.refugeeReturns());
        answer.put("refugeesAbroad", headline.refugeesAbroad());
        answer.put("idps", headline.idps());
        answer.put("peopleInCamps", headline.peopleInCamps());
        answer.put("peopleInCampsAbroad", headline.peopleInCampsAbroad());
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String figure : List.of(
                "returns",
                "idpReturns",
                "refugeeReturns",
                "refugeesAbroad",
                "idps",
                "peopleInCamps",
                "peopleInCampsAbroad")) {
            definitions.put(figure, statistics.definitions().get(figure));
        }
        answer.put("definitions", definitions);
        return described().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @GetMapping("/api/v1/statistics/definitions")
    Map<String, Object> definitions() {
        requireReader();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("definitions", statistics.definitions());
        List<Map<String, String>> dimensions = new ArrayList<>();
        for (ReturnDimension dimension : ReturnDimension.values()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", dimension.code());
            entry.put("hxl", dimension.hxl());
            entry.put("definition", statistics.definitions().get(dimension.code()));
            dimensions.add(entry);
        }
        answer.put("dimensions", dimensions);
        return answer;
    }

    /** Rebuilds the roll-ups from the movements; administrators only. 200 with the report either way. */
    @PostMapping("/api/v1/statistics/recompute")
    RecomputeReport recompute() {
        Actor actor = currentActor.require();
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators recompute the statistics");
        }
        return statistics.recompute();
    }

    private void requireReader() {
        Role role = currentActor.require().role();
        if (role != Role.ANALYST && role != Role.COORDINATOR && role != Role.ADMIN) {
            throw new AccessDeniedException("Statistics are for analysts, coordinators and administrators");
        }
    }

    private static ResponseEntity.BodyBuilder described() {
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + DEFINITIONS + ">; rel=\"describedby\"");
    }

    private static ResponseEntity<String> csv(String body) {
        return described().contentType(CSV).body(body);
    }

    /** json, csv or hxl: the format parameter, else text/csv when the client accepts it and not JSON. */
    private static String format(String format, String accept) {
        if (format != null) {
            String wanted = format.strip().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("json", "csv", "hxl").contains(wanted)) {
                throw new InvalidParameterException("format", format, "one of json, csv, hxl");
            }
            return wanted;
        }
        if (accept != null && accept.contains("text/csv") && !accept.contains("application/json")) {
            return "csv";
        }
        return "json";
    }
}
