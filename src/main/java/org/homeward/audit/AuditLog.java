package org.homeward.audit;

import java.util.List;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;

/**
 * The audit log every module writes to.
 *
 * <p>Contract for callers: append in the same read-write transaction as the change (or the read of personal data)
 * the entry records, so that both commit or roll back together. Pass ids and field names only: an
 * {@link AuditRecord} holds which record and which fields, never their values. The acting user is taken from the
 * Spring Security context ({@code "system"} when there is none), the time from the application clock.
 */
public interface AuditLog {

    /**
     * Records one action. Joins the caller's transaction (or runs in its own when there is none), which must be
     * read-write and READ COMMITTED (the default): the entry is written in it and chained as it commits. Refused
     * otherwise with an {@link IllegalStateException}, before anything is written.
     */
    void append(AuditRecord record);

    /** Records several actions of one bulk operation, in the given order. */
    void appendAll(List<AuditRecord> records);

    /** Recomputes the whole chain from the first entry and names the first broken entry, if any. */
    VerificationResult verify();

    /** Lists entries matching the query, newest first. */
    Page<AuditEntry> entries(AuditQuery query, PageRequest page);
}
