package org.homeward.registry.web;

import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdView;
import org.springframework.security.access.AccessDeniedException;

/** Rules the registry's page controllers share. */
final class RegistryPages {

    private RegistryPages() {}

    /**
     * The household if the signed-in user may change it. The registry shows in full exactly those households
     * a user may change (RegistryAccess: same scope rule for both), so a pseudonymised view means no; the
     * registry checks again on every change.
     */
    static HouseholdRecord changeable(HouseholdView view) {
        if (view instanceof HouseholdRecord household) {
            return household;
        }
        throw new AccessDeniedException("You may not change this household");
    }

    /** A version from a hidden field; null when missing or not a number. */
    static Integer version(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
