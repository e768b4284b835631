package org.homeward.exchange.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.identity.Role;
import org.homeward.registry.HouseholdImports;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.sites.Sites;
import org.homeward.statistics.FigureLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Starting import jobs and reading them back, for the API and the UI. A job belongs to the user who started it; it
 * does not exist for anyone else.
 */
@Service
public class Imports {

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ImportJobStore jobs;
    private final ImportFiles files;
    private final ImportRunner runner;
    private final ImportMappings mappings;
    private final CurrentActor currentActor;
    private final HouseholdImports households;
    private final FigureLedger ledger;
    private final Sites sites;
    private final Clock clock;
    private final long maxBytes;

    Imports(
            ImportJobStore jobs,
            ImportFiles files,
            ImportRunner runner,
            ImportMappings mappings,
            CurrentActor currentActor,
            HouseholdImports households,
            FigureLedger ledger,
            Sites sites,
            Clock clock,
            @Value("${homeward.exchange.imports.max-bytes:2147483648}") long maxBytes) {
        this.jobs = jobs;
        this.files = files;
        this.runner = runner;
        this.mappings = mappings;
        this.currentActor = currentActor;
        this.households = households;
        this.ledger = ledger;
        this.sites = sites;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** What a client asks to import; {@code mapping} (field → column) or {@code mappingName} (a saved one), or neither. */
    public record Request(
            String fileName,
            String kind,
            String mode,
            String source,
            Map<String, String> mapping,
            String mappingName) {}

    /**
     * Stores the upload and queues its job. Refuses at once what no job could do: an unknown kind or mode, a role
     * that may not import this kind (403), a file larger than the limit ({@link UploadTooLargeException}).
     */
    public ImportJob start(Request request, InputStream content) {
        Actor actor = currentActor.require();
        ImportKind kind = parse(ImportKind.class, "kind", request.kind());
        ImportMode mode = parse(ImportMode.class, "mode", request.mode());
        checkMayImport(kind);
        Map<String, String> mapping = mapping(kind, request, actor);
        String source = request.source() == null || request.source().isBlank()
                ? "default"
                : request.source().strip();
        if (!SOURCE.matcher(source).matches()) {
            throw new InvalidParameterException("source", source, "1 to 64 letters, digits, '.', '_' or '-'");
        }
        UUID id = UUID.randomUUID();
        Path stored;
        try {
            stored = files.store(id, content, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored == null) {
            throw new UploadTooLargeException(maxBytes);
        }
        long bytes = stored.toFile().length();
        ImportJob job = new ImportJob(
                id,
                kind,
                mode,
                ImportStatus.QUEUED,
                mode == ImportMode.ALL_OR_NOTHING ? ImportJob.Phase.CHECKING : ImportJob.Phase.WRITING,
                actor.organisationCode() + ":" + source,
                fileName(request.fileName()),
                stored.toString(),
                bytes,
                mapping,
                actor,
                ImportJob.Progress.NONE,
                null,
                null,
                clock.instant(),
                null,
                null,
                null);
        jobs.insert(job);
        runner.submit(id);
        return job;
    }

    public ImportJob get(UUID id) {
        Actor actor = currentActor.require();
        return jobs.find(id)
                .filter(job -> job.actor().userId() == actor.userId())
                .orElseThrow(() -> new NotFoundException("import", id.toString()));
    }

    public List<ImportJob> recent() {
        return jobs.recent(currentActor.require().userId(), 50);
    }

    public List<RowError> errors(UUID id, int page, int size) {
        get(id);
        return jobs.errors(id, page * size, size);
    }

    /** What the job produced beyond its counts (a gazetteer edition's differences), or null. */
    public tools.jackson.databind.JsonNode outcome(UUID id) {
        get(id);
        return jobs.outcome(id);
    }

    /** The error report of a finished job with problems; empty when there is none. */
    public java.util.Optional<Path> errorReport(UUID id) {
        get(id);
        Path report = files.errorReport(id);
        return report.toFile().isFile() ? java.util.Optional.of(report) : java.util.Optional.empty();
    }

    /** Seconds left, from the rate so far; null before there is a rate or when the job is over. */
    public static Long secondsLeft(ImportJob job) {
        ImportJob.Progress progress = job.progress();
        if (job.status().finished() || job.startedAt() == null || job.progressAt() == null) {
            return null;
        }
        Long total = progress.totalRows();
        if (total == null || progress.read() == 0) {
            return null;
        }
        double seconds = Duration.between(job.startedAt(), job.progressAt()).toMillis() / 1000.0;
        double rate = progress.read() / Math.max(seconds, 0.001);
        long left = total - progress.read();
        if (job.mode() == ImportMode.ALL_OR_NOTHING && job.phase() == ImportJob.Phase.CHECKING) {
            left += total;
        }
        return Math.max(0, Math.round(left / rate));
    }

    private void checkMayImport(ImportKind kind) {
        switch (kind) {
            // The registry decides who registers: an empty dry run asks it without registering anything.
            case HOUSEHOLDS -> households.register(List.of(), true);
            // Cases are acted on by those who may change their households, which the registry decides too.
            case RETURN_CASES -> households.register(List.of(), true);
            // The geography module knows no users (identity depends on it): the rule is kept here.
            case GAZETTEER_EDITION -> {
                Role role = currentActor.require().role();
                if (role != Role.COORDINATOR && role != Role.ADMIN) {
                    throw new AccessDeniedException("Only coordinators and administrators add gazetteer editions");
                }
            }
            case FIGURES -> {
                if (!ledger.mayChange()) {
                    throw new AccessDeniedException("Your role does not import figures");
                }
            }
            case SITE_POPULATIONS -> {
                if (!sites.mayRecord()) {
                    throw new AccessDeniedException("Your role does not record site populations");
                }
            }
        }
    }

    private Map<String, String> mapping(ImportKind kind, Request request, Actor actor) {
        if (request.mappingName() != null && !request.mappingName().isBlank()) {
            return mappings.find(actor.organisationId(), request.mappingName().strip())
                    .filter(saved -> saved.kind() == kind)
                    .map(ImportMappings.Mapping::columns)
                    .orElseThrow(() -> new InvalidParameterException(
                            "mappingName", request.mappingName(), "the name of a saved " + kind + " mapping"));
        }
        if (request.mapping() != null) {
            ImportMappings.check(kind, request.mapping());
        }
        return request.mapping();
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return "upload";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        try {
            // site-populations, as URLs spell it, is SITE_POPULATIONS
            String name =
                    value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    parameter, value, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The upload is larger than the configured limit: 413. */
    public static final class UploadTooLargeException extends RuntimeException {
        UploadTooLargeException(long limit) {
            super("The file is larger than " + limit + " bytes");
        }
    }
}
