/**
 * The audit log: an append-only, hash-chained record of every change and of every read of personal data.
 *
 * <p>Other modules call {@link org.homeward.audit.AuditLog#append} inside the transaction that makes the change
 * (or reads the personal data), passing an {@link org.homeward.audit.AuditRecord} that names the record by its id
 * and the changed fields by their names: never values, never document or phone numbers.
 */
package org.homeward.audit;
