package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.homeward.registry.Relationship;
import org.homeward.returns.MemberState;

/** One person in a case: non-personal facts copied from the registry, and where they stand in the case. */
record CaseMember(
        UUID personId,
        int position,
        Relationship relationship,
        String sex,
        Integer birthYear,
        MemberState state,
        boolean signed,
        LocalDate arrivedOn,
        String arrivedPcode) {

    /** Unknown birth year counts as adult: a person whose age is unknown signs for themselves. */
    boolean isAdultOn(LocalDate day) {
        return birthYear == null || day.getYear() - birthYear >= 18;
    }

    boolean pending() {
        return state == MemberState.PENDING;
    }

    CaseMember withSigned() {
        return new CaseMember(personId, position, relationship, sex, birthYear, state, true, arrivedOn, arrivedPcode);
    }

    CaseMember arrived(LocalDate date, String pcode) {
        return new CaseMember(
                personId, position, relationship, sex, birthYear, MemberState.ARRIVED, signed, date, pcode);
    }

    /** Recorded as arrived by mistake: on the way again. */
    CaseMember pendingAgain() {
        return new CaseMember(
                personId, position, relationship, sex, birthYear, MemberState.PENDING, signed, null, null);
    }

    CaseMember withdrawn() {
        return new CaseMember(
                personId, position, relationship, sex, birthYear, MemberState.WITHDRAWN, signed, null, null);
    }

    CaseMember withFacts(Relationship newRelationship, String newSex, Integer newBirthYear) {
        return new CaseMember(
                personId, position, newRelationship, newSex, newBirthYear, state, signed, arrivedOn, arrivedPcode);
    }
}
