package org.homeward.statistics.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.FigureReconciliation;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.ImportReport;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Importing a file of figures (coordinators) and reading the reconciliation (everyone signed in). */
@Controller
class LedgerPages {

    private final FigureLedger ledger;
    private final FigureReconciliation reconciliation;
    private final FigureViews views;

    LedgerPages(FigureLedger ledger, FigureReconciliation reconciliation, FigureViews views) {
        this.ledger = ledger;
        this.reconciliation = reconciliation;
        this.views = views;
    }

    @GetMapping("/figures/import")
    String importForm() {
        requireChange();
        return "statistics/import";
    }

    @PostMapping("/figures/import")
    String importFile(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model)
            throws IOException {
        requireChange();
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "statistics/import";
        }
        if (file.getSize() > FigureController.MAX_IMPORT_BYTES) {
            model.addAttribute("tooLarge", true);
            return "statistics/import";
        }
        ImportReport report;
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            report = ledger.importCsv(csv, dryRun);
        }
        model.addAttribute("report", report);
        return "statistics/import";
    }

    @GetMapping("/figures/reconciliation")
    String reconciliation(
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String area,
            Locale locale,
            Model model) {
        FigureSearch search;
        try {
            search = FigureController.search(indicator, area, null, null);
        } catch (InvalidParameterException e) {
            search = FigureSearch.all();
        }
        List<FigureViews.FindingRow> findings = reconciliation.findings(search, locale).stream()
                .map(finding -> views.row(finding, locale))
                .toList();
        model.addAttribute("findings", findings);
        return "statistics/reconciliation";
    }

    private void requireChange() {
        if (!ledger.mayChange()) {
            throw new AccessDeniedException("Only coordinators import figures");
        }
    }
}
