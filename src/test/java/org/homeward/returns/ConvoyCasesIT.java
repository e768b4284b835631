package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.identity.Role;
import org.homeward.returns.ReturnFixture.Household;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Cases follow their convoy, and a case may leave with only some of its members. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConvoyCasesIT {

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
    void aDepartingConvoyDepartsItsScheduledCasesAndItsCompletionCrossesThem() {
        String convoy = plan(20);
        Household first = returns.register();
        String one = booked(first, convoy);
        String two = booked(returns.register(), convoy);
        String held = booked(returns.register(), convoy);
        returns.ok(held, "hold", Map.of("reason", "documents to renew"));
        status(convoy, "CONFIRMED", null);

        JsonNode departed = status(convoy, "DEPARTED", "2025-04-01");

        assertThat(departed.get("status").asString()).isEqualTo("DEPARTED");
        for (String id : List.of(one, two)) {
            JsonNode view = returns.get(id);
            assertThat(view.get("status").asString()).isEqualTo("DEPARTED");
            assertThat(view.at("/departure/date").asString()).isEqualTo("2025-04-01");
            assertThat(view.at("/departure/country").asString()).isEqualTo("TUR");
            assertThat(last(view).get("action").asString()).isEqualTo("depart");
            assertThat(movements(id, "DEPARTED")).isEqualTo(3);
        }
        assertThat(returns.status(held)).as("a held case stays where it was").isEqualTo("ON_HOLD");
        assertThat(departed.get("cases").findValuesAsString("status")).contains("ON_HOLD");

        status(convoy, "COMPLETED", "2025-04-01");

        for (String id : List.of(one, two)) {
            JsonNode view = returns.get(id);
            assertThat(view.get("status").asString()).isEqualTo("CROSSED");
            assertThat(view.at("/crossing/crossingPointCode").asString()).isEqualTo("XP-TUR-BHW");
            assertThat(movements(id, "CROSSED")).isEqualTo(3);
        }
        // arrival stays with each case: only its caseworker knows who arrived where
        assertThat(returns.ok(one, "arrive", ReturnFixture.body("arrive", first))
                        .get("status")
                        .asString())
                .isEqualTo("ARRIVED");
    }

    @Test
    void aCancelledConvoySendsItsScheduledCasesBackToClearedToBeScheduledAgain() {
        String convoy = plan(20);
        String one = booked(returns.register(), convoy);
        Household heldFamily = returns.register();
        String held = booked(heldFamily, convoy);
        returns.ok(held, "hold", Map.of("reason", "documents to renew"));

        JsonNode cancelled = status(convoy, "CANCELLED", null);

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        JsonNode view = returns.get(one);
        assertThat(view.get("status").asString()).isEqualTo("CLEARED");
        assertThat(view.get("plan")).isNull();
        assertThat(last(view).get("action").asString()).isEqualTo("unschedule");
        assertThat(last(view).at("/detail/reason").asString()).isEqualTo("convoy-cancelled");
        assertThat(ReturnWorkflowIT.texts(view.get("allowedActions"))).contains("schedule");
        assertThat(returns.ok(held, "release", null).get("status").asString()).isEqualTo("CLEARED");
        assertThat(returns.ok(one, "schedule", ReturnFixture.body("schedule", heldFamily))
                        .get("status")
                        .asString())
                .isEqualTo("SCHEDULED");
    }

    @Test
    void aConvoyOneOfWhoseCasesCannotFollowIsRefusedNamingItAndNothingMoves() {
        String convoy = plan(20);
        String one = booked(returns.register(), convoy);
        String two = booked(returns.register(), convoy);
        status(convoy, "CONFIRMED", null);
        String reference = returns.get(two).get("reference").asString();

        // the declarations were signed on 2025-03-02: nobody left before
        HttpApi.Reply refused = caseworker.post(
                "/api/v1/convoys/" + convoy + "/status", Map.of("status", "DEPARTED", "date", "2025-03-01"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .containsAnyOf(reference, "RC-")
                .contains("depart");
        assertThat(caseworker
                        .get("/api/v1/convoys/" + convoy)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CONFIRMED");
        assertThat(returns.status(one)).isEqualTo("SCHEDULED");
        assertThat(returns.status(two)).isEqualTo("SCHEDULED");
        assertThat(movements(one, "DEPARTED")).isZero();
        HttpApi.Reply future = caseworker.post(
                "/api/v1/convoys/" + convoy + "/status", Map.of("status", "DEPARTED", "date", "2999-01-01"));
        assertThat(future.json().at("/errors/0/code").asString()).isEqualTo("future-date");
    }

    @Test
    void aCaseMayLeaveWithSomeOfItsMembersAndWhoStaysBehindLeavesTheCase() {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "SCHEDULED");
        String head = family.head();
        String spouse = family.members().get(1);
        String child = family.members().get(2);
        HttpApi.Reply alone = returns.act(id, "depart", Map.of("date", "2025-04-01", "memberIds", List.of(child)));
        assertThat(alone.json().at("/errors/0/code").asString()).isEqualTo("no-adult");

        JsonNode departed = returns.ok(id, "depart", Map.of("date", "2025-04-01", "memberIds", List.of(head, child)));

        assertThat(departed.get("status").asString()).isEqualTo("DEPARTED");
        assertThat(last(departed).at("/detail/stayedBehind").asInt()).isEqualTo(1);
        assertThat(member(departed, spouse).get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(movements(id, "DEPARTED")).isEqualTo(2);
        // the spouse is free to go home later in a case of her own, while the household is still displaced
        HttpApi.Reply own = caseworker.post(
                "/api/v1/returns",
                Map.of("householdId", family.id(), "memberIds", List.of(spouse), "intendedDestinationPcode", "C4121"));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        returns.ok(id, "cross", ReturnFixture.body("cross", family));
        assertThat(movements(id, "CROSSED")).isEqualTo(2);
        HttpApi.Reply withSpouse =
                returns.act(id, "arrive", Map.of("date", "2025-04-02", "pcode", "C4121", "memberIds", List.of(spouse)));
        assertThat(withSpouse.status()).isEqualTo(400);
        JsonNode arrived = returns.ok(
                id, "arrive", Map.of("date", "2025-04-02", "pcode", "C4121", "memberIds", List.of(head, child)));
        assertThat(ReturnWorkflowIT.texts(arrived.get("allowedActions"))).containsExactly("monitor");
        assertThat(movements(id, "ARRIVED")).isEqualTo(2);
    }

    @Test
    void twoPlannersMovingOneConvoyAtOnceMoveItsCasesOnce() throws Exception {
        String convoy = plan(20);
        String one = booked(returns.register(), convoy);
        String two = booked(returns.register(), convoy);
        status(convoy, "CONFIRMED", null);
        HttpApi other = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        Map<String, String> departed = Map.of("status", "DEPARTED", "date", "2025-04-01");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                start.await();
                return caseworker
                        .post("/api/v1/convoys/" + convoy + "/status", departed)
                        .status();
            });
            var second = pool.submit(() -> {
                start.await();
                return other.post("/api/v1/convoys/" + convoy + "/status", departed)
                        .status();
            });
            start.countDown();
            // the loser either read the convoy before the winner saved it (412) or after (409: departed already)
            List<Integer> statuses = List.of(first.get(), second.get());
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses)
                    .filteredOn(answer -> answer != 200)
                    .singleElement()
                    .isIn(409, 412);
        } finally {
            pool.shutdownNow();
        }
        for (String id : List.of(one, two)) {
            assertThat(returns.status(id)).isEqualTo("DEPARTED");
            assertThat(movements(id, "DEPARTED")).isEqualTo(3);
            assertThat(returns.get(id).get("timeline").findValuesAsString("action"))
                    .filteredOn("depart"::equals)
                    .hasSize(1);
        }
    }

    private String plan(int capacity) {
        HttpApi.Reply planned = caseworker.post(
                "/api/v1/convoys",
                Map.of("crossingPointCode", "XP-TUR-BHW", "plannedDate", "2025-04-01", "capacity", capacity));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().get("id").asString();
    }

    private String booked(Household family, String convoy) {
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "CLEARED");
        returns.ok(
                id, "schedule", Map.of("transport", "CONVOY", "crossingPointCode", "XP-TUR-BHW", "convoyId", convoy));
        return id;
    }

    private JsonNode status(String convoy, String status, String date) {
        Map<String, String> body = date == null ? Map.of("status", status) : Map.of("status", status, "date", date);
        HttpApi.Reply reply = caseworker.post("/api/v1/convoys/" + convoy + "/status", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode last(JsonNode view) {
        return view.get("timeline").get(view.get("timeline").size() - 1);
    }

    private static JsonNode member(JsonNode view, String personId) {
        for (JsonNode member : view.get("members")) {
            if (member.get("personId").asString().equals(personId)) {
                return member;
            }
        }
        throw new AssertionError("no member " + personId);
    }

    private int movements(String caseId, String kind) {
        return jdbc.sql("SELECT count(*) FROM return_movement WHERE case_id = :case AND kind = :kind")
                .param("case", UUID.fromString(caseId))
                .param("kind", kind)
                .query(Integer.class)
                .single();
    }
}
