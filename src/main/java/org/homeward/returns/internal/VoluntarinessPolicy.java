package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Nobody returns without having declared, informed and in person, that they want to: every adult of a case signs
 * a voluntary-return declaration, on the day of signing. Children are covered by the adults of their case; a child
 * does not sign.
 */
final class VoluntarinessPolicy {

    private VoluntarinessPolicy() {}

    /** The adults of the case who have not signed. */
    static List<UUID> unsignedAdults(Collection<CaseMember> members, Collection<UUID> signedBy, LocalDate day) {
        return members.stream()
                .filter(member -> member.isAdultOn(day))
                .map(CaseMember::personId)
                .filter(id -> !signedBy.contains(id))
                .toList();
    }

    /** Those among the signers who are children on the day. */
    static List<UUID> minorsSigning(Collection<CaseMember> members, Collection<UUID> signedBy, LocalDate day) {
        return members.stream()
                .filter(member -> signedBy.contains(member.personId()) && !member.isAdultOn(day))
                .map(CaseMember::personId)
                .toList();
    }
}
