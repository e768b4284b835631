package org.homeward.returns.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.Relationship;

/**
 * When an arrival moves the household's record. The registry keeps one location per household, while a case may
 * arrive in parts: the record follows the head of household — it moves (and becomes RETURNED_REFUGEE or
 * RETURNED_IDP) with the arrival that brings the head home. A household without a recorded head follows its
 * majority: it moves with the arrival after which most of its members have arrived. Members who are not home yet
 * stay in the case as pending, whatever the record says; the counts never depend on the household's record, only
 * on person-arrivals.
 */
final class HouseholdLocationPolicy {

    private HouseholdLocationPolicy() {}

    /**
     * @param arrivedNow the members arriving in this step
     * @param arrivedInCase every member of the case who has arrived, this step included
     */
    static boolean moves(HouseholdFacts household, Collection<UUID> arrivedNow, Collection<UUID> arrivedInCase) {
        Set<UUID> heads = household.members().stream()
                .filter(member -> member.relationship() == Relationship.HEAD)
                .map(HouseholdFacts.Member::id)
                .collect(Collectors.toSet());
        if (!heads.isEmpty()) {
            return arrivedNow.stream().anyMatch(heads::contains);
        }
        int total = household.members().size();
        int before = arrivedInCase.size() - arrivedNow.size();
        return 2 * arrivedInCase.size() > total && 2 * before <= total;
    }
}
