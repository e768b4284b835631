package org.homeward.identity;

/**
 * An organisation taking part in the return process. {@code code} is its short, stable, upper-case
 * identifier ({@code UNHCR}, {@code SARC}); users of an inactive organisation cannot sign in.
 */
public record Organisation(long id, String code, String nameEn, String nameAr, OrganisationKind kind, boolean active) {}
