package org.homeward.audit;

/** What was done to a record. Kept small: each action is something an auditor asks about. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Personal data was shown to someone. */
    READ,
    /** Records left the system (a file, another organisation); needs a stated purpose. */
    EXPORT,
    LOGIN
}
