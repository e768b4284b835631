package org.homeward.registry.web;

import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.Consents;
import org.homeward.shared.FieldError;

/**
 * The consent form of one member as typed. {@code kind} is GIVEN or WITHDRAWN; a withdrawal needs only the
 * purpose (with the partner, for sharing) and the date.
 */
record ConsentForm(
        String kind,
        String purpose,
        String partnerOrganisation,
        String givenBy,
        String method,
        String date,
        String place,
        String witnessOrganisation) {

    static ConsentForm blank(LocalDate today) {
        return new ConsentForm("GIVEN", null, null, null, null, today.toString(), null, null);
    }

    boolean withdrawal() {
        return "WITHDRAWN".equals(kind);
    }

    /** The parsed date (null when blank: the registry names that); a value that is not a date is a problem. */
    LocalDate parsedDate(List<FieldError> problems) {
        return HouseholdForms.date("date", date, problems);
    }

    Consents.ConsentGiven given(LocalDate day) {
        return new Consents.ConsentGiven(
                Texts.blankToNull(purpose),
                Texts.blankToNull(partnerOrganisation),
                Texts.blankToNull(givenBy),
                day,
                Texts.blankToNull(method),
                Texts.blankToNull(place),
                Texts.blankToNull(witnessOrganisation));
    }

    Consents.ConsentWithdrawn withdrawn(LocalDate day) {
        return new Consents.ConsentWithdrawn(Texts.blankToNull(purpose), Texts.blankToNull(partnerOrganisation), day);
    }
}
