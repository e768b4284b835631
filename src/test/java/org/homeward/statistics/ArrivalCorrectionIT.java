package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.identity.Role;
import org.homeward.statistics.ReturnsThroughApi.Family;
import org.homeward.statistics.ReturnsThroughApi.Person;
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

/**
 * Arrival corrections (returns API, coordinators) move the statistics with them, in the same transaction: a wrong
 * date moves returns between months, a wrong community between areas, a member recorded by mistake stops counting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArrivalCorrectionIT {

    static final String COMMUNITY = "C6093";
    static final String ELSEWHERE = "C5205";
    static final String QUERY =
            "/api/v1/statistics/returns?from=2025-12-01&to=2026-01-31&adm3=SY120300,SY090302&groupBy=adm3,month";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpApi caseworker;
    HttpApi coordinator;
    HttpApi analyst;
    ReturnsThroughApi returns;

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        returns = new ReturnsThroughApi(caseworker);
    }

    @Test
    void correctedDatesPlacesAndMembersMoveTheCountsAndAreInTheTimeline() {
        Map<String, Long> before = cells(analyst.get(QUERY));
        List<Person> people = List.of(Person.of("f", 1980), Person.of("m", 1979), Person.of("m", 2010));
        Family family = returns.open(true, COMMUNITY, people);
        returns.depart(family, true, people, LocalDate.of(2025, 12, 1));
        assertThat(returns.arrive(family, LocalDate.of(2025, 12, 3), COMMUNITY, family.members())
                        .status())
                .isEqualTo(200);
        assertThat(difference(cells(analyst.get(QUERY)), before))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SY120300|2025-12", 3L));

        JsonNode corrected = correct(family, "{\"date\":\"2026-01-02\",\"reason\":\"LATER_VERIFICATION\"}");
        assertThat(corrected.get("members").get(0).get("arrivedOn").asString()).isEqualTo("2026-01-02");
        assertThat(difference(cells(analyst.get(QUERY)), before))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SY120300|2026-01", 3L));

        correct(
                family,
                "{\"pcode\":\"" + ELSEWHERE + "\",\"memberIds\":[\""
                        + family.members().get(0) + "\"],\"reason\":\"RECORDING_ERROR\"}");
        correct(
                family,
                "{\"notArrivedMemberIds\":[\"" + family.members().get(2) + "\"],\"reason\":\"RECORDING_ERROR\"}");
        assertThat(difference(cells(analyst.get(QUERY)), before))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SY120300|2026-01", 1L, "SY090302|2026-01", 1L));

        assertThat(returns.arrive(
                                family,
                                LocalDate.of(2026, 1, 20),
                                COMMUNITY,
                                List.of(family.members().get(2)))
                        .status())
                .isEqualTo(200);
        assertThat(difference(cells(analyst.get(QUERY)), before))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SY120300|2026-01", 2L, "SY090302|2026-01", 1L));

        JsonNode timeline =
                caseworker.get("/api/v1/returns/" + family.caseId()).json().get("timeline");
        long corrections = 0;
        for (JsonNode entry : timeline) {
            if (entry.get("action").asString().equals("correct-arrival")) {
                corrections++;
                assertThat(entry.get("detail").get("reason").asString()).isNotBlank();
            }
        }
        assertThat(corrections).isEqualTo(3);
        HttpApi admin = TestUsers.of(context).create(Role.ADMIN).tokenApi(port);
        HttpApi.Reply recompute = admin.post("/api/v1/statistics/recompute", "{}");
        assertThat(recompute.status()).as(recompute.body()).isEqualTo(200);
        assertThat(recompute.json().get("consistent").asBoolean())
                .as(recompute.body())
                .isTrue();
    }

    @Test
    void onlyCoordinatorsCorrectAndBadCorrectionsAreRefusedFieldByField() {
        List<Person> people = List.of(Person.of("f", 1975), Person.of("m", 1974));
        Family family = returns.open(false, COMMUNITY, people);
        String path = "/api/v1/returns/" + family.caseId() + "/arrival-corrections";
        HttpApi.Reply early = coordinator.post(path, "{\"date\":\"2025-12-05\",\"reason\":\"RECORDING_ERROR\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);

        returns.depart(family, false, people, LocalDate.of(2025, 12, 1));
        returns.arrive(family, LocalDate.of(2025, 12, 4), COMMUNITY, family.members());
        String good = "{\"date\":\"2025-12-05\",\"reason\":\"RECORDING_ERROR\"}";
        assertThat(caseworker.post(path, good).status()).isEqualTo(403);
        assertThat(analyst.post(path, good).status()).isEqualTo(403);

        HttpApi.Reply bad = coordinator.post(
                path,
                "{\"date\":\"2025-11-30\",\"pcode\":\"SY12\",\"reason\":\"OOPS\",\"notArrivedMemberIds\":"
                        + ReturnsThroughApi.json(family.members()) + "}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        List<String> fields = bad.json()
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
        assertThat(fields).contains("reason", "date", "pcode");
        HttpApi.Reply everyone = coordinator.post(
                path,
                "{\"reason\":\"DUPLICATE_RECORD\",\"notArrivedMemberIds\":" + ReturnsThroughApi.json(family.members())
                        + "}");
        assertThat(everyone.status()).as(everyone.body()).isEqualTo(400);
        assertThat(everyone.body()).contains("at least one member must stay arrived");
        HttpApi.Reply nothing = coordinator.post(path, "{\"reason\":\"RECORDING_ERROR\"}");
        assertThat(nothing.status()).as(nothing.body()).isEqualTo(400);
        HttpApi.Reply stale = coordinator.post(path, good, "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
    }

    private JsonNode correct(Family family, String body) {
        HttpApi.Reply reply = coordinator.post("/api/v1/returns/" + family.caseId() + "/arrival-corrections", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static Map<String, Long> cells(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Long> cells = new HashMap<>();
        for (JsonNode row : reply.json().get("rows")) {
            StringBuilder key = new StringBuilder();
            for (String name : row.propertyNames()) {
                if (!name.equals("returns")) {
                    key.append(key.isEmpty() ? "" : "|").append(row.get(name).asString());
                }
            }
            cells.put(key.toString(), row.get("returns").asLong());
        }
        return cells;
    }

    static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> changed = new HashMap<>();
        after.forEach((key, count) -> {
            long delta = count - before.getOrDefault(key, 0L);
            if (delta != 0) {
                changed.put(key, delta);
            }
        });
        before.keySet().stream()
                .filter(key -> !after.containsKey(key))
                .forEach(key -> changed.put(key, -before.get(key)));
        return changed;
    }
}
