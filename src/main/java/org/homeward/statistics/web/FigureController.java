package org.homeward.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.statistics.FigureDraft;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.FigureReconciliation;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.Finding;
import org.homeward.statistics.ImportReport;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.ReportedFigure;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures ledger and its reconciliation over the API. */
@RestController
@RequestMapping("/api/v1/figures")
class FigureController {

    /** Imports are small files of figures; 5 MiB holds tens of thousands of rows. */
    static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

    private final FigureLedger ledger;
    private final FigureReconciliation reconciliation;

    FigureController(FigureLedger ledger, FigureReconciliation reconciliation) {
        this.ledger = ledger;
        this.reconciliation = reconciliation;
    }

    @GetMapping
    Page<ReportedFigure> search(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ledger.search(search(indicator, area, from, to), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    ResponseEntity<ReportedFigure> get(@PathVariable long id) {
        ReportedFigure figure = ledger.get(id);
        return ResponseEntity.ok().eTag(Etags.of(figure.version())).body(figure);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportedFigure> create(@RequestBody FigureDraft draft) {
        ReportedFigure figure = ledger.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/figures/" + figure.id()))
                .eTag(Etags.of(figure.version()))
                .body(figure);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportedFigure> update(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody FigureDraft draft) {
        ReportedFigure figure = ledger.update(id, Etags.version(ifMatch), draft);
        return ResponseEntity.ok().eTag(Etags.of(figure.version())).body(figure);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) Deletion deletion) {
        ledger.delete(id, ifMatch == null ? null : Etags.version(ifMatch), deletion == null ? null : deletion.reason());
        return ResponseEntity.noContent().build();
    }

    /**
     * A CSV file as the body ({@code text/csv}). 200 with the report when every row is good (applied unless a
     * dry run); 400 with the report's problems, row by row, when any is not, and then nothing is applied.
     */
    @PostMapping(
            path = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<Object> importCsv(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > MAX_IMPORT_BYTES) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) MAX_IMPORT_BYTES + 1);
        }
        if (body.length > MAX_IMPORT_BYTES) {
            return tooLarge();
        }
        ImportReport report;
        try (Reader csv = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            report = ledger.importCsv(csv, dryRun);
        }
        if (report.valid()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, report.problems().size() + " problem(s) in the file; nothing was imported");
        problem.setType(URI.create("/problems/import-rejected"));
        problem.setTitle("The file has problems");
        problem.setProperty("rows", report.rows());
        problem.setProperty("dryRun", report.dryRun());
        problem.setProperty("errors", report.problems());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping("/reconciliation")
    Findings reconciliation(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        List<Finding> findings = reconciliation.findings(search(indicator, area, from, to), Locale.ENGLISH);
        return new Findings(findings, findings.size());
    }

    record Deletion(String reason) {}

    record Findings(List<Finding> findings, int total) {}

    static FigureSearch search(String indicator, String area, LocalDate from, LocalDate to) {
        String code = null;
        if (indicator != null && !indicator.isBlank()) {
            code = Indicator.fromCode(indicator)
                    .map(Indicator::code)
                    .orElseThrow(
                            () -> new InvalidParameterException("indicator", indicator, "one of " + Indicator.codes()));
        }
        String where = area == null || area.isBlank() ? null : area.strip().toUpperCase(Locale.ROOT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", to, "a day on or after 'from' (" + from + ")");
        }
        return new FigureSearch(code, where, from, to);
    }

    private static ResponseEntity<Object> tooLarge() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "An import file may be at most 5 MiB");
        problem.setType(URI.create("/problems/too-large"));
        problem.setTitle("Request too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
