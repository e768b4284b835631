package org.homeward.exchange.export;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.HouseholdExports;
import org.homeward.registry.HouseholdSearch;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnExports;
import org.homeward.returns.ReturnExports.MovementFilter;
import org.homeward.returns.ReturnSearch;
import org.homeward.returns.ReturnStatus;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.PublicReturns;
import org.homeward.statistics.PublicStatistics;
import org.homeward.statistics.ReportedFigure;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: {@code GET /api/v1/exports/{households,returns,movements,figures,public-returns}?format=csv|xlsx|hxl|json}
 * with each list's filters. Files are streamed as they are read (see docs/exports.md for columns and rules). Each
 * also answers at {@code /exports/...} for links and forms in the UI, which signs in with its session rather than a
 * token.
 */
@RestController
class ExportController {

    /** Response header saying whether a household export holds personal data: {@code personal} or {@code pseudonymised}. */
    static final String ACCESS_HEADER = "X-Export-Access";

    private final HouseholdExports households;
    private final ReturnExports returns;
    private final FigureLedger figures;
    private final PublicStatistics publicStatistics;
    private final Gazetteer gazetteer;
    private final Clock clock;

    ExportController(
            HouseholdExports households,
            ReturnExports returns,
            FigureLedger figures,
            PublicStatistics publicStatistics,
            Gazetteer gazetteer,
            Clock clock) {
        this.households = households;
        this.returns = returns;
        this.figures = figures;
        this.publicStatistics = publicStatistics;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    /**
     * Pseudonymised by default. Personal data only when the role allows it (see {@link HouseholdExports}) and a
     * {@code purpose} is stated, which is audited; {@code personal=true} demands it: refused (403) for a role
     * without the right, and 400 without a purpose, rather than silently answering with less.
     */
    @GetMapping({"/api/v1/exports/households", "/exports/households"})
    void households(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String bom,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String site,
            @RequestParam(required = false) String personal,
            @RequestParam(required = false) String purpose,
            HttpServletResponse response) {
        ExportRequest request = request(format, bom);
        boolean demanded = ExportRequest.flag("personal", personal);
        String reason = Purposes.check(purpose);
        boolean allowed = households.mayExportPersonalData();
        if (demanded && !allowed) {
            throw new AccessDeniedException("Your role exports households pseudonymised only");
        }
        if (demanded && reason == null) {
            throw new InvalidParameterException("purpose", "(missing)", Purposes.EXPECTED);
        }
        HouseholdSearch filter = new HouseholdSearch(
                status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT),
                ExportRequest.code("origin", origin),
                ExportRequest.code("country", country),
                ExportRequest.code("site", site),
                null);
        HouseholdColumns columns = new HouseholdColumns(gazetteer);
        if (allowed && reason != null) {
            response.setHeader(ACCESS_HEADER, "personal");
            HttpExport export = new HttpExport(response, request, HouseholdColumns.PERSONAL, "households");
            households.full(
                    filter,
                    reason,
                    request.format().extension(),
                    household -> columns.rows(household).forEach(export::row));
            export.close();
            return;
        }
        response.setHeader(ACCESS_HEADER, "pseudonymised");
        HttpExport export = new HttpExport(response, request, HouseholdColumns.PSEUDONYMISED, "households");
        households.pseudonymised(filter, household -> columns.rows(household).forEach(export::row));
        export.close();
    }

    /** Return cases hold no personal data (the list's non-personal facts), so every reader gets the same columns. */
    @GetMapping({"/api/v1/exports/returns", "/exports/returns"})
    void returns(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String bom,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String crossing,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response) {
        ExportRequest request = request(format, bom);
        ExportRequest.Period period = ExportRequest.period(from, to);
        ReturnSearch search = new ReturnSearch(
                ExportRequest.choice("status", status, ReturnStatus.class),
                ExportRequest.code("destination", destination),
                ExportRequest.code("crossing", crossing),
                period.from(),
                period.to(),
                null);
        HttpExport export = new HttpExport(response, request, ReturnColumns.CASES, "return-cases");
        returns.cases(search, item -> export.row(ReturnColumns.row(item)));
        export.close();
    }

    /** Person ids become pseudonyms of this one file (see {@link Pseudonyms}), for every reader. */
    @GetMapping({"/api/v1/exports/movements", "/exports/movements"})
    void movements(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String bom,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response) {
        ExportRequest request = request(format, bom);
        ExportRequest.Period period = ExportRequest.period(from, to);
        String movementKind =
                kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(java.util.Locale.ROOT);
        MovementFilter filter = new MovementFilter(
                movementKind,
                ExportRequest.choice("type", type, DisplacementType.class),
                ExportRequest.code("destination", destination),
                period.from(),
                period.to());
        Pseudonyms pseudonyms = new Pseudonyms();
        HttpExport export = new HttpExport(response, request, ReturnColumns.MOVEMENTS, "movements");
        returns.movements(filter, movement -> export.row(ReturnColumns.row(movement, pseudonyms)));
        export.close();
    }

    @GetMapping({"/api/v1/exports/figures", "/exports/figures"})
    void figures(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String bom,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response) {
        ExportRequest request = request(format, bom);
        ExportRequest.Period period = ExportRequest.period(from, to);
        FigureSearch search = new FigureSearch(
                ExportRequest.code("indicator", indicator),
                ExportRequest.code("area", area),
                period.from(),
                period.to());
        HttpExport export = new HttpExport(response, request, StatisticsColumns.FIGURES, "reported-figures");
        for (int page = 0; ; page++) {
            Page<ReportedFigure> found = figures.search(search, new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().forEach(figure -> export.row(StatisticsColumns.row(figure)));
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                break;
            }
        }
        export.close();
    }

    /** The public table, suppressed as on the public page: the same cells whoever downloads it. */
    @GetMapping({"/api/v1/exports/public-returns", "/exports/public-returns"})
    void publicReturns(
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String bom,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response) {
        ExportRequest request = request(format, bom);
        ExportRequest.Period period = ExportRequest.period(from, to);
        PublicReturns table = publicStatistics.returnsByGovernorate(period.from(), period.to());
        HttpExport export =
                new HttpExport(response, request, StatisticsColumns.PUBLIC_RETURNS, "returns-by-governorate");
        table.rows().forEach(row -> export.row(StatisticsColumns.row(row)));
        export.row(StatisticsColumns.totals(table));
        export.close();
    }

    private ExportRequest request(String format, String bom) {
        return ExportRequest.of(format, bom, LocalDate.now(clock));
    }
}
