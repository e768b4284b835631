package org.homeward.returns.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.geography.Area;
import org.homeward.returns.ArrivalCorrections.Correction;
import org.homeward.returns.ArrivalCorrections.Reason;
import org.homeward.returns.MemberState;
import org.homeward.returns.internal.ArrivalCorrectionService.Targets;

/**
 * The checks of an arrival correction, all problems at once: a known reason, something to correct, a community
 * (level 4) and a past date not before departure or crossing, members who are in the case and recorded as arrived,
 * and at least one member still arrived afterwards (a case's whole arrival is not undone: its monitoring has
 * begun).
 */
final class ArrivalCorrectionRules {

    private ArrivalCorrectionRules() {}

    static Targets check(ReturnCase returnCase, Correction correction, Area community, Step step, Problems problems) {
        CaseState state = returnCase.state;
        if (correction.reason() == null
                || Arrays.stream(Reason.values())
                        .noneMatch(reason -> reason.name().equals(correction.reason()))) {
            problems.add(
                    "reason",
                    correction.reason() == null ? "required" : "unknown",
                    "one of " + Arrays.stream(Reason.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        List<UUID> notArrived = correction.notArrivedMemberIds() == null ? List.of() : correction.notArrivedMemberIds();
        List<UUID> named = correction.memberIds() == null ? List.of() : correction.memberIds();
        boolean moves = correction.date() != null || correction.pcode() != null;
        if (!moves && notArrived.isEmpty()) {
            problems.add("date", "required", "a corrected date, pcode or notArrivedMemberIds: nothing to correct");
        }
        if (correction.date() != null) {
            problems.pastDate("date", correction.date(), step.today());
            problems.notBefore("date", correction.date(), state.departure.date(), "before-departure", "departure");
            if (state.crossing != null) {
                problems.notBefore("date", correction.date(), state.crossing.date(), "before-crossing", "crossing");
            }
        }
        if (community != null && community.level() != Area.COMMUNITY) {
            problems.add("pcode", "not-a-community", community.pcode() + " is not a community (level 4) P-code");
        }
        arrivedOnly(returnCase, "memberIds", named, problems);
        arrivedOnly(returnCase, "notArrivedMemberIds", notArrived, problems);
        for (int i = 0; i < named.size(); i++) {
            if (notArrived.contains(named.get(i))) {
                problems.add(
                        "memberIds[" + i + "]", "also-not-arrived", "a member cannot be both corrected and removed");
            }
        }
        List<UUID> arrived = state.members.stream()
                .filter(member -> member.state() == MemberState.ARRIVED)
                .map(CaseMember::personId)
                .toList();
        if (problems.isEmpty() && arrived.stream().allMatch(notArrived::contains)) {
            problems.add(
                    "notArrivedMemberIds",
                    "all-members",
                    "at least one member must stay arrived; a whole arrival cannot be undone");
        }
        List<UUID> corrected = new ArrayList<>();
        if (moves) {
            (named.isEmpty() ? arrived : named)
                    .stream().filter(id -> !notArrived.contains(id)).forEach(corrected::add);
        }
        return new Targets(corrected, notArrived);
    }

    private static void arrivedOnly(ReturnCase returnCase, String field, List<UUID> ids, Problems problems) {
        returnCase.checkMembers(field, ids, problems);
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            returnCase
                    .state
                    .member(id)
                    .filter(member -> member.state() != MemberState.ARRIVED)
                    .ifPresent(member ->
                            problems.add(field, "not-arrived", "member " + id + " is not recorded as arrived"));
        }
    }
}
