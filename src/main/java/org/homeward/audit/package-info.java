/**
 * The audit log: an append-only, hash-chained record of every change and of every read of personal data.
 *
 * <p>Other modules call {@link org.homeward.audit.AuditLog#append} inside the transaction that makes the change
 * (or reads the personal data), passing an {@link org.homeward.audit.AuditRecord} that names the record by its id
 * and the changed fields by their names: never values, never document or phone numbers.
 *
 * <p>How appends stay cheap and safe under concurrency: the entry is inserted into {@code audit_pending} in the
 * caller's transaction without any lock; when that transaction commits, a deferred trigger locks the one-row head
 * of the chain, gives the entry the next seq and its hash, and moves it into {@code audit_entry}. Appends are
 * therefore serialised only from that point to the end of the commit, inside PostgreSQL. Each entry's hash covers
 * its content and the previous entry's hash; {@link org.homeward.audit.AuditLog#verify} recomputes the chain.
 */
package org.homeward.audit;
