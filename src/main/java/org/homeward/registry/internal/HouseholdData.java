package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.DisplacementStatus;

/** A household as validated: resolved codes, normalised text, members in order. */
record HouseholdData(
        DisplacementStatus status,
        String originPcode,
        String currentCountry,
        String currentLocality,
        String currentPcode,
        String currentSite,
        LocalDate dateDisplaced,
        String phone,
        String notes,
        boolean childHeaded,
        List<PersonData> members) {

    /** Without locality, dates, phone, notes or members' data: records reach logs and exception messages. */
    @Override
    public String toString() {
        return "HouseholdData[%s, origin %s, in %s, %d members; personal fields withheld]"
                .formatted(status, originPcode, currentCountry, members.size());
    }
}
