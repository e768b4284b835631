/**
 * The audit log: an append-only, hash-chained record of every change and of every read of personal data.
 *
 * <p>Other modules call {@link org.homeward.audit.AuditLog#append} inside the transaction that makes the change
 * (or reads the personal data), passing an {@link org.homeward.audit.AuditRecord} that names the record by its id
 * and the changed fields by their names: never values, never document or phone numbers.
 *
 * <p>How appends stay cheap and safe under concurrency: the entry is inserted into {@code audit_pending} in the
 * caller's transaction without any lock, and commits (or rolls back) with it. A sealer - in the background every
 * 200 ms, and before every read of the log - locks the one-row head of the chain and, in one transaction, gives
 * each committed pending entry in id order the next seq and its hash and moves it into {@code audit_entry}: one
 * commit flush per batch, so audited transactions no longer commit one flush at a time. Each entry's hash covers
 * its content and the previous entry's hash; {@link org.homeward.audit.AuditLog#verify} recomputes the chain.
 *
 * <p>The window: between its commit and the next seal (normally under a second) an entry is stored and
 * committed but not yet hash-chained. Triggers refuse UPDATE, DELETE and TRUNCATE of pending entries (only the
 * sealer's trigger deletes them, as it moves them into the chain); what they do not stop is a database superuser
 * switching triggers off, who in that window could remove an entry without verification noticing - as he could
 * change the registry itself before its audit entry exists. See {@code V41__audit_sealed_in_batches.sql}.
 */
package org.homeward.audit;
