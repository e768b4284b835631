package org.homeward.exchange.imports;

import java.time.Clock;
import java.util.function.Consumer;
import org.homeward.identity.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a batch's work in one transaction as the importing user, and commits with it the batch's errors and the job's
 * new checkpoint and counts. Either the batch's records, errors and checkpoint are all committed, or none is: a
 * resumed job starts after the last committed batch and so writes nothing twice.
 */
@Component
class BatchCommitter {

    private final ImportJobStore jobs;
    private final CurrentActor currentActor;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BatchCommitter(ImportJobStore jobs, CurrentActor currentActor, PlatformTransactionManager manager, Clock clock) {
        this.jobs = jobs;
        this.currentActor = currentActor;
        this.transactions = new TransactionTemplate(manager);
        this.clock = clock;
    }

    void commit(RunningJob job, BatchOutcome batch, Consumer<BatchOutcome> work) {
        currentActor.runAs(
                job.job().actor(),
                () -> transactions.execute(status -> {
                    work.accept(batch);
                    jobs.addErrors(job.job().id(), job.errorSeq(), batch.errors);
                    ImportJob.Progress next = job.progress().plus(batch.asProgress(), batch.lastRow);
                    jobs.progress(job.job().id(), job.phase(), next, clock.instant());
                    return null;
                }));
        job.committed(batch);
    }

    /** Runs work as the importing user, without a transaction of its own. */
    <T> T asActor(RunningJob job, java.util.function.Supplier<T> work) {
        return currentActor.runAs(job.job().actor(), work);
    }

    /** Runs work as the importing user in its own transaction (a whole small import, such as figures). */
    <T> T inTransaction(RunningJob job, java.util.function.Supplier<T> work) {
        return currentActor.runAs(job.job().actor(), () -> transactions.execute(status -> work.get()));
    }
}
