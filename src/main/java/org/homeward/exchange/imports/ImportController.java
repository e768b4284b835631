package org.homeward.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.PageRequest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs: {@code POST /api/v1/imports} (multipart: {@code file}, {@code kind}, {@code mode}, optional {@code
 * source}, {@code mapping} as JSON or {@code mappingName}) answers 202 with the job; the job runs in the background
 * and is polled at its {@code Location}.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Imports imports;
    private final ImportMappings mappings;

    ImportController(Imports imports, ImportMappings mappings) {
        this.imports = imports;
        this.mappings = mappings;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> start(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String mode,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String mapping,
            @RequestParam(required = false) String mappingName) {
        if (file == null) {
            throw new InvalidParameterException("file", null, "a file in the multipart part named 'file'");
        }
        ImportJob job;
        try (InputStream in = file.getInputStream()) {
            job = imports.start(
                    new Imports.Request(file.getOriginalFilename(), kind, mode, source, mapping(mapping), mappingName),
                    in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(ImportView.of(job, List.of(), 0, 0, false));
    }

    @GetMapping
    List<ImportView> recent() {
        return imports.recent().stream()
                .map(job -> ImportView.of(job, List.of(), 0, 0, false))
                .toList();
    }

    @GetMapping("/{id}")
    ImportView get(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        ImportJob job = imports.get(id);
        List<RowError> errors = imports.errors(id, paging.page(), paging.size());
        return ImportView.of(
                        job,
                        errors,
                        paging.page(),
                        paging.size(),
                        imports.errorReport(id).isPresent())
                .withOutcome(imports.outcome(id));
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<Resource> errorReport(@PathVariable UUID id) {
        return errorReportFile(imports, id);
    }

    /** The job's error report as a download, for the API and the pages alike; 404 where the job has none. */
    static ResponseEntity<Resource> errorReportFile(Imports imports, UUID id) {
        Path report = imports.errorReport(id)
                .orElseThrow(() -> new org.homeward.shared.NotFoundException("import error report", id.toString()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new FileSystemResource(report));
    }

    @GetMapping("/mappings")
    List<ImportMappings.Mapping> mappings() {
        return mappings.list();
    }

    @PostMapping(path = "/mappings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportMappings.Mapping> saveMapping(@RequestBody ImportMappings.Mapping mapping) {
        ImportMappings.Mapping saved = mappings.save(mapping);
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @ExceptionHandler
    ProblemDetail tooLarge(Imports.UploadTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setType(URI.create("/problems/upload-too-large"));
        problem.setTitle("File too large");
        return problem;
    }

    private static Map<String, String> mapping(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (RuntimeException e) {
            throw new InvalidParameterException("mapping", "(not shown)", "a JSON object of field names to columns");
        }
    }
}
