package org.homeward.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person withdrew consent for a purpose, effective on {@code date}. Published in the transaction that records it,
 * so that workflows that depend on the consent (a return case needs every adult's RETURN consent) stop at once.
 */
public record ConsentWithdrawalRecorded(
        UUID householdId, UUID personId, ConsentPurpose purpose, String partnerOrganisation, LocalDate date) {}
