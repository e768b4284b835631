package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.identity.Role;
import org.homeward.statistics.ReturnsThroughApi.Family;
import org.homeward.statistics.ReturnsThroughApi.Person;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The recompute through its admin API: it finds cells that drifted from the movements, reports and repairs them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecomputeIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recomputeReportsCellsThatDriftedFromTheMovementsAndRepairsThem() {
        refugeesArriveInC6094(List.of(Person.of("f", 1966), Person.of("f", 1999)), LocalDate.of(2025, 5, 2));
        HttpApi admin = TestUsers.of(context).create(Role.ADMIN).tokenApi(port);
        JsonNode clean = recompute(admin);
        assertThat(clean.get("consistent").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.get("tables")
                        .valueStream()
                        .map(table -> table.get("table").asString()))
                .containsExactly(
                        "return_rollup",
                        "return_rollup_adm1",
                        "return_rollup_origin",
                        "return_rollup_area",
                        "return_rollup_need",
                        "household_population");

        jdbc.sql("UPDATE return_rollup_area SET returns = returns + 5 WHERE month = '2025-05-01' AND type = 'REFUGEE'"
                        + " AND adm2 = 'SY1203' AND sex = 'f' AND age_group = '18-59'")
                .update();
        jdbc.sql("INSERT INTO return_rollup_origin VALUES ('1999-01-01', 'IDP', 'SYR', '', 'm', '60+', 7)")
                .update();
        jdbc.sql("INSERT INTO household_population VALUES ('REFUGEE', 'SY98', 'JOR', 1, 3)")
                .update();
        JsonNode drifted = recompute(admin);
        assertThat(drifted.get("consistent").asBoolean()).isFalse();
        JsonNode area = drifted.get("tables").get(3);
        assertThat(area.get("changed").asLong()).isEqualTo(1);
        assertThat(area.get("examples").get(0).get("recomputed").asLong() + 5)
                .isEqualTo(area.get("examples").get(0).get("stored").asLong());
        JsonNode origin = drifted.get("tables").get(2);
        assertThat(origin.get("removed").asLong()).isEqualTo(1);
        assertThat(origin.get("examples").get(0).get("cell").get("month").asString())
                .isEqualTo("1999-01-01");
        assertThat(drifted.get("tables").get(0).get("added").asLong()).isZero();
        assertThat(drifted.get("tables").get(1).get("changed").asLong()).isZero();
        JsonNode registry = drifted.get("tables").get(5);
        assertThat(registry.get("removed").asLong()).as(registry.toString()).isEqualTo(1);
        assertThat(registry.get("examples")
                        .get(0)
                        .get("cell")
                        .get("origin_adm1")
                        .asString())
                .isEqualTo("SY98");

        assertThat(recompute(admin).get("consistent").asBoolean()).isTrue();
        for (Role role : List.of(Role.ANALYST, Role.COORDINATOR, Role.CASEWORKER)) {
            assertThat(TestUsers.of(context)
                            .create(role)
                            .tokenApi(port)
                            .post("/api/v1/statistics/recompute", "{}")
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }

    /**
     * The check sums hashes of cells weighted by their counts, so it must see drifts that keep every total: a count
     * moved to another cell of the finest roll-up, and a cell of zero in a coarser one.
     */
    @Test
    void driftsThatKeepEveryTotalAreFoundCellByCell() {
        refugeesArriveInC6094(List.of(Person.of("f", 1950), Person.of("m", 2021)), LocalDate.of(2023, 2, 3));
        HttpApi admin = TestUsers.of(context).create(Role.ADMIN).tokenApi(port);
        assertThat(recompute(admin).get("consistent").asBoolean()).isTrue();

        int moved = jdbc.sql(
                        "UPDATE return_rollup SET age_group = '5-11' WHERE month = '2023-02-01' AND type = 'REFUGEE'"
                                + " AND adm3 = 'SY120300' AND sex = 'm' AND age_group = '0-4'")
                .update();
        assertThat(moved).isEqualTo(1);
        jdbc.sql("INSERT INTO return_rollup_need VALUES ('1998-01-01', 'IDP', 'SY01', 'f', '0-4', 0, 0)")
                .update();
        JsonNode drifted = recompute(admin);
        assertThat(drifted.get("consistent").asBoolean()).as(drifted.toString()).isFalse();
        JsonNode finest = drifted.get("tables").get(0);
        assertThat(finest.get("added").asLong()).as(finest.toString()).isEqualTo(1);
        assertThat(finest.get("removed").asLong()).as(finest.toString()).isEqualTo(1);
        JsonNode need = drifted.get("tables").get(4);
        assertThat(need.get("removed").asLong()).as(need.toString()).isEqualTo(1);
        assertThat(need.get("examples").get(0).get("cell").get("month").asString())
                .isEqualTo("1998-01-01");
        assertThat(recompute(admin).get("consistent").asBoolean()).isTrue();
    }

    /** A refugee family from abroad, through the API, arriving in C6094 (sub-district SY120300) on {@code arrived}. */
    private void refugeesArriveInC6094(List<Person> people, LocalDate arrived) {
        ReturnsThroughApi returns = new ReturnsThroughApi(
                TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port));
        Family family = returns.open(true, "C6094", people);
        returns.depart(family, true, people, arrived.minusDays(1));
        returns.arrive(family, arrived, "C6094", family.members());
    }

    private static JsonNode recompute(HttpApi admin) {
        HttpApi.Reply reply = admin.post("/api/v1/statistics/recompute", "{}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
