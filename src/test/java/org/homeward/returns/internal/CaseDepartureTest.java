package org.homeward.returns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.returns.internal.CaseFixtures.CHILD;
import static org.homeward.returns.internal.CaseFixtures.HEAD;
import static org.homeward.returns.internal.CaseFixtures.SARMADA;
import static org.homeward.returns.internal.CaseFixtures.SPOUSE;
import static org.homeward.returns.internal.CaseFixtures.STEP;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.DisplacementStatus;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnCaseView.Plan;
import org.homeward.returns.ReturnDeparted;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.ReturnUnscheduled;
import org.homeward.returns.ReturnWithdrawn;
import org.homeward.returns.TransitionRefused;
import org.homeward.returns.Transport;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** Departures in part, and what a cancelled convoy does to a case booked on it. */
class CaseDepartureTest {

    static final LocalDate APRIL_FIRST = LocalDate.of(2025, 4, 1);

    @Test
    void membersWhoStayBehindLeaveTheCaseAndTheOthersTravelOn() {
        ReturnCase returnCase = CaseFixtures.scheduled(DisplacementStatus.REFUGEE);

        List<CaseMember> left = returnCase.depart(departure(List.of(HEAD, CHILD)), List.of(), STEP);

        assertThat(left).extracting(CaseMember::personId).containsExactly(HEAD, CHILD);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.DEPARTED);
        assertThat(returnCase.state.member(SPOUSE).orElseThrow().state()).isEqualTo(MemberState.WITHDRAWN);
        assertThat(returnCase.pendingMembers()).extracting(CaseMember::personId).containsExactly(HEAD, CHILD);
        assertThat(returnCase.recorded().getLast().detail())
                .containsEntry("members", 2)
                .containsEntry("stayedBehind", 1);
        assertThat(returnCase.events())
                .anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                ReturnWithdrawn.class,
                                withdrawn -> assertThat(withdrawn.personIds()).containsExactly(SPOUSE)))
                .anySatisfy(event -> assertThat(event)
                        .isInstanceOfSatisfying(
                                ReturnDeparted.class,
                                departed -> assertThat(departed.personIds()).containsExactly(HEAD, CHILD)));
        // who stayed behind cannot arrive in this case
        returnCase.cross(APRIL_FIRST, CaseFixtures.BAB_AL_HAWA, CaseFixtures.POLICY, STEP);
        assertThat(fields(() -> returnCase.arrive(APRIL_FIRST.plusDays(1), SARMADA, List.of(SPOUSE), STEP)))
                .containsExactly("memberIds:withdrawn");
    }

    @Test
    void aDepartureWithoutNamesTakesEveryone() {
        ReturnCase returnCase = CaseFixtures.scheduled(DisplacementStatus.REFUGEE);

        List<CaseMember> left = returnCase.depart(departure(List.of()), List.of(), STEP);

        assertThat(left).hasSize(3);
        assertThat(returnCase.recorded().getLast().detail()).doesNotContainKey("stayedBehind");
    }

    @Test
    void aChildDoesNotSetOffWithoutASignedAdultAndStrangersAreRefused() {
        ReturnCase returnCase = CaseFixtures.scheduled(DisplacementStatus.REFUGEE);
        int before = returnCase.recorded().size();

        assertThat(fields(() -> returnCase.depart(departure(List.of(CHILD)), List.of(), STEP)))
                .containsExactly("memberIds:no-adult");
        assertThat(fields(() -> returnCase.depart(departure(List.of(HEAD, UUID.randomUUID())), List.of(), STEP)))
                .containsExactly("memberIds[1]:not-in-case");

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.SCHEDULED);
        assertThat(returnCase.pendingMembers()).hasSize(3);
        assertThat(returnCase.recorded()).hasSize(before);
    }

    @Test
    void aCancelledConvoySendsItsScheduledCaseBackToCleared() {
        UUID convoy = UUID.randomUUID();
        ReturnCase returnCase = onConvoy(convoy);

        returnCase.unschedule(convoy, "CV-00001", STEP);

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.CLEARED);
        assertThat(returnCase.state.plan).isNull();
        assertThat(returnCase.recorded().getLast().action()).isEqualTo("unschedule");
        assertThat(returnCase.recorded().getLast().detail()).containsEntry("convoy", "CV-00001");
        assertThat(returnCase.events()).last().isInstanceOf(ReturnUnscheduled.class);
        assertThat(returnCase.allowedActions()).contains(ReturnAction.SCHEDULE);
    }

    @Test
    void aCaseHeldOnACancelledConvoyWillResumeAsCleared() {
        UUID convoy = UUID.randomUUID();
        ReturnCase returnCase = onConvoy(convoy);
        returnCase.hold("documents to renew", null, STEP);

        returnCase.unschedule(convoy, "CV-00001", STEP);

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.ON_HOLD);
        assertThat(returnCase.state.hold.heldFrom()).isEqualTo(ReturnStatus.CLEARED);
        returnCase.release(Optional.empty(), STEP);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.CLEARED);
    }

    @Test
    void onlyACaseOnThatConvoyIsUnscheduled() {
        ReturnCase returnCase = onConvoy(UUID.randomUUID());

        assertThatThrownBy(() -> returnCase.unschedule(UUID.randomUUID(), "CV-00002", STEP))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("CV-00002");
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.SCHEDULED);
    }

    private static ReturnCase onConvoy(UUID convoy) {
        ReturnCase returnCase = CaseFixtures.scheduled(DisplacementStatus.REFUGEE);
        returnCase.state.plan = new Plan(APRIL_FIRST, Transport.CONVOY, "XP-TUR-BHW", convoy);
        return returnCase;
    }

    private static CaseMovements.DepartureInput departure(List<UUID> members) {
        return new CaseMovements.DepartureInput(APRIL_FIRST, "TUR", null, null, null, members);
    }

    private static List<String> fields(Runnable transition) {
        try {
            transition.run();
        } catch (ValidationException invalid) {
            return invalid.errors().stream()
                    .map((FieldError error) -> error.field() + ":" + error.code())
                    .toList();
        }
        throw new AssertionError("the request was not refused");
    }
}
