package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.identity.Role;
import org.homeward.returns.ReturnFixture.Household;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The workflow's rules over the whole state space: every action in every state (refused with 409 naming the state
 * and what is allowed, nothing changed), hold and release from every state that can be held, and who counts what
 * in lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnRulesIT {

    /** Every action a client can ask for, with a body that would be valid if the state allowed it. */
    static final List<String> ACTIONS = List.of(
            "counsel",
            "sign-declaration",
            "clear",
            "schedule",
            "depart",
            "cross",
            "arrive",
            "monitor",
            "withdraw",
            "cancel",
            "hold",
            "release");

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
                "ARRIVED",
                "MONITORED",
                "WITHDRAWN",
                "CANCELLED",
                "ON_HOLD"
            })
    void everyStateRefusesEveryActionItDoesNotAllowNamingItselfAndWhatItAllows(String state) {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        reach(id, family, state);
        JsonNode before = returns.get(id);
        assertThat(before.get("status").asString()).isEqualTo(state);
        List<String> allowed = ReturnWorkflowIT.texts(before.get("allowedActions"));

        List<String> refused = new ArrayList<>();
        for (String action : ACTIONS) {
            if (allowed.contains(action)) {
                continue;
            }
            HttpApi.Reply reply = request(id, action, family);
            assertThat(reply.status())
                    .as(state + " " + action + ": " + reply.body())
                    .isEqualTo(409);
            assertThat(reply.header("Content-Type")).contains("application/problem+json");
            assertThat(reply.json().get("currentState").asString()).isEqualTo(state);
            assertThat(ReturnWorkflowIT.texts(reply.json().get("allowedActions")))
                    .isEqualTo(allowed);
            assertThat(reply.json().get("detail").asString()).isNotBlank();
            refused.add(action);
        }

        JsonNode after = returns.get(id);
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt());
        assertThat(after.get("timeline").size())
                .isEqualTo(before.get("timeline").size());
        assertThat(refused).as("a state that refuses nothing tests nothing").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INTENTION_RECORDED", "COUNSELLED", "DECLARATION_SIGNED", "CLEARED", "SCHEDULED"})
    void aCaseIsHeldFromEveryStateBeforeDepartureAndReleasedBackToIt(String state) {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, state);

        JsonNode held = returns.ok(id, "hold", Map.of("reason", "the family asked to wait"));

        assertThat(held.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(held.at("/hold/heldFrom").asString()).isEqualTo(state);
        assertThat(ReturnWorkflowIT.texts(held.get("allowedActions"))).containsExactly("release", "withdraw", "cancel");
        JsonNode released = returns.ok(id, "release", null);
        assertThat(released.get("status").asString()).isEqualTo(state);
        assertThat(released.get("hold")).isNull();
        JsonNode timeline = released.get("timeline");
        assertThat(timeline.get(timeline.size() - 2).get("action").asString()).isEqualTo("hold");
        assertThat(timeline.get(timeline.size() - 1).get("to").asString()).isEqualTo(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEPARTED", "CROSSED", "ARRIVED"})
    void aCaseOnItsWayOrHomeIsNotHeld(String state) {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, state);

        HttpApi.Reply refused = returns.act(id, "hold", Map.of("reason", "the road is closed"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("currentState").asString()).isEqualTo(state);
        assertThat(returns.status(id)).isEqualTo(state);
    }

    @Test
    void aPartnerListCountsOnlyTheCasesThePartnerMaySee() {
        String organisation = "ORG-P-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi wholeCountry = TestUsers.of(context)
                .create(Role.PARTNER, organisation, Set.of())
                .tokenApi(port);
        HttpApi idlebOnly = TestUsers.of(context)
                .create(Role.PARTNER, organisation, Set.of("SY07"))
                .tokenApi(port);
        ReturnFixture partner = new ReturnFixture(wholeCountry);
        List<String> inIdleb = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            inIdleb.add(partner.open(partner.register(), "C4121"));
        }
        String elsewhere =
                partner.open(partner.register(ReturnFixture.REGISTRATION.replace("C4121", "C6071")), "C6071");
        String otherOrganisation = returns.open(returns.register(), "C4121");

        JsonNode all = wholeCountry.get("/api/v1/returns?size=100").json();
        JsonNode scoped = idlebOnly.get("/api/v1/returns?size=1").json();

        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("items").findValuesAsString("id"))
                .contains(elsewhere)
                .doesNotContain(otherOrganisation);
        assertThat(scoped.get("total").asInt()).isEqualTo(2);
        assertThat(scoped.get("items")).hasSize(1);
        JsonNode second = idlebOnly.get("/api/v1/returns?size=1&page=1").json();
        List<String> paged = new ArrayList<>(scoped.get("items").findValuesAsString("id"));
        paged.addAll(second.get("items").findValuesAsString("id"));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(inIdleb);
        assertThat(idlebOnly.get("/api/v1/returns/" + elsewhere).status()).isEqualTo(404);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void safetyConcernsAreShownOnlyToWhoActsAndNeverLoggedNorAudited(CapturedOutput output) {
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "ARRIVED");
        String concern = "threatened by a neighbour " + UUID.randomUUID();

        HttpApi.Reply visit = caseworker.post(
                "/api/v1/returns/" + id + "/monitoring-visits",
                Map.of("date", "2025-05-03", "whereabouts", "STILL_THERE", "safetyConcerns", concern));
        HttpApi.Reply tooLong = caseworker.post(
                "/api/v1/returns/" + id + "/monitoring-visits",
                Map.of("date", "2025-05-04", "whereabouts", "STILL_THERE", "safetyConcerns", concern.repeat(200)));

        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).doesNotContain(concern);
        assertThat(returns.get(id).at("/monitoringVisits/0/safetyConcerns").asString())
                .isEqualTo(concern);
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        assertThat(analyst.get("/api/v1/returns/" + id).body()).doesNotContain(concern);
        assertThat(output.getAll()).doesNotContain(concern);
        context.getBean(org.homeward.audit.AuditLog.class).sealPending(); // chained after commit (V41)
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE details::text LIKE :text OR purpose LIKE :text")
                        .param("text", "%" + concern + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id AND action = 'READ'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .as("reading the concerns is a personal-data read")
                .isPositive();
    }

    /** Takes a new case of the example family to {@code state}, by the contract and the monitoring API. */
    private void reach(String id, Household family, String state) {
        switch (state) {
            case "MONITORED" -> {
                returns.driveTo(id, family, "ARRIVED");
                HttpApi.Reply visit = caseworker.post("/api/v1/returns/" + id + "/monitoring-visits", visit());
                assertThat(visit.status()).as(visit.body()).isEqualTo(201);
            }
            case "WITHDRAWN" -> returns.ok(id, "withdraw", null);
            case "CANCELLED" -> returns.ok(id, "cancel", Map.of("reason", "registered twice"));
            case "ON_HOLD" -> {
                returns.driveTo(id, family, "CLEARED");
                returns.ok(id, "hold", Map.of("reason", "documents to renew"));
            }
            default -> returns.driveTo(id, family, state);
        }
    }

    private HttpApi.Reply request(String id, String action, Household family) {
        return switch (action) {
            case "monitor" -> caseworker.post("/api/v1/returns/" + id + "/monitoring-visits", visit());
            case "withdraw", "cancel", "hold" -> returns.act(id, action, Map.of("reason", "asked by the family"));
            case "release" -> returns.act(id, action, "{}");
            default -> returns.act(id, action, ReturnFixture.body(action, family));
        };
    }

    private static Map<String, Object> visit() {
        return Map.of("date", "2025-05-03", "whereabouts", "STILL_THERE");
    }
}
