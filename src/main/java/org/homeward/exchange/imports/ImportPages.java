package org.homeward.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.homeward.shared.InvalidParameterException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports in the browser: the upload form and the user's jobs ({@code /imports}), and a job's page whose progress
 * part polls itself with htmx until the job ends, then shows the errors and the error report to download.
 */
@Controller
class ImportPages {

    static final int ERRORS_SHOWN = 100;

    private final Imports imports;
    private final ImportMappings mappings;

    ImportPages(Imports imports, ImportMappings mappings) {
        this.imports = imports;
        this.mappings = mappings;
    }

    @GetMapping("/imports")
    String list(Model model) {
        model.addAttribute("jobs", imports.recent());
        model.addAttribute("mappings", mappings.list());
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("modes", ImportMode.values());
        return "exchange/imports";
    }

    @PostMapping("/imports")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String mappingName,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            model.addAttribute("problem", "exchange.import.noFile");
            return list(model);
        }
        try (InputStream in = file.getInputStream()) {
            ImportJob job = imports.start(
                    new Imports.Request(
                            file.getOriginalFilename(),
                            kind,
                            mode,
                            source,
                            null,
                            mappingName == null || mappingName.isBlank() ? null : mappingName),
                    in);
            return "redirect:/imports/" + job.id();
        } catch (InvalidParameterException e) {
            model.addAttribute("problem", "exchange.import.invalid");
            model.addAttribute("problemDetail", e.getMessage());
        } catch (AccessDeniedException e) {
            model.addAttribute("problem", "exchange.import.forbidden");
        } catch (Imports.UploadTooLargeException e) {
            model.addAttribute("problem", "exchange.import.tooLarge");
        }
        return list(model);
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, Model model) {
        fill(id, model);
        return "exchange/import";
    }

    /** The progress part alone, which the page's htmx swaps in every second while the job runs. */
    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        fill(id, model);
        return "exchange/import :: progress";
    }

    @GetMapping("/imports/{id}/errors.csv")
    ResponseEntity<Resource> errorReport(@PathVariable UUID id) {
        return ImportController.errorReportFile(imports, id);
    }

    private void fill(UUID id, Model model) {
        ImportJob job = imports.get(id);
        List<RowError> errors = job.progress().errors() > 0 ? imports.errors(id, 0, ERRORS_SHOWN) : List.of();
        model.addAttribute(
                "job",
                ImportView.of(
                        job, errors, 0, ERRORS_SHOWN, imports.errorReport(id).isPresent()));
    }
}
