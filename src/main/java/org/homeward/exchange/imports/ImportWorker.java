package org.homeward.exchange.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.imports.ImportJob.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Runs one job from where its last committed batch left it: checks the whole file once (so a file that turns out
 * truncated or binary half-way is refused before anything is saved), then reads it again and imports batch by batch.
 * Ends the job, writes the error report, and deletes the upload.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    private final ImportJobStore jobs;
    private final ImportFiles files;
    private final HouseholdImporter households;
    private final FigureImporter figures;
    private final SitePopulationImporter sitePopulations;
    private final ReturnCaseImporter returnCases;
    private final GazetteerEditionImporter gazetteerEditions;
    private final Clock clock;

    ImportWorker(
            ImportJobStore jobs,
            ImportFiles files,
            HouseholdImporter households,
            FigureImporter figures,
            SitePopulationImporter sitePopulations,
            ReturnCaseImporter returnCases,
            GazetteerEditionImporter gazetteerEditions,
            Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.households = households;
        this.figures = figures;
        this.sitePopulations = sitePopulations;
        this.returnCases = returnCases;
        this.gazetteerEditions = gazetteerEditions;
        this.clock = clock;
    }

    void run(UUID id) {
        ImportJob job = jobs.find(id).orElse(null);
        if (job == null || job.status().finished()) {
            return;
        }
        if (job.storedFile() == null || !Files.exists(Path.of(job.storedFile()))) {
            jobs.finish(
                    id, ImportStatus.FAILED, "E2998", "the uploaded file is gone; upload it again", clock.instant());
            return;
        }
        jobs.started(id, clock.instant());
        RunningJob running = new RunningJob(job, Path.of(job.storedFile()), jobs.errorCount(id));
        try {
            importAll(running);
            finish(running);
        } catch (FileProblemException e) {
            fail(running, e.problem().code().code(), e.getMessage());
        } catch (ImportFailure e) {
            fail(running, e.code().code(), e.getMessage());
        } catch (AccessDeniedException e) {
            fail(running, ImportCode.OUTSIDE_SCOPE.code(), "E2011 not allowed: " + e.getMessage());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            // The exception's message may quote data of the file: log only its type and the incident.
            log.error(
                    "Import job {} failed, incident {}: {}",
                    id,
                    incident,
                    e.getClass().getName());
            fail(running, "E2999", "E2999 the import failed unexpectedly; incident " + incident);
        }
    }

    private void importAll(RunningJob job) {
        if (job.progress().totalRows() == null) {
            job.total(ImportFiles.check(job.file(), job.job().kind()));
            jobs.progress(job.job().id(), job.phase(), job.progress(), clock.instant());
        }
        pass(job);
        if (job.phase() == Phase.CHECKING) {
            if (job.progress().errors() > 0) {
                return;
            }
            // Every row checked out: the write pass starts from the first row, with fresh counts.
            job.restart(Phase.WRITING, job.progress().restarted());
            jobs.progress(job.job().id(), Phase.WRITING, job.progress(), clock.instant());
            pass(job);
        }
    }

    private void pass(RunningJob job) {
        switch (job.job().kind()) {
            case HOUSEHOLDS -> {
                try (RowSource source =
                        ImportFiles.open(job.file(), job.job().kind(), job.job().mapping())) {
                    households.run(job, source);
                }
            }
            case FIGURES -> figures.run(job);
            case SITE_POPULATIONS -> sitePopulations.run(job);
            case RETURN_CASES -> returnCases.run(job);
            case GAZETTEER_EDITION -> gazetteerEditions.run(job);
        }
    }

    private void finish(RunningJob job) {
        ImportStatus status;
        String problem = null;
        String code = null;
        if (job.progress().errors() == 0) {
            status = ImportStatus.SUCCEEDED;
        } else if (job.job().mode() == ImportMode.ALL_OR_NOTHING) {
            status = ImportStatus.FAILED;
            code = "E2000";
            problem = "E2000 %d rows have problems; nothing was saved"
                    .formatted(job.progress().errors());
        } else {
            status = ImportStatus.COMPLETED_WITH_ERRORS;
        }
        if (job.progress().errors() > 0) {
            files.writeErrorReport(job.job(), jobs);
        }
        jobs.finish(job.job().id(), status, code, problem, clock.instant());
        files.deleteUpload(job.job());
    }

    private void fail(RunningJob job, String code, String message) {
        jobs.finish(job.job().id(), ImportStatus.FAILED, code, message, clock.instant());
        files.deleteUpload(job.job());
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getClass().getSimpleName());
        }
    }
}
