package org.homeward.exchange.imports;

import java.nio.file.Path;
import org.homeward.exchange.imports.ImportJob.Phase;
import org.homeward.exchange.imports.ImportJob.Progress;

/**
 * A job as its worker sees it: the stored job, and the progress that has been committed so far. {@link #dryRun()}
 * is true when nothing may be written: a dry run, or the checking pass of an all-or-nothing import.
 */
final class RunningJob {

    private final ImportJob job;
    private final Path file;
    private Phase phase;
    private Progress progress;
    private long errorSeq;

    RunningJob(ImportJob job, Path file, long errorsStored) {
        this.job = job;
        this.file = file;
        this.phase = job.phase();
        this.progress = job.progress();
        this.errorSeq = errorsStored;
    }

    ImportJob job() {
        return job;
    }

    Path file() {
        return file;
    }

    Phase phase() {
        return phase;
    }

    Progress progress() {
        return progress;
    }

    boolean dryRun() {
        return job.mode() == ImportMode.DRY_RUN || phase == Phase.CHECKING;
    }

    long errorSeq() {
        return errorSeq;
    }

    /** After the batch's transaction committed. */
    void committed(BatchOutcome batch) {
        progress = progress.plus(batch.asProgress(), batch.lastRow);
        errorSeq += batch.errors.size();
    }

    void restart(Phase newPhase, Progress newProgress) {
        phase = newPhase;
        progress = newProgress;
        errorSeq = 0;
    }

    void total(long rows) {
        progress = progress.withTotal(rows);
    }
}
