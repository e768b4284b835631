package org.homeward.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects the audit entries of one transaction and writes them just before it commits.
 *
 * <p>Why wait: appending locks the head of the chain until the transaction ends. Written at the moment of the
 * action, the lock would cover everything the caller does afterwards (more inserts, other locks: a recipe for
 * long queues and deadlocks); written in {@code beforeCommit}, it covers only the insert and the commit. The
 * entries still belong to the transaction: if the insert fails, the transaction rolls back; if the transaction
 * rolls back, they are never written.
 *
 * <p>Entries appended late are not lost: by another {@code beforeCommit} callback after this one ran, they are
 * written at once (the transaction is still open); after that, during completion, they are written in a
 * transaction of their own once this one has committed, and dropped if it rolled back.
 */
final class TransactionBuffer implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(TransactionBuffer.class);

    private enum Phase {
        COLLECTING,
        FLUSHED,
        COMPLETING
    }

    private final AuditWriter writer;
    private final List<PendingEntry> pending = new ArrayList<>();
    private Phase phase = Phase.COLLECTING;

    private TransactionBuffer(AuditWriter writer) {
        this.writer = writer;
    }

    /** The buffer of the current transaction, registered on first use. */
    static TransactionBuffer current(AuditWriter writer) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof TransactionBuffer buffer && buffer.writer == writer) {
                return buffer;
            }
        }
        TransactionBuffer buffer = new TransactionBuffer(writer);
        TransactionSynchronizationManager.registerSynchronization(buffer);
        return buffer;
    }

    void add(List<PendingEntry> entries) {
        if (phase == Phase.FLUSHED) {
            writer.write(entries);
        } else {
            pending.addAll(entries);
        }
    }

    /** Last among the synchronizations, so that entries appended by the others' callbacks are still collected. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        phase = Phase.FLUSHED;
        writer.write(List.copyOf(pending));
        pending.clear();
    }

    @Override
    public void beforeCompletion() {
        phase = Phase.COMPLETING;
    }

    @Override
    public void afterCompletion(int status) {
        if (status == STATUS_COMMITTED && !pending.isEmpty()) {
            log.warn(
                    "{} audit entries were appended while their transaction was completing; writing them in a"
                            + " transaction of their own",
                    pending.size());
            writer.writeInNewTransaction(List.copyOf(pending));
        }
        pending.clear();
    }
}
