package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Convoys, camps, monitoring visits and the worklist, through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnOperationsIT {

    static final String AL_HOL_FAMILY = ReturnFixture.IDP_REGISTRATION.replace("SYR-S-RUK", "SYR-S-ALHOL");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpApi caseworker;
    HttpApi coordinator;
    ReturnFixture returns;

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        returns = new ReturnFixture(caseworker);
    }

    @Test
    void aConvoyTakesCasesThroughItsCrossingUpToItsCapacity() {
        HttpApi.Reply planned = caseworker.post(
                "/api/v1/convoys",
                Map.of("crossingPointCode", "XP-TUR-BHW", "plannedDate", "2025-04-01", "capacity", 4));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String convoy = planned.json().get("id").asString();
        assertThat(planned.json().get("reference").asString()).startsWith("CV-");
        assertThat(planned.json().get("status").asString()).isEqualTo("PLANNED");

        Household first = returns.register();
        String seated = returns.open(first, "C4121");
        returns.driveTo(seated, first, "CLEARED");
        returns.ok(
                seated,
                "schedule",
                Map.of("transport", "CONVOY", "crossingPointCode", "XP-TUR-BHW", "convoyId", convoy));
        assertThat(returns.get(seated).at("/plan/plannedDate").asString()).isEqualTo("2025-04-01");

        Household second = returns.register();
        String unseated = returns.open(second, "C4121");
        returns.driveTo(unseated, second, "CLEARED");
        HttpApi.Reply full = returns.act(
                unseated,
                "schedule",
                Map.of("transport", "CONVOY", "crossingPointCode", "XP-TUR-BHW", "convoyId", convoy));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("detail").asString()).contains("1 free seats", "needs 3");
        HttpApi.Reply otherCrossing = returns.act(
                unseated,
                "schedule",
                Map.of("transport", "CONVOY", "crossingPointCode", "XP-TUR-BSL", "convoyId", convoy));
        assertThat(otherCrossing.json().get("errors").findValuesAsString("code"))
                .contains("convoy-crossing");

        JsonNode view = caseworker.get("/api/v1/convoys/" + convoy).json();
        assertThat(view.get("seatsTaken").asInt()).isEqualTo(3);
        assertThat(view.get("cases").findValuesAsString("caseId")).containsExactly(seated);
    }

    @Test
    void theManifestCountsBySexAndAgeAndNamesPeopleOnlyForCaseworkers() {
        String convoy = caseworker
                .post(
                        "/api/v1/convoys",
                        Map.of("crossingPointCode", "XP-TUR-BHW", "plannedDate", "2025-04-01", "capacity", 50))
                .json()
                .get("id")
                .asString();
        Household family = returns.register();
        String id = returns.open(family, "C4121");
        returns.driveTo(id, family, "CLEARED");
        returns.ok(
                id, "schedule", Map.of("transport", "CONVOY", "crossingPointCode", "XP-TUR-BHW", "convoyId", convoy));

        JsonNode manifest =
                caseworker.get("/api/v1/convoys/" + convoy + "/manifest").json();
        assertThat(manifest.get("total").asInt()).isEqualTo(3);
        List<String> counts = new ArrayList<>();
        manifest.get("counts")
                .forEach(row -> counts.add(
                        row.get("sex").asString() + " " + row.get("ageGroup").asString() + " "
                                + row.get("people").asInt()));
        assertThat(counts).containsExactlyInAnyOrder("m 18-59 1", "f 18-59 1", "f 5-11 1");
        assertThat(manifest.get("people").findValuesAsString("name"))
                .containsExactly("Mohammad Al-Halabi", "فاطمة الحلبي", "Sara");

        HttpApi.Reply forCoordinator = coordinator.get("/api/v1/convoys/" + convoy + "/manifest");
        assertThat(forCoordinator.json().get("total").asInt()).isEqualTo(3);
        assertThat(forCoordinator.body()).doesNotContain("Mohammad", "Sara");
    }

    @Test
    void aConvoyMovesThroughItsStatusesInOrder() {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        Map<String, Object> request = Map.of("plannedDate", "2025-05-10", "capacity", 120);
        assertThat(analyst.post("/api/v1/convoys", request).status()).isEqualTo(403);
        HttpApi.Reply invalid = caseworker.post("/api/v1/convoys", Map.of("crossingPointCode", "XP-NONE"));
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("crossingPointCode", "plannedDate", "capacity");
        String convoy =
                coordinator.post("/api/v1/convoys", request).json().get("id").asString();

        HttpApi.Reply confirmed =
                coordinator.post("/api/v1/convoys/" + convoy + "/status", Map.of("status", "CONFIRMED"));
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        HttpApi.Reply skipped =
                coordinator.post("/api/v1/convoys/" + convoy + "/status", Map.of("status", "COMPLETED"));
        assertThat(skipped.status()).isEqualTo(409);
        HttpApi.Reply stale = coordinator.post(
                "/api/v1/convoys/" + convoy + "/status", Map.of("status", "DEPARTED"), "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(coordinator
                        .get("/api/v1/convoys?from=2025-05-10&to=2025-05-10")
                        .json()
                        .findValuesAsString("id"))
                .contains(convoy);
    }

    @Test
    void aDepartureFromACampLowersItsPopulationByThePeopleWhoLeft() {
        HttpApi.Reply report = coordinator.post(
                "/api/v1/sites/SYR-S-ALHOL/population-snapshots",
                Map.of("date", "2025-01-31", "population", 40210, "source", "camp management agency"));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        assertThat(caseworker
                        .post(
                                "/api/v1/sites/SYR-S-ALHOL/population-snapshots",
                                Map.of("date", "2025-01-31", "population", 1, "source", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .put("/api/v1/sites/SYR-S-ALHOL/capacity", Map.of("capacity", 45000))
                        .status())
                .isEqualTo(200);
        JsonNode before = caseworker.get("/api/v1/sites/SYR-S-ALHOL").json();

        Household family = returns.register(AL_HOL_FAMILY);
        String id = returns.open(family, "C4121");
        returns.ok(id, "counsel", ReturnFixture.body("counsel", family));
        returns.ok(
                id,
                "sign-declaration",
                Map.of(
                        "date",
                        "2025-03-02",
                        "place",
                        "Al-Hol",
                        "witnessOrganisation",
                        "SARC",
                        "signedBy",
                        List.of(family.head())));
        returns.ok(id, "clear", null);
        returns.ok(id, "schedule", Map.of("plannedDate", "2025-04-01", "transport", "SELF_ORGANISED"));
        returns.ok(id, "depart", Map.of("date", "2025-04-01"));

        JsonNode after = caseworker.get("/api/v1/sites/SYR-S-ALHOL").json();
        assertThat(after.at("/site/capacity").asInt()).isEqualTo(45000);
        assertThat(after.at("/site/reportedPopulation").asInt()).isEqualTo(40210);
        assertThat(after.at("/site/estimatedPopulation").asInt())
                .isEqualTo(before.at("/site/estimatedPopulation").asInt() - 2);
        assertThat(governorates(after).getOrDefault("SY07", 0)
                        - governorates(before).getOrDefault("SY07", 0))
                .isEqualTo(2);
        JsonNode april = point(after, "2025-04");
        assertThat(april.get("departed").asInt()
                        - point(before, "2025-04").get("departed").asInt())
                .isEqualTo(2);
        assertThat(point(after, "2025-01").get("reported").asInt()).isEqualTo(40210);
        assertThat(caseworker.get("/api/v1/sites/NO-SUCH-SITE").status()).isEqualTo(404);
    }

    @Test
    void monitoringVisitsFallDueAfterArrivalAndOverdueOnesAreOnTheWorklist() {
        HttpApi scoped = TestUsers.of(context)
                .create(Role.CASEWORKER, "ORG-W", Set.of("SY07"))
                .tokenApi(port);
        ReturnFixture mine = new ReturnFixture(scoped);
        Household family = mine.register();
        String id = mine.open(family, "C4121");
        mine.driveTo(id, family, "ARRIVED");

        JsonNode worklist = scoped.get("/api/v1/worklist?days=0&size=500").json();
        List<String> due = new ArrayList<>();
        worklist.get("items").forEach(item -> {
            if (item.get("caseId").asString().equals(id)) {
                due.add(item.get("action").asString() + " " + item.get("dueOn").asString() + " "
                        + item.get("overdue").asBoolean());
            }
        });
        assertThat(due)
                .containsExactly("monitor 2025-05-02 true", "monitor 2025-07-02 true", "monitor 2025-10-02 true");

        Map<String, Object> visit = Map.of(
                "date", "2025-05-03",
                "whereabouts", "STILL_THERE",
                "healthCare", "PARTIAL",
                "school", "YES",
                "water", "YES",
                "food", "PARTIAL",
                "shelter", "NEEDS_REPAIR",
                "civilDocumentation", "PARTIAL",
                "safetyConcerns", "unexploded ordnance near the fields");
        HttpApi.Reply recorded = scoped.post("/api/v1/returns/" + id + "/monitoring-visits", visit);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("sequence").asInt()).isEqualTo(1);
        assertThat(recorded.json().get("visitedOn").asString()).isEqualTo("2025-05-03");
        assertThat(mine.status(id)).isEqualTo("MONITORED");

        long stillDue = countFor(scoped.get("/api/v1/worklist?days=0&size=500").json(), id);
        assertThat(stillDue).isEqualTo(2);
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        assertThat(analyst.get("/api/v1/returns/" + id).body()).doesNotContain("ordnance");
        assertThat(analyst.get("/api/v1/worklist").json().get("total").asInt()).isZero();
        assertThat(mine.get(id).at("/monitoringVisits/0/safetyConcerns").asString())
                .contains("ordnance");

        HttpApi.Reply moved = scoped.post(
                "/api/v1/returns/" + id + "/monitoring-visits",
                Map.of("date", "2025-05-04", "whereabouts", "MOVED_AGAIN"));
        assertThat(moved.json().get("errors").findValuesAsString("field")).containsExactly("movedToPcode");
        HttpApi.Reply early = scoped.post(
                "/api/v1/returns/" + id + "/monitoring-visits",
                Map.of("date", "2025-03-01", "whereabouts", "STILL_THERE"));
        assertThat(early.json().get("errors").findValuesAsString("code")).containsExactly("before-arrival");
    }

    @Test
    void theWorklistNamesTheNextStepOfOpenCases() {
        HttpApi scoped = TestUsers.of(context)
                .create(Role.CASEWORKER, "ORG-W", Set.of("SY07"))
                .tokenApi(port);
        ReturnFixture mine = new ReturnFixture(scoped);
        Household family = mine.register();
        String id = mine.open(family, "C4121");
        mine.driveTo(id, family, "SCHEDULED");

        JsonNode worklist = scoped.get("/api/v1/worklist?days=0&size=500").json();

        List<String> actions = new ArrayList<>();
        worklist.get("items").forEach(item -> {
            if (item.get("caseId").asString().equals(id)) {
                actions.add(
                        item.get("action").asString() + " " + item.get("dueOn").asString());
            }
        });
        assertThat(actions).containsExactly("depart 2025-04-01");
        HttpApi elsewhere = TestUsers.of(context)
                .create(Role.CASEWORKER, "ORG-W", Set.of("SY01"))
                .tokenApi(port);
        assertThat(countFor(elsewhere.get("/api/v1/worklist?days=0&size=500").json(), id))
                .isZero();
        assertThat(scoped.get("/api/v1/worklist?days=-1").status()).isEqualTo(400);
    }

    private static long countFor(JsonNode worklist, String caseId) {
        long count = 0;
        for (JsonNode item : worklist.get("items")) {
            if (item.get("caseId").asString().equals(caseId)) {
                count++;
            }
        }
        return count;
    }

    private static Map<String, Integer> governorates(JsonNode profile) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        profile.get("departuresByGovernorate")
                .forEach(row -> counts.put(
                        row.get("adm1Pcode").asString(), row.get("people").asInt()));
        return counts;
    }

    private static JsonNode point(JsonNode profile, String month) {
        for (JsonNode point : profile.get("trend")) {
            if (point.get("month").asString().equals(month)) {
                return point;
            }
        }
        throw new AssertionError("no trend point for " + month);
    }
}
