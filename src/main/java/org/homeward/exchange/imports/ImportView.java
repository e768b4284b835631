package org.homeward.exchange.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job as the API answers it. */
record ImportView(
        UUID id,
        ImportKind kind,
        ImportMode mode,
        ImportStatus status,
        String phase,
        String fileName,
        String source,
        Counts counts,
        Integer percent,
        Long secondsLeft,
        Problem problem,
        Errors errors,
        String errorReport,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        tools.jackson.databind.JsonNode outcome) {

    record Counts(
            Long total,
            long read,
            long validated,
            long saved,
            long errors,
            long created,
            long updated,
            long unchanged) {}

    record Problem(String code, String message) {}

    record Errors(List<RowError> items, long total, int page, int size) {}

    static ImportView of(ImportJob job, List<RowError> errorPage, int page, int size, boolean hasReport) {
        ImportJob.Progress p = job.progress();
        Integer percent = null;
        if (job.status().finished()) {
            percent = 100;
        } else if (p.totalRows() != null && p.totalRows() > 0) {
            long done = job.mode() == ImportMode.ALL_OR_NOTHING && job.phase() == ImportJob.Phase.WRITING
                    ? p.totalRows() + p.read()
                    : p.read();
            long all = job.mode() == ImportMode.ALL_OR_NOTHING ? 2 * p.totalRows() : p.totalRows();
            percent = (int) Math.min(99, done * 100 / all);
        }
        return new ImportView(
                job.id(),
                job.kind(),
                job.mode(),
                job.status(),
                job.phase().name(),
                job.fileName(),
                job.source(),
                new Counts(
                        p.totalRows(),
                        p.read(),
                        p.validated(),
                        p.saved(),
                        p.errors(),
                        p.created(),
                        p.updated(),
                        p.unchanged()),
                percent,
                Imports.secondsLeft(job),
                job.problemCode() == null ? null : new Problem(job.problemCode(), job.problem()),
                new Errors(errorPage, p.errors(), page, size),
                hasReport ? "/api/v1/imports/" + job.id() + "/errors.csv" : null,
                job.createdAt(),
                job.startedAt(),
                job.finishedAt(),
                null);
    }

    /** With what the job produced beyond its counts (a gazetteer edition's differences from the current one). */
    ImportView withOutcome(tools.jackson.databind.JsonNode produced) {
        return new ImportView(
                id,
                kind,
                mode,
                status,
                phase,
                fileName,
                source,
                counts,
                percent,
                secondsLeft,
                problem,
                errors,
                errorReport,
                createdAt,
                startedAt,
                finishedAt,
                produced);
    }
}
