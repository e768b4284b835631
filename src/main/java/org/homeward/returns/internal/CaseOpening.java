package org.homeward.returns.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.geography.Area;
import org.homeward.registry.HouseholdFacts;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnCaseOpened;
import org.homeward.returns.ReturnCaseView.Place;
import org.homeward.returns.ReturnStatus;
import org.homeward.shared.ConflictException;

/** How a case begins: a displaced household, or some of its members, records the intention to return. */
final class CaseOpening {

    private CaseOpening() {}

    static ReturnCase open(
            UUID id,
            String reference,
            HouseholdFacts household,
            List<String> householdAreas,
            List<UUID> memberIds,
            Area destination,
            Step step) {
        DisplacementType type = switch (household.status()) {
            case REFUGEE -> DisplacementType.REFUGEE;
            case IDP -> DisplacementType.IDP;
            case RETURNED_REFUGEE, RETURNED_IDP ->
                throw new ConflictException(
                        "household-returned", "the household has returned already (" + household.status() + ")");
        };
        Problems problems = new Problems();
        List<UUID> ids = memberIds == null ? List.of() : memberIds;
        if (ids.isEmpty()) {
            problems.add("memberIds", "required", "the members who intend to return");
        }
        for (int i = 0; i < ids.size(); i++) {
            UUID wanted = ids.get(i);
            boolean member = household.members().stream().anyMatch(m -> m.id().equals(wanted));
            if (!member) {
                problems.add("memberIds[" + i + "]", "not-a-member", "member " + wanted + " is not in the household");
            } else if (ids.indexOf(wanted) != i) {
                problems.add("memberIds[" + i + "]", "duplicate", "member " + wanted + " is listed twice");
            }
        }
        problems.throwIfAny();
        List<CaseMember> members = new ArrayList<>();
        for (HouseholdFacts.Member member : household.members()) {
            if (ids.contains(member.id())) {
                members.add(new CaseMember(
                        member.id(),
                        members.size(),
                        member.relationship(),
                        member.sex() == null ? null : member.sex().code(),
                        member.birthYear(),
                        MemberState.PENDING,
                        false,
                        null,
                        null));
            }
        }
        Place origin = new Place(household.currentCountry(), household.currentPcode(), household.currentSite());
        CaseState state =
                new CaseState(id, reference, household.id(), household.organisationId(), type, origin, 0, members);
        state.householdAreas = householdAreas;
        state.destination = Destination.of(destination);
        state.status = ReturnStatus.INTENTION_RECORDED;
        ReturnCase opened = new ReturnCase(state);
        opened.record(
                ReturnAction.OPEN,
                ReturnStatus.INTENTION_RECORDED,
                step.effectiveOn(),
                destination.pcode(),
                Map.of("members", members.size()),
                step);
        state.statusDate = step.effectiveOn();
        opened.publish(new ReturnCaseOpened(id, household.id(), type, destination.pcode(), members.size()));
        return opened;
    }
}
