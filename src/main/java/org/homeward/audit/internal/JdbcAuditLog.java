package org.homeward.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditQuery;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.VerificationResult;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log on PostgreSQL: entries written in the caller's transaction, chained shortly after it commits by the
 * {@link AuditSealer}, and before any read of the log.
 */
@Service
class JdbcAuditLog implements AuditLog {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    private final AuditWriter writer;
    private final ChainVerifier verifier;
    private final AuditEntries entries;
    private final AuditSealer sealer;
    private final Clock clock;

    JdbcAuditLog(AuditWriter writer, ChainVerifier verifier, AuditEntries entries, AuditSealer sealer, Clock clock) {
        this.writer = writer;
        this.verifier = verifier;
        this.entries = entries;
        this.sealer = sealer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void append(AuditRecord record) {
        appendAll(List.of(record));
    }

    @Override
    @Transactional
    public void appendAll(List<AuditRecord> records) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("Audit entries are written in the caller's transaction, which is"
                    + " read-only: read personal data in a read-write transaction (@Transactional without readOnly)");
        }
        if (records.isEmpty()) {
            return;
        }
        String actor = currentActor();
        Instant now = clock.instant();
        writer.write(records.stream()
                .map(record -> PendingEntry.of(now, actor, record))
                .toList());
    }

    @Override
    public VerificationResult verify() {
        sealer.sealCommitted();
        return verifier.verify();
    }

    @Override
    public Page<AuditEntry> entries(AuditQuery query, PageRequest page) {
        sealer.sealCommitted();
        return entries.find(query, page);
    }

    @Override
    public void sealPending() {
        sealer.sealCommitted();
    }

    /** The authenticated user's name; {@value #SYSTEM} for work no user started (jobs, imports at startup). */
    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
