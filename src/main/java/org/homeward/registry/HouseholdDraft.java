package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks the registry to record for a household: the body of a registration or of a full update.
 * Fields are raw as received; {@link Registry} validates all of them together and names every problem.
 */
public record HouseholdDraft(
        String displacementStatus,
        String originPcode,
        String currentCountry,
        String currentLocality,
        String currentPcode,
        String currentSite,
        LocalDate dateDisplaced,
        String phone,
        String notes,
        Boolean childHeaded,
        List<MemberDraft> members) {

    public HouseholdDraft {
        members = members == null ? List.of() : members;
    }

    /** Without the contents: records reach logs (Spring MVC logs bodies at DEBUG) and exception messages. */
    @Override
    public String toString() {
        return "HouseholdDraft[" + members.size() + " members; contents withheld]";
    }
}
