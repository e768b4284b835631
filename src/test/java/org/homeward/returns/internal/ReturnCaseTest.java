package org.homeward.returns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.returns.internal.CaseFixtures.BAB_AL_HAWA;
import static org.homeward.returns.internal.CaseFixtures.CHILD;
import static org.homeward.returns.internal.CaseFixtures.DAMASCUS_AIRPORT;
import static org.homeward.returns.internal.CaseFixtures.HEAD;
import static org.homeward.returns.internal.CaseFixtures.MASNAA;
import static org.homeward.returns.internal.CaseFixtures.POLICY;
import static org.homeward.returns.internal.CaseFixtures.SARMADA;
import static org.homeward.returns.internal.CaseFixtures.SPOUSE;
import static org.homeward.returns.internal.CaseFixtures.STEP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homeward.registry.DisplacementStatus;
import org.homeward.returns.CounsellingTopic;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnArrived;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.ReturnWithdrawn;
import org.homeward.returns.TransitionRefused;
import org.homeward.returns.Transport;
import org.homeward.shared.ConflictException;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The state machine of a return case, alone: every transition, every refusal, with a fixed today. */
class ReturnCaseTest {

    static final Optional<AreaHold> NO_HOLD = Optional.empty();
    static final AreaHold IDLEB_HELD =
            new AreaHold(9, "SY07", "assessed unsafe", Instant.parse("2025-05-01T00:00:00Z"));

    @Test
    void aRefugeeReturnGoesFromIntentionThroughCrossingToMonitoring() {
        ReturnCase returnCase = CaseFixtures.arrived();
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.ARRIVED);
        assertThat(returnCase.state.statusDate).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(returnCase.state.members).allMatch(member -> member.state() == MemberState.ARRIVED);
        assertThat(returnCase.recorded())
                .extracting(entry -> entry.action())
                .containsExactly(
                        "open", "counsel", "sign-declaration", "clear", "schedule", "depart", "cross", "arrive");
        assertThat(returnCase.recorded()).allMatch(entry -> entry.recordedBy().equals("caseworker-1"));
        assertThat(returnCase.recorded().get(6).place()).isEqualTo("XP-TUR-BHW");

