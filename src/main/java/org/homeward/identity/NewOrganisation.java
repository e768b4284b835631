package org.homeward.identity;

/** What it takes to register an organisation; checked by {@link UserAdministration#createOrganisation}. */
public record NewOrganisation(String code, String nameEn, String nameAr, OrganisationKind kind) {}
