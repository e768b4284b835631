package org.homeward.audit.internal;

import java.time.Instant;
import org.homeward.audit.AuditRecord;

/**
 * An entry waiting for its transaction to commit: who and when are fixed at the moment of the action, and the
 * payload is encoded then too, so that the sealer only has to hash it while it holds the head of the chain.
 */
record PendingEntry(Instant occurredAt, String actor, AuditRecord record, byte[] payload) {

    static PendingEntry of(Instant occurredAt, String actor, AuditRecord record) {
        Instant stored = ChainHash.stored(occurredAt);
        byte[] payload = ChainHash.payload(
                stored,
                actor,
                record.action().name(),
                record.entityType(),
                record.entityId(),
                record.changedFields(),
                record.purpose(),
                record.details());
        return new PendingEntry(stored, actor, record, payload);
    }
}
