package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.identity.Role;
import org.homeward.returns.ReturnFixture.Household;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The return workflow through its API, with the household of the registry example. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    HttpApi caseworker;
    ReturnFixture returns;

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        returns = new ReturnFixture(caseworker);
    }

    @Test
    void theContractSequenceTakesTheFamilyHomeAndCountsEachPersonOnce() {
        Household family = returns.register();
        HttpApi.Reply opened = caseworker.post(
                "/api/v1/returns",
                "{\"householdId\":\"" + family.id() + "\",\"memberIds\":" + ReturnFixture.json(family.members())
                        + ",\"intendedDestinationPcode\":\"C4121\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(opened.json().get("status").asString()).isEqualTo("INTENTION_RECORDED");
        assertThat(opened.header("Location")).isEqualTo("/api/v1/returns/" + id);

        String[][] sequence = {
            {"counsel", "COUNSELLED"},
            {"sign-declaration", "DECLARATION_SIGNED"},
            {"clear", "CLEARED"},
            {"schedule", "SCHEDULED"},
            {"depart", "DEPARTED"},
            {"cross", "CROSSED"},
            {"arrive", "ARRIVED"}
        };
        for (String[] step : sequence) {
            JsonNode answer = returns.ok(id, step[0], ReturnFixture.body(step[0], family));
            assertThat(answer.get("status").asString()).as(step[0]).isEqualTo(step[1]);
        }

        HttpApi.Reply read = caseworker.get("/api/v1/returns/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"7\"");
        JsonNode view = read.json();
        assertThat(view.get("timeline").findValuesAsString("action"))
                .containsExactly(
                        "open", "counsel", "sign-declaration", "clear", "schedule", "depart", "cross", "arrive");
        assertThat(view.at("/timeline/6/place").asString()).isEqualTo("XP-TUR-BHW");
        assertThat(view.at("/timeline/7/effectiveOn").asString()).isEqualTo("2025-04-02");
        assertThat(view.at("/timeline/1/recordedBy").asString()).startsWith("caseworker-");
        assertThat(texts(view.get("allowedActions"))).containsExactly("monitor");
        assertThat(view.get("monitoringVisits")).hasSize(3);
        assertThat(view.at("/monitoringVisits/0/dueOn").asString()).isEqualTo("2025-05-02");

        assertThat(movements(id, "ARRIVED")).isEqualTo(3);
        assertThat(movements(id, "DEPARTED")).isEqualTo(3);
        assertThat(movements(id, "CROSSED")).isEqualTo(3);
        assertThat(jdbc.sql("""
                        SELECT count(DISTINCT person_id) FROM return_movement
                        WHERE case_id = :case AND kind = 'ARRIVED' AND movement_date = '2025-04-02'
                          AND displacement_type = 'REFUGEE' AND crossing_point = 'XP-TUR-BHW'
                          AND destination_adm1 = 'SY07' AND from_country = 'TUR'
                        """)
                        .param("case", UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        JsonNode household = caseworker.get("/api/v1/households/" + family.id()).json();
        assertThat(household.get("displacementStatus").asString()).isEqualTo("RETURNED_REFUGEE");
        assertThat(household.get("currentCountry").asString()).isEqualTo("SYR");
        assertThat(household.get("currentPcode").asString()).isEqualTo("C4121");
        JsonNode consent = caseworker
                .get("/api/v1/households/" + family.id() + "/members/" + family.head() + "/consents")
                .json();
        assertThat(consent.at("/history/0/purpose").asString()).isEqualTo("RETURN");
        assertThat(consent.at("/history/0/witnessOrganisation").asString()).isEqualTo("UNHCR");
    }

    @Test
    void theListFiltersByStatusDestinationCrossingAndDates() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "ARRIVED");

        String query =
                "/api/v1/returns?status=ARRIVED&destination=SY07&crossing=XP-TUR-BHW&from=2025-04-02&to=2025-04-02"
                        + "&householdId=" + family.id();
        JsonNode found = caseworker.get(query).json();
        assertThat(found.get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(found.at("/items/0/members").asInt()).isEqualTo(3);

        assertThat(caseworker
                        .get(query.replace("from=2025-04-02&to=2025-04-02", "from=2025-04-03&to=2025-04-30"))
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(caseworker.get("/api/v1/returns?status=FLYING").status()).isEqualTo(400);
        assertThat(caseworker
                        .get("/api/v1/returns?from=2025-04-02&to=2025-04-01")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("to");
        assertThat(caseworker
                        .get("/api/v1/returns?destination=SY99")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("destination");
    }

    @Test
    void aRefusedTransitionAnswers409NamingTheStateAndTheAllowedActionsAndChangesNothing() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.ok(id, "counsel", ReturnFixture.body("counsel", family));

        HttpApi.Reply refused = returns.act(id, "schedule", ReturnFixture.body("schedule", family));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/transition-refused");
        assertThat(problem.get("title").asString()).isEqualTo("Transition refused");
        assertThat(problem.get("detail").asString()).isEqualTo("only a cleared case can be scheduled");
        assertThat(problem.get("currentState").asString()).isEqualTo("COUNSELLED");
        assertThat(texts(problem.get("allowedActions")))
                .containsExactly("sign-declaration", "withdraw", "cancel", "hold");
        JsonNode after = returns.get(id);
        assertThat(after.get("status").asString()).isEqualTo("COUNSELLED");
        assertThat(after.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void signingWithoutEveryAdultIsRefusedAndRecordsNoConsent() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.ok(id, "counsel", ReturnFixture.body("counsel", family));

        HttpApi.Reply refused = returns.act(
                id,
                "sign-declaration",
                Map.of(
                        "date", "2025-03-02",
                        "place", "Gaziantep",
                        "witnessOrganisation", "UNHCR",
                        "signedBy", List.of(family.head())));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("signedBy");
        assertThat(refused.json().at("/errors/0/code").asString()).isEqualTo("adult-missing");
        assertThat(refused.json().at("/errors/0/message").asString())
                .contains(family.members().get(1));
        assertThat(returns.status(id)).isEqualTo("COUNSELLED");
        assertThat(jdbc.sql("SELECT count(*) FROM consent_event WHERE person_id = :p AND purpose = 'RETURN'")
                        .param("p", UUID.fromString(family.head()))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void arrivalBeforeDepartureAndMembersNotInTheCaseAreRefused() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "CROSSED");

        HttpApi.Reply early = returns.act(
                id, "arrive", Map.of("date", "2025-03-30", "pcode", "C4121", "memberIds", family.members()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").findValuesAsString("code")).contains("before-departure");

        String stranger = returns.register().head();
        HttpApi.Reply strangers = returns.act(
                id, "arrive", Map.of("date", "2025-04-02", "pcode", "C4121", "memberIds", List.of(stranger)));
        assertThat(strangers.status()).isEqualTo(400);
        assertThat(strangers.json().at("/errors/0/field").asString()).isEqualTo("memberIds[0]");
        assertThat(strangers.json().at("/errors/0/code").asString()).isEqualTo("not-in-case");

        HttpApi.Reply future = returns.act(
                id, "arrive", Map.of("date", "2999-01-01", "pcode", "C4121", "memberIds", family.members()));
        assertThat(future.json().at("/errors/0/code").asString()).isEqualTo("future-date");
        assertThat(returns.status(id)).isEqualTo("CROSSED");
        assertThat(movements(id, "ARRIVED")).isZero();
    }

    @Test
    void aCrossingPointOfAnotherCountryIsRefused() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "CLEARED");

        HttpApi.Reply viaLebanon = returns.act(
                id,
                "schedule",
                Map.of("plannedDate", "2025-04-01", "transport", "CONVOY", "crossingPointCode", "XP-LBN-JDY"));
        assertThat(viaLebanon.status()).isEqualTo(400);
        assertThat(viaLebanon.json().at("/errors/0/code").asString()).isEqualTo("wrong-country");
        assertThat(viaLebanon.json().at("/errors/0/message").asString()).contains("LBN", "TUR");

        returns.driveTo(id, family, "DEPARTED");
        HttpApi.Reply crossedInLebanon =
                returns.act(id, "cross", Map.of("date", "2025-04-01", "crossingPointCode", "XP-LBN-JDY"));
        assertThat(crossedInLebanon.status()).isEqualTo(400);
        HttpApi.Reply unknown = returns.act(id, "cross", Map.of("date", "2025-04-01", "crossingPointCode", "XP-NONE"));
        assertThat(unknown.json().at("/errors/0/code").asString()).isEqualTo("unknown");
        assertThat(returns.status(id)).isEqualTo("DEPARTED");
    }

    @Test
    void membersMayArriveInPartsAndEachPersonIsCountedOnce() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "CROSSED");
        String spouse = family.members().get(1);
        String child = family.members().get(2);

        JsonNode first = returns.ok(
                id,
                "arrive",
                Map.of("date", "2025-04-02", "pcode", "C4121", "memberIds", List.of(family.head(), child)));
        assertThat(first.get("status").asString()).isEqualTo("ARRIVED");
        assertThat(texts(first.get("allowedActions"))).containsExactly("monitor", "arrive", "withdraw");
        assertThat(caseworker
                        .get("/api/v1/households/" + family.id())
                        .json()
                        .get("displacementStatus")
                        .asString())
                .isEqualTo("RETURNED_REFUGEE");

        HttpApi.Reply again = returns.act(
                id, "arrive", Map.of("date", "2025-04-05", "pcode", "C4121", "memberIds", List.of(child, spouse)));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").findValuesAsString("code")).containsExactly("already-arrived");

        JsonNode second =
                returns.ok(id, "arrive", Map.of("date", "2025-04-09", "pcode", "C4121", "memberIds", List.of(spouse)));
        assertThat(second.get("status").asString()).isEqualTo("ARRIVED");
        assertThat(second.get("firstArrivedOn").asString()).isEqualTo("2025-04-02");
        assertThat(texts(second.get("allowedActions"))).containsExactly("monitor");

        assertThat(movements(id, "ARRIVED")).isEqualTo(3);
        assertThat(jdbc.sql("""
                        SELECT movement_date FROM return_movement WHERE case_id = :case AND kind = 'ARRIVED'
                        AND person_id = :person
                        """)
                        .param("case", UUID.fromString(id))
                        .param("person", UUID.fromString(spouse))
                        .query(String.class)
                        .single())
                .isEqualTo("2025-04-09");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "INTENTION_RECORDED",
                "COUNSELLED",
                "DECLARATION_SIGNED",
                "CLEARED",
                "SCHEDULED",
                "DEPARTED",
                "CROSSED",
                "ON_HOLD"
            })
    void theHouseholdMayWithdrawFromEveryStateBeforeArrival(String state) {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        if (state.equals("ON_HOLD")) {
            returns.driveTo(id, family, "SCHEDULED");
            returns.ok(id, "hold", Map.of("reason", "waiting for the school year to end"));
        } else {
            returns.driveTo(id, family, state);
        }

        JsonNode withdrawn = returns.ok(id, "withdraw", null);

        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("allowedActions")).isEmpty();
        assertThat(withdrawn.get("hold")).isNull();
        JsonNode last = withdrawn.get("timeline").get(withdrawn.get("timeline").size() - 1);
        assertThat(last.get("from").asString()).isEqualTo(state);
        assertThat(returns.act(id, "counsel", ReturnFixture.body("counsel", family))
                        .status())
                .isEqualTo(409);
        // a new case may be opened for the same people: withdrawing costs them nothing
        assertThat(returns.open(family, "C4121")).isNotEqualTo(id);
    }

    @Test
    void withdrawalIsRefusedOnceEveryoneHasArrived() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "ARRIVED");

        HttpApi.Reply refused = returns.act(id, "withdraw", Map.of("reason", "changed our mind"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("currentState").asString()).isEqualTo("ARRIVED");
        assertThat(texts(refused.json().get("allowedActions"))).containsExactly("monitor");
        assertThat(returns.act(id, "cancel", Map.of("reason", "x")).status()).isEqualTo(409);
    }

    @Test
    void aWithdrawnDeclarationWithdrawsTheCaseAtOnce() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "CLEARED");

        HttpApi.Reply withdrawal = caseworker.post(
                "/api/v1/households/" + family.id() + "/members/"
                        + family.members().get(1) + "/consents/withdrawals",
                Map.of("purpose", "RETURN", "date", "2025-03-20"));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(201);

        JsonNode view = returns.get(id);
        assertThat(view.get("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode last = view.get("timeline").get(view.get("timeline").size() - 1);
        assertThat(last.at("/detail/byDeclaration").asBoolean()).isTrue();
    }

    @Test
    void twoClientsMovingOneCaseAtOnceNeverBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Household family = returns.register();
            String id = returns.open(family, "C4121");
            returns.driveTo(id, family, "DECLARATION_SIGNED");

            assertThat(race(id, null)).containsExactlyInAnyOrder(200, 409);

            String other = returns.open(returns.register(), "C4121");
            String version = "\"" + returns.get(other).get("version").asInt() + "\"";
            assertThat(raceCounsel(other, version)).containsExactlyInAnyOrder(200, 412);
        }
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndAFreshOneAccepted() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");

        HttpApi.Reply stale = caseworker.post(
                "/api/v1/returns/" + id + "/counsel", ReturnFixture.body("counsel", family), "If-Match", "\"5\"");
        assertThat(stale.status()).isEqualTo(412);
        HttpApi.Reply fresh = caseworker.post(
                "/api/v1/returns/" + id + "/counsel", ReturnFixture.body("counsel", family), "If-Match", "\"0\"");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aPersonIsOnTheWayHomeInOneOpenCaseAtATime() {
        Household family = returns.register();
        returns.open(family, "C4121");

        HttpApi.Reply second = caseworker.post(
                "/api/v1/returns",
                Map.of(
                        "householdId",
                        family.id(),
                        "memberIds",
                        List.of(family.head()),
                        "intendedDestinationPcode",
                        "C4121"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("RC-");
        HttpApi.Reply bad = caseworker.post(
                "/api/v1/returns",
                Map.of(
                        "householdId",
                        family.id(),
                        "memberIds",
                        List.of(UUID.randomUUID().toString()),
                        "intendedDestinationPcode",
                        "SY99"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("intendedDestinationPcode");
    }

    @Test
    void anIdpReturnLeavesTheCampWithoutCrossing() {
        Household family = returns.register(ReturnFixture.IDP_REGISTRATION);
        String id = returns.open(family, "C4121");
        returns.ok(id, "counsel", ReturnFixture.body("counsel", family));
        returns.ok(
                id,
                "sign-declaration",
                Map.of(
                        "date",
                        "2025-03-02",
                        "place",
                        "Rukban",
                        "witnessOrganisation",
                        "SARC",
                        "signedBy",
                        List.of(family.head())));
        returns.ok(id, "clear", null);
        assertThat(returns.act(
                                id,
                                "schedule",
                                Map.of(
                                        "plannedDate",
                                        "2025-04-01",
                                        "transport",
                                        "CONVOY",
                                        "crossingPointCode",
                                        "XP-TUR-BHW"))
                        .json()
                        .at("/errors/0/code")
                        .asString())
                .isEqualTo("not-applicable");
        returns.ok(id, "schedule", Map.of("plannedDate", "2025-04-01", "transport", "CONVOY"));
        JsonNode departed = returns.ok(id, "depart", Map.of("date", "2025-04-01"));
        assertThat(departed.at("/departure/site").asString()).isEqualTo("SYR-S-RUK");
        assertThat(texts(departed.get("allowedActions"))).containsExactly("arrive", "withdraw", "cancel");
        assertThat(returns.act(id, "cross", Map.of("date", "2025-04-01", "crossingPointCode", "XP-TUR-BHW"))
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("an IDP return crosses no border");

        returns.ok(id, "arrive", Map.of("date", "2025-04-03", "pcode", "C4121", "memberIds", family.members()));

        assertThat(caseworker
                        .get("/api/v1/households/" + family.id())
                        .json()
                        .get("displacementStatus")
                        .asString())
                .isEqualTo("RETURNED_IDP");
        assertThat(jdbc.sql("SELECT count(*) FROM return_movement WHERE case_id = :c AND kind = 'ARRIVED' "
                                + "AND displacement_type = 'IDP' AND from_site = 'SYR-S-RUK' AND from_adm1 = 'SY04'")
                        .param("c", UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void analystsReadCasesButDoNotActAndSeeNoReasons() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.ok(id, "hold", Map.of("reason", "the father is in hospital"));
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        HttpApi.Reply read = analyst.get("/api/v1/returns/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("hospital");
        assertThat(read.json().get("mayAct").asBoolean()).isFalse();
        assertThat(analyst.post("/api/v1/returns/" + id + "/release", "{}").status())
                .isEqualTo(403);
        assertThat(returns.get(id).at("/hold/reason").asString()).contains("hospital");

        HttpApi elsewhere = TestUsers.of(context)
                .create(Role.CASEWORKER, "ORG-B", Set.of("SY01"))
                .tokenApi(port);
        assertThat(elsewhere.post("/api/v1/returns/" + id + "/release", "{}").status())
                .isEqualTo(403);
        assertThat(returns.status(id)).isEqualTo("ON_HOLD");
    }

    @Test
    void aHeldAreaStopsItsOpenCasesAndItsReleaseResumesThem() {
        HttpApi coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        Household first = returns.register();
        String cleared = returns.open(first, "C6071");
        returns.driveTo(cleared, first, "CLEARED");
        String fresh = returns.open(returns.register(), "C6071");
        Household third = returns.register();
        String onTheRoad = returns.open(third, "C6071");
        returns.driveTo(onTheRoad, third, "DEPARTED");
        Map<String, String> hold = Map.of("pcode", "SY130303", "reason", "assessed unsafe");
        assertThat(caseworker.post("/api/v1/returns/holds", hold).status()).isEqualTo(403);

        HttpApi.Reply placed = coordinator.post("/api/v1/returns/holds", hold);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        long holdId = placed.json().get("id").asLong();
        try {
            assertThat(placed.json().get("casesHeld").asInt()).isEqualTo(2);
            JsonNode held = returns.get(cleared);
            assertThat(held.get("status").asString()).isEqualTo("ON_HOLD");
            assertThat(held.at("/hold/heldFrom").asString()).isEqualTo("CLEARED");
            assertThat(held.at("/hold/areaHoldId").asLong()).isEqualTo(holdId);
            assertThat(returns.status(fresh)).isEqualTo("ON_HOLD");
            assertThat(returns.status(onTheRoad)).isEqualTo("DEPARTED");
            HttpApi.Reply caseRelease = returns.act(cleared, "release", null);
            assertThat(caseRelease.status()).isEqualTo(409);
            assertThat(caseRelease.json().get("detail").asString()).contains("area hold " + holdId);

            Household fourth = returns.register();
            String later = returns.open(fourth, "C6071");
            returns.driveTo(later, fourth, "DECLARATION_SIGNED");
            HttpApi.Reply notCleared = returns.act(later, "clear", null);
            assertThat(notCleared.status()).isEqualTo(409);
            assertThat(notCleared.json().get("detail").asString()).contains("SY130303", "assessed unsafe");

            Household fifth = returns.register();
            String elsewhere = returns.open(fifth, "C4121");
            returns.driveTo(elsewhere, fifth, "CLEARED");
            HttpApi.Reply intoTheHold = returns.act(
                    elsewhere,
                    "schedule",
                    Map.of(
                            "plannedDate", "2025-04-01",
                            "transport", "CONVOY",
                            "crossingPointCode", "XP-TUR-BHW",
                            "destinationPcode", "C6071"));
            assertThat(intoTheHold.status()).isEqualTo(409);
            assertThat(intoTheHold.json().get("currentState").asString()).isEqualTo("CLEARED");
            assertThat(returns.get(elsewhere).get("destinationPcode").asString())
                    .isEqualTo("C4121");
            assertThat(caseworker.get("/api/v1/returns/holds").json().findValuesAsString("pcode"))
                    .contains("SY130303");
        } finally {
            HttpApi.Reply released = coordinator.post("/api/v1/returns/holds/" + holdId + "/release", "{}");
            assertThat(released.status()).as(released.body()).isEqualTo(200);
            assertThat(released.json().get("releasedAt")).isNotNull();
        }
        assertThat(returns.status(cleared)).isEqualTo("CLEARED");
        assertThat(returns.status(fresh)).isEqualTo("INTENTION_RECORDED");
        assertThat(coordinator
                        .post("/api/v1/returns/holds/" + holdId + "/release", "{}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aCaseHeldOnItsOwnResumesWhereItWas() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "SCHEDULED");
        assertThat(returns.act(id, "hold", "{}").json().at("/errors/0/field").asString())
                .isEqualTo("reason");

        JsonNode held = returns.ok(id, "hold", Map.of("reason", "documents to be renewed"));
        assertThat(held.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(texts(held.get("allowedActions"))).containsExactly("release", "withdraw", "cancel");
        assertThat(returns.act(id, "depart", Map.of("date", "2025-04-01")).status())
                .isEqualTo(409);

        JsonNode released = returns.ok(id, "release", null);
        assertThat(released.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(released.get("hold")).isNull();
        assertThat(returns.ok(id, "depart", Map.of("date", "2025-04-01"))
                        .get("status")
                        .asString())
                .isEqualTo("DEPARTED");
    }

    @Test
    void aStepEnteredLaterKeepsTheDateItTookEffect() {
        Household family = returns.register();
        HttpApi.Reply opened = caseworker.post(
                "/api/v1/returns",
                Map.of(
                        "householdId",
                        family.id(),
                        "memberIds",
                        family.members(),
                        "intendedDestinationPcode",
                        "C4121",
                        "date",
                        "2025-02-20"));
        String id = opened.json().get("id").asString();
        assertThat(opened.json().get("statusDate").asString()).isEqualTo("2025-02-20");
        returns.driveTo(id, family, "DECLARATION_SIGNED");

        assertThat(returns.act(id, "clear", Map.of("date", "2999-01-01"))
                        .json()
                        .at("/errors/0/code")
                        .asString())
                .isEqualTo("future-date");
        JsonNode cleared = returns.ok(id, "clear", Map.of("date", "2025-03-05"));

        assertThat(cleared.get("statusDate").asString()).isEqualTo("2025-03-05");
        JsonNode withdrawn = returns.ok(id, "withdraw", Map.of("date", "2025-03-09"));
        assertThat(withdrawn.get("statusDate").asString()).isEqualTo("2025-03-09");
        assertThat(withdrawn.at("/timeline/0/effectiveOn").asString()).isEqualTo("2025-02-20");
    }

    private Set<Integer> race(String id, String ifMatch) throws Exception {
        return concurrently(() -> ifMatch == null
                ? caseworker.post("/api/v1/returns/" + id + "/clear", "{}").status()
                : caseworker
                        .post("/api/v1/returns/" + id + "/clear", "{}", "If-Match", ifMatch)
                        .status());
    }

    private Set<Integer> raceCounsel(String id, String ifMatch) throws Exception {
        String body = "{\"date\":\"2025-03-01\",\"topics\":[\"CONDITIONS\"]}";
        return concurrently(() -> caseworker
                .post("/api/v1/returns/" + id + "/counsel", body, "If-Match", ifMatch)
                .status());
    }

    private static Set<Integer> concurrently(java.util.concurrent.Callable<Integer> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).hasSize(2).doesNotHaveDuplicates();
            return Set.copyOf(statuses);
        } finally {
            pool.shutdown();
        }
    }

    private int movements(String caseId, String kind) {
        return jdbc.sql("SELECT count(*) FROM return_movement WHERE case_id = :case AND kind = :kind")
                .param("case", UUID.fromString(caseId))
                .param("kind", kind)
                .query(Integer.class)
                .single();
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
