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
     * read-write: the entry is written in it, commits with it, and is chained into the log shortly after (at most
     * a few hundred milliseconds; at once when the log is read). Refused in a read-only transaction with an
     * {@link IllegalStateException}, before anything is written.
     */
    void append(AuditRecord record);

    /** Records several actions of one bulk operation, in the given order. */
    void appendAll(List<AuditRecord> records);

    /**
     * Recomputes the whole chain from the first entry and names the first broken entry, if any. Entries committed
     * before the call are chained first.
     */
    VerificationResult verify();

    /** Lists entries matching the query, newest first; entries committed before the call are chained first. */
    Page<AuditEntry> entries(AuditQuery query, PageRequest page);

    /**
     * Chains every entry committed so far into the log now, instead of at the next background tick. Reads through
     * this interface do it themselves; this is for code (and tests) that query the audit tables directly.
     */
    void sealPending();
}
