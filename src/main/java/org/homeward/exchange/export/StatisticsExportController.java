package org.homeward.exchange.export;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnQuery;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exports/statistics/returns} (and {@code /exports/statistics/returns} for the dashboard): any
 * breakdown of {@code /api/v1/statistics/returns} - the same parameters, read by {@link ReturnQuery#fromParameters}
 * - as CSV, XLSX, HXL or JSON, one column per dimension and the count. For the readers of statistics only.
 */
@RestController
class StatisticsExportController {

    private static final ExportColumn RETURNS = ExportColumn.of("returns", "#affected+returnees+ind");

    private final ReturnStatistics statistics;
    private final CurrentActor currentActor;
    private final Clock clock;

    StatisticsExportController(ReturnStatistics statistics, CurrentActor currentActor, Clock clock) {
        this.statistics = statistics;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/exports/statistics/returns", "/exports/statistics/returns"})
    void returns(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) {
        Role role = currentActor.require().role();
        if (role != Role.ANALYST && role != Role.COORDINATOR && role != Role.ADMIN) {
            throw new AccessDeniedException("Statistics are for analysts, coordinators and administrators");
        }
        LocalDate today = LocalDate.now(clock);
        ExportRequest request = ExportRequest.of(parameters.getFirst("format"), parameters.getFirst("bom"), today);
        ReturnBreakdown breakdown = statistics.breakdown(ReturnQuery.fromParameters(parameters, today));
        List<ExportColumn> columns = new ArrayList<>();
        breakdown.dimensions().forEach(dimension -> columns.add(ExportColumn.of(dimension.code(), dimension.hxl())));
        columns.add(RETURNS);
        HttpExport export = new HttpExport(response, request, columns, "returns-statistics");
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            List<Object> values = new ArrayList<>();
            for (ReturnDimension dimension : breakdown.dimensions()) {
                values.add(row.values().get(dimension));
            }
            values.add(row.returns());
            export.row(values);
        }
        export.close();
    }
}
