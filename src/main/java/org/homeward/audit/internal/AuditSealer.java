package org.homeward.audit.internal;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed pending entries into the audit log (see {@code V41__audit_sealed_in_batches.sql}): in the
 * background every {@code homeward.audit.seal-interval} (200 ms by default), and on demand before the log is read,
 * so that a reader sees every entry committed before it asked. Each seal is one short transaction holding the head
 * of the chain for a batch of up to {@value #BATCH} entries; sealers on several nodes take turns on that lock.
 */
@Component
class AuditSealer implements SmartLifecycle {

    static final int BATCH = 10_000;

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final TransactionTemplate joined;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    AuditSealer(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${homeward.audit.seal-interval:200ms}") Duration interval) {
        this.jdbc = jdbc;
        this.interval = interval;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.own.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.joined = new TransactionTemplate(transactions);
    }

    /**
     * Seals every entry committed before this call. Inside a read-write READ COMMITTED transaction it seals in
     * that transaction (which may already hold the head: a second transaction waiting for it would never get it);
     * otherwise in transactions of its own.
     */
    void sealCommitted() {
        TransactionTemplate template = mayJoinCurrentTransaction() ? joined : own;
        Backlog backlog = template.execute(status -> jdbc.sql("SELECT count(*), max(id) FROM audit_pending")
                .query((row, n) -> new Backlog(row.getLong(1), row.getLong(2)))
                .single());
        // Bounded by the backlog found: a seal that cannot progress (triggers switched off) must not spin.
        long passes = backlog.entries() == 0 ? 0 : backlog.entries() / BATCH + 1;
        boolean more = true;
        for (long pass = 0; pass < passes && more; pass++) {
            more = Boolean.TRUE.equals(template.execute(status -> {
                jdbc.sql("INSERT INTO audit_seal (max_entries) VALUES (?)")
                        .param(BATCH)
                        .update();
                return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_pending WHERE id <= ?)")
                        .param(backlog.lastId())
                        .query(Boolean.class)
                        .single();
            }));
        }
    }

    private static boolean mayJoinCurrentTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return false;
        }
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        return isolation == null || isolation <= Connection.TRANSACTION_READ_COMMITTED;
    }

    private void sealInBackground() {
        try {
            own.executeWithoutResult(status -> jdbc.sql("INSERT INTO audit_seal (max_entries) VALUES (?)")
                    .param(BATCH)
                    .update());
        } catch (RuntimeException e) {
            // Retried at the next tick; the entries wait committed in audit_pending. No entry content in the log.
            log.warn(
                    "Sealing audit entries failed, retrying in {}: {}",
                    interval,
                    e.getClass().getSimpleName());
        }
    }

    private record Backlog(long entries, long lastId) {}

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("audit-sealer").daemon().factory());
        long millis = Math.max(10, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::sealInBackground, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                sealInBackground(); // what committed since the last tick, before the pool closes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /**
     * Stops after the web server (phases stop from the highest), so the entries of the last requests are sealed
     * before the connection pool closes.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
