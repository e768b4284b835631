package org.homeward.registry.internal;

import java.util.List;
import org.homeward.registry.Consents;
import org.homeward.registry.HouseholdDraft;

/**
 * One household for {@link HouseholdBulkWriter}: the same draft a client would POST, the code of the
 * registering organisation, and the consents its members gave at registration.
 */
public record BulkHousehold(HouseholdDraft draft, String organisation, List<MemberConsent> consents) {

    public BulkHousehold {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    /** Consent given by the member at {@code member} (position in the draft's member list). */
    public record MemberConsent(int member, Consents.ConsentGiven consent) {}
}
