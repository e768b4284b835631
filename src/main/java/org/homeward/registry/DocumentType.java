package org.homeward.registry;

/** Kinds of identity document a displaced person may hold. */
public enum DocumentType {
    NATIONAL_ID,
    PASSPORT,
    FAMILY_BOOKLET,
    BIRTH_CERTIFICATE,
    UNHCR_CERTIFICATE,
    TEMPORARY_PROTECTION_ID,
    RESIDENCE_PERMIT,
    OTHER
}
