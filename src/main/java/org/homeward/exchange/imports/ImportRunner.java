package org.homeward.exchange.imports;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs jobs in the background on a few threads (imports are heavy: two by default), with a bounded queue. At start-up,
 * jobs that were queued or running when the process stopped — however it stopped — are resumed from their
 * checkpoints.
 */
@Component
class ImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportWorker worker;
    private final ImportJobStore jobs;
    private final ExecutorService executor;

    ImportRunner(
            ImportWorker worker,
            ImportJobStore jobs,
            @Value("${homeward.exchange.imports.threads:2}") int threads,
            @Value("${homeward.exchange.imports.queue:1000}") int queue) {
        this.worker = worker;
        this.jobs = jobs;
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                1,
                TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(queue),
                Thread.ofPlatform().name("import-", 1).daemon().factory());
    }

    /** False when the queue is full: the job stays queued and starts with the next resume. */
    boolean submit(UUID job) {
        try {
            executor.execute(() -> worker.run(job));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        var unfinished = jobs.unfinished();
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} import jobs interrupted by the last stop", unfinished.size());
        }
        unfinished.forEach(this::submit);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
