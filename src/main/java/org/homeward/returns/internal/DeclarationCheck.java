package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.Consents;
import org.springframework.stereotype.Component;

/**
 * Whether the declarations of a case still hold. A withdrawal recorded in the registry withdraws the case at once
 * ({@link DeclarationWithdrawals}); this check is the second line, asked again before clearance and departure, in
 * case a withdrawal reached the registry some other way.
 */
@Component
class DeclarationCheck {

    private final Consents consents;

    DeclarationCheck(Consents consents) {
        this.consents = consents;
    }

    /** The signers of the case whose RETURN consent no longer holds on {@code day}. */
    List<UUID> withdrawn(ReturnCase returnCase, LocalDate day) {
        return returnCase.pendingMembers().stream()
                .filter(CaseMember::signed)
                .map(CaseMember::personId)
                .filter(person -> !consents.holds(person, ConsentPurpose.RETURN, null, day))
                .toList();
    }
}
