package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Consent per person and purpose, kept as a history of givings and withdrawals. Other modules ask one
 * question: {@link #holds}.
 */
public interface Consents {

    /** Does the person hold valid consent for {@code purpose} (with {@code partner}, for SHARING) on {@code day}? */
    boolean holds(UUID personId, ConsentPurpose purpose, String partnerOrganisation, LocalDate day);

    /** Records consent given; for the signed-in actor, who must be allowed to change the household. */
    ConsentEvent give(UUID householdId, UUID personId, ConsentGiven consent);

    /** Records a withdrawal; nothing is overwritten, and a withdrawal always succeeds for a valid person. */
    ConsentEvent withdraw(UUID householdId, UUID personId, ConsentWithdrawn withdrawal);

    List<ConsentEvent> history(UUID householdId, UUID personId);

    /** How consent was given: by the person or a guardian, when, how, where and witnessed by whom. */
    record ConsentGiven(
            String purpose,
            String partnerOrganisation,
            String givenBy,
            LocalDate date,
            String method,
            String place,
            String witnessOrganisation) {}

    record ConsentWithdrawn(String purpose, String partnerOrganisation, LocalDate date) {}

    record ConsentEvent(
            long id,
            UUID personId,
            ConsentPurpose purpose,
            String partnerOrganisation,
            String kind,
            LocalDate date,
            String givenBy,
            String method,
            String place,
            String witnessOrganisation) {}
}
