package org.homeward.identity;

/** An organisation was registered. */
public record OrganisationCreated(long organisationId, String code) {}