        returnCase.monitored(LocalDate.of(2025, 5, 2), new Problems(), STEP);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.MONITORED);
        assertThat(returnCase.allowedActions()).extracting(Enum::name).containsExactly("MONITOR");
    }

    @Test
    void anIdpReturnGoesFromTheCampHomeWithoutCrossing() {
        ReturnCase returnCase = CaseFixtures.departed(DisplacementStatus.IDP);
        assertThat(codes(returnCase)).containsExactly("arrive", "withdraw", "cancel");

        TransitionRefused refused =
                refusal(() -> returnCase.cross(LocalDate.of(2025, 4, 1), BAB_AL_HAWA, POLICY, STEP));
        assertThat(refused.getMessage()).isEqualTo("an IDP return crosses no border");

        returnCase.arrive(LocalDate.of(2025, 4, 2), SARMADA, List.of(HEAD, SPOUSE, CHILD), STEP);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.ARRIVED);
        assertThat(returnCase.state.departure.site()).isEqualTo("SYR-S-RUK");
    }

    @Test
    void aRefusalNamesTheCurrentStateAndTheAllowedActions() {
        ReturnCase returnCase = CaseFixtures.counselled(DisplacementStatus.REFUGEE);

        TransitionRefused refused = refusal(() -> returnCase.schedule(input(BAB_AL_HAWA), NO_HOLD, STEP));

        assertThat(refused.currentState()).isEqualTo(ReturnStatus.COUNSELLED);
        assertThat(refused.getMessage()).isEqualTo("only a cleared case can be scheduled");
        assertThat(refused.allowedActions()).containsExactly("sign-declaration", "withdraw", "cancel", "hold");
        assertThat(returnCase.recorded()).hasSize(2);
    }

    static Stream<Arguments> refusedTransitions() {
        return Stream.of(
                Arguments.of(
                        "counsel twice",
                        (Supplier<ReturnCase>) () -> CaseFixtures.counselled(DisplacementStatus.REFUGEE),
                        "counsel"),
                Arguments.of(
                        "sign before counselling", (Supplier<ReturnCase>) CaseFixtures::opened, "sign-declaration"),
                Arguments.of(
                        "clear before signing",
                        (Supplier<ReturnCase>) () -> CaseFixtures.counselled(DisplacementStatus.REFUGEE),
                        "clear"),
                Arguments.of(
                        "depart before scheduling",
                        (Supplier<ReturnCase>) () -> CaseFixtures.cleared(DisplacementStatus.REFUGEE),
                        "depart"),
                Arguments.of(
                        "cross before departing",
                        (Supplier<ReturnCase>) () -> CaseFixtures.scheduled(DisplacementStatus.REFUGEE),
                        "cross"),
                Arguments.of(
                        "arrive before crossing",
                        (Supplier<ReturnCase>) () -> CaseFixtures.departed(DisplacementStatus.REFUGEE),
                        "arrive"),
                Arguments.of("monitor before arriving", (Supplier<ReturnCase>) CaseFixtures::crossed, "monitor"),
                Arguments.of("release without hold", (Supplier<ReturnCase>) CaseFixtures::opened, "release"),
                Arguments.of("hold on the road", (Supplier<ReturnCase>) CaseFixtures::crossed, "hold"),
                Arguments.of("cancel after arrival", (Supplier<ReturnCase>) CaseFixtures::arrived, "cancel"),
                Arguments.of("withdraw after arrival", (Supplier<ReturnCase>) CaseFixtures::arrived, "withdraw"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTransitions")
    void transitionsOutOfOrderAreRefusedAndChangeNothing(String name, Supplier<ReturnCase> at, String action) {
        ReturnCase returnCase = at.get();
        ReturnStatus before = returnCase.state.status;
        int steps = returnCase.recorded().size();

        TransitionRefused refused = refusal(() -> act(returnCase, action));

        assertThat(refused.action()).isEqualTo(action);
        assertThat(refused.currentState()).isEqualTo(before);
        assertThat(refused.allowedActions()).doesNotContain(action);
        assertThat(returnCase.state.status).isEqualTo(before);
        assertThat(returnCase.recorded()).hasSize(steps);
    }

    @Test
    void everyAdultSignsTheDeclarationAndChildrenDoNot() {
        ReturnCase returnCase = CaseFixtures.counselled(DisplacementStatus.REFUGEE);

        assertThat(fields(() -> returnCase.signDeclaration(
                        LocalDate.of(2025, 3, 2), "Gaziantep", "UNHCR", List.of(HEAD), STEP)))
                .containsExactly("signedBy:adult-missing");
        assertThat(fields(() -> returnCase.signDeclaration(
                        LocalDate.of(2025, 3, 2), "Gaziantep", "UNHCR", List.of(HEAD, SPOUSE, CHILD), STEP)))
                .containsExactly("signedBy:not-adult");
        assertThat(fields(() -> returnCase.signDeclaration(
                        LocalDate.of(2025, 2, 28), " ", null, List.of(HEAD, SPOUSE, UUID.randomUUID()), STEP)))
                .containsExactlyInAnyOrder(
                        "date:before-counselling",
                        "place:required",
                        "witnessOrganisation:required",
                        "signedBy[2]:not-in-case");
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.COUNSELLED);

        returnCase.signDeclaration(LocalDate.of(2025, 3, 2), "Gaziantep", "UNHCR", List.of(HEAD, SPOUSE), STEP);
        assertThat(returnCase.state.members).filteredOn(CaseMember::signed).hasSize(2);
    }

    @Test
    void datesCannotLieInTheFutureNorBeforeTheStepTheyFollow() {
        ReturnCase opened = CaseFixtures.opened();
        assertThat(fields(() -> opened.counsel(LocalDate.of(2025, 7, 1), Set.of(CounsellingTopic.SERVICES), STEP)))
                .containsExactly("date:future-date");
        assertThat(fields(() -> opened.counsel(LocalDate.of(2025, 6, 1), Set.of(), STEP)))
                .containsExactly("topics:required");

        ReturnCase crossed = CaseFixtures.crossed();
        assertThat(fields(() -> crossed.arrive(LocalDate.of(2025, 3, 31), SARMADA, List.of(HEAD), STEP)))
                .containsExactlyInAnyOrder("date:before-departure", "date:before-crossing");
        assertThat(fields(() -> crossed.arrive(LocalDate.of(2025, 4, 2), CaseFixtures.IDLEB, List.of(HEAD), STEP)))
                .containsExactly("pcode:not-a-community");
        assertThat(crossed.state.status).isEqualTo(ReturnStatus.CROSSED);
    }

    @Test
    void aRefugeeCrossesOnlyFromTheCountryItLeft() {
        ReturnCase departed = CaseFixtures.departed(DisplacementStatus.REFUGEE);

        assertThat(fields(() -> departed.cross(LocalDate.of(2025, 4, 1), MASNAA, POLICY, STEP)))
                .containsExactly("crossingPointCode:wrong-country");
        departed.cross(LocalDate.of(2025, 4, 1), DAMASCUS_AIRPORT, POLICY, STEP);
        assertThat(departed.state.status).isEqualTo(ReturnStatus.CROSSED);
    }

    @Test
    void schedulingChecksTheCrossingAgainstTheKindOfReturn() {
        ReturnCase refugee = CaseFixtures.cleared(DisplacementStatus.REFUGEE);
        assertThat(fields(() -> refugee.schedule(input(null), NO_HOLD, STEP)))
                .containsExactly("crossingPointCode:required");
        assertThat(fields(() -> refugee.schedule(input(MASNAA), NO_HOLD, STEP)))
                .containsExactly("crossingPointCode:wrong-country");

        ReturnCase idp = CaseFixtures.cleared(DisplacementStatus.IDP);
        assertThat(fields(() -> idp.schedule(input(BAB_AL_HAWA), NO_HOLD, STEP)))
                .containsExactly("crossingPointCode:not-applicable");
    }

    @Test
    void anAreaOnHoldStopsClearanceAndScheduling() {
        ReturnCase signed = CaseFixtures.signed(DisplacementStatus.REFUGEE);
        TransitionRefused refused = refusal(() -> signed.clear(Optional.of(IDLEB_HELD), List.of(), STEP));
        assertThat(refused.getMessage()).contains("C4121", "SY07", "assessed unsafe");

        ReturnCase cleared = CaseFixtures.cleared(DisplacementStatus.REFUGEE);
        assertThat(refusal(() -> cleared.schedule(input(BAB_AL_HAWA), Optional.of(IDLEB_HELD), STEP))
                        .currentState())
                .isEqualTo(ReturnStatus.CLEARED);
    }

    @Test
    void aWithdrawnDeclarationStopsTheCase() {
        ReturnCase signed = CaseFixtures.signed(DisplacementStatus.REFUGEE);

        TransitionRefused refused = refusal(() -> signed.clear(NO_HOLD, List.of(SPOUSE), STEP));

        assertThat(refused.allowedActions()).containsExactly("withdraw", "cancel");
        signed.withdrawByDeclaration(List.of(SPOUSE), STEP);
        assertThat(signed.state.status).isEqualTo(ReturnStatus.WITHDRAWN);
    }

    static Stream<Arguments> statesBeforeArrival() {
        return Stream.of(
                Arguments.of("INTENTION_RECORDED", (Supplier<ReturnCase>) CaseFixtures::opened),
                Arguments.of(
                        "COUNSELLED", (Supplier<ReturnCase>) () -> CaseFixtures.counselled(DisplacementStatus.REFUGEE)),
                Arguments.of("DECLARATION_SIGNED", (Supplier<ReturnCase>)
                        () -> CaseFixtures.signed(DisplacementStatus.REFUGEE)),
                Arguments.of("CLEARED", (Supplier<ReturnCase>) () -> CaseFixtures.cleared(DisplacementStatus.REFUGEE)),
                Arguments.of(
                        "SCHEDULED", (Supplier<ReturnCase>) () -> CaseFixtures.scheduled(DisplacementStatus.REFUGEE)),
                Arguments.of(
                        "DEPARTED", (Supplier<ReturnCase>) () -> CaseFixtures.departed(DisplacementStatus.REFUGEE)),
                Arguments.of("CROSSED", (Supplier<ReturnCase>) CaseFixtures::crossed),
                Arguments.of("ON_HOLD", (Supplier<ReturnCase>) () -> {
                    ReturnCase held = CaseFixtures.cleared(DisplacementStatus.REFUGEE);
                    held.hold("family asked to wait", null, STEP);
                    return held;
                }));
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("statesBeforeArrival")
    void theHouseholdMayWithdrawAtAnyStateBeforeArrivalWithoutAReason(String state, Supplier<ReturnCase> at) {
        ReturnCase returnCase = at.get();
        assertThat(returnCase.state.status.name()).isEqualTo(state);

        returnCase.withdraw(null, List.of(), STEP);

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.WITHDRAWN);
        assertThat(returnCase.state.hold).isNull();
        assertThat(returnCase.allowedActions()).isEmpty();
        assertThat(returnCase.events()).last().isInstanceOf(ReturnWithdrawn.class);
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("statesBeforeArrival")
    void aCaseworkerMayCancelBeforeArrivalGivingAReason(String state, Supplier<ReturnCase> at) {
        ReturnCase returnCase = at.get();
        assertThat(fields(() -> returnCase.cancel(" ", STEP))).containsExactly("reason:required");

        returnCase.cancel("duplicate case", STEP);

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.CANCELLED);
        assertThat(returnCase.state.closingReason).isEqualTo("duplicate case");
    }

    @Test
    void aHoldRemembersTheStateAndReleaseResumesIt() {
        ReturnCase returnCase = CaseFixtures.scheduled(DisplacementStatus.REFUGEE);
        returnCase.hold("documents missing", null, STEP);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.ON_HOLD);
        assertThat(codes(returnCase)).containsExactly("release", "withdraw", "cancel");

        returnCase.release(NO_HOLD, STEP);

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.SCHEDULED);
        assertThat(returnCase.state.hold).isNull();
    }

    @Test
    void aCaseHeldByItsAreaIsReleasedWithTheAreaOrPassesToAnotherHold() {
        ReturnCase returnCase = CaseFixtures.cleared(DisplacementStatus.REFUGEE);
        returnCase.hold("assessed unsafe", 9L, STEP);
        assertThat(codes(returnCase)).containsExactly("withdraw", "cancel");
        assertThat(refusal(() -> returnCase.release(NO_HOLD, STEP)).getMessage())
                .contains("area hold 9");

        AreaHold other = new AreaHold(10, "SY0703", "flooding", Instant.parse("2025-06-01T00:00:00Z"));
        returnCase.releaseArea(9, Optional.of(other), STEP);
        assertThat(returnCase.state.hold.areaHoldId()).isEqualTo(10L);

        returnCase.releaseArea(10, NO_HOLD, STEP);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.CLEARED);
    }

    @Test
    void membersMayArriveInPartsEachCountedOnce() {
        ReturnCase returnCase = CaseFixtures.crossed();

        List<CaseMember> first = returnCase.arrive(LocalDate.of(2025, 4, 2), SARMADA, List.of(HEAD, CHILD), STEP);
        assertThat(first).extracting(CaseMember::personId).containsExactly(HEAD, CHILD);
        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.ARRIVED);
        assertThat(codes(returnCase)).containsExactly("monitor", "arrive", "withdraw");
        assertThat(fields(() -> returnCase.arrive(LocalDate.of(2025, 4, 9), SARMADA, List.of(HEAD, SPOUSE), STEP)))
                .containsExactly("memberIds:already-arrived");

        returnCase.arrive(LocalDate.of(2025, 4, 9), SARMADA, List.of(SPOUSE), STEP);

        assertThat(returnCase.state.firstArrivedOn).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(returnCase.events())
                .filteredOn(ReturnArrived.class::isInstance)
                .hasSize(2);
        assertThat(codes(returnCase)).containsExactly("monitor");
    }

    @Test
    void afterAPartialArrivalTheOthersMayWithdraw() {
        ReturnCase returnCase = CaseFixtures.crossed();
        returnCase.arrive(LocalDate.of(2025, 4, 2), SARMADA, List.of(HEAD), STEP);
        assertThat(fields(() -> returnCase.withdraw(null, List.of(HEAD), STEP)))
                .containsExactly("memberIds:not-pending");

        returnCase.withdraw(null, List.of(), STEP);

        assertThat(returnCase.state.status).isEqualTo(ReturnStatus.ARRIVED);
        assertThat(returnCase.state.member(SPOUSE).orElseThrow().state()).isEqualTo(MemberState.WITHDRAWN);
        assertThat(returnCase.state.member(HEAD).orElseThrow().state()).isEqualTo(MemberState.ARRIVED);
    }

    @Test
    void onlyDisplacedHouseholdsOpenCasesAndOnlyWithTheirOwnMembers() {
        assertThatThrownBy(() -> CaseFixtures.opened(DisplacementStatus.RETURNED_REFUGEE))
                .isInstanceOf(ConflictException.class);
        assertThat(fields(() -> CaseOpening.open(
                        UUID.randomUUID(),
                        "RC-2",
                        CaseFixtures.family(DisplacementStatus.REFUGEE),
                        List.of(),
                        List.of(HEAD, UUID.randomUUID(), HEAD),
                        SARMADA,
                        STEP)))
                .containsExactly("memberIds[1]:not-a-member", "memberIds[2]:duplicate");
    }

    @Test
    void theHouseholdRecordFollowsItsHead() {
        var family = CaseFixtures.family(DisplacementStatus.REFUGEE);
        assertThat(HouseholdLocationPolicy.moves(family, List.of(CHILD), List.of(CHILD)))
                .isFalse();
        assertThat(HouseholdLocationPolicy.moves(family, List.of(HEAD), List.of(CHILD, HEAD)))
                .isTrue();
    }

    private static ScheduleInput input(org.homeward.geography.CrossingPoint point) {
        return new ScheduleInput(LocalDate.of(2025, 4, 1), Transport.CONVOY, point, null, null, POLICY);
    }

    private static void act(ReturnCase returnCase, String action) {
        LocalDate day = LocalDate.of(2025, 4, 3);
        switch (action) {
            case "counsel" -> returnCase.counsel(day, Set.of(CounsellingTopic.CONDITIONS), STEP);
            case "sign-declaration" -> returnCase.signDeclaration(day, "Kilis", "UNHCR", List.of(HEAD, SPOUSE), STEP);
            case "clear" -> returnCase.clear(NO_HOLD, List.of(), STEP);
            case "depart" ->
                returnCase.depart(new CaseMovements.DepartureInput(day, "TUR", null, null, null), List.of(), STEP);
            case "cross" -> returnCase.cross(day, BAB_AL_HAWA, POLICY, STEP);
            case "arrive" -> returnCase.arrive(day, SARMADA, List.of(HEAD), STEP);
            case "monitor" -> returnCase.monitored(day, new Problems(), STEP);
            case "release" -> returnCase.release(NO_HOLD, STEP);
            case "hold" -> returnCase.hold("wait", null, STEP);
            case "cancel" -> returnCase.cancel("no longer", STEP);
            case "withdraw" -> returnCase.withdraw(null, List.of(), STEP);
            default -> throw new IllegalArgumentException(action);
        }
    }

    private static List<String> codes(ReturnCase returnCase) {
        return returnCase.allowedActions().stream().map(a -> a.code()).toList();
    }

    private static TransitionRefused refusal(Runnable transition) {
        try {
            transition.run();
        } catch (TransitionRefused refused) {
            return refused;
        }
        throw new AssertionError("the transition was not refused");
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
