package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.identity.Role;
import org.homeward.registry.DisplacedPopulation;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.Registry;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registry's population roll-up (V62) stays equal to a direct count of the households after every kind of
 * household write: registrations, updates, relocations and deletes through the API and the service, and a bulk
 * COPY; folding its delta rows changes no count; the recount finds it consistent, and finds and repairs a drift.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HouseholdPopulationIT {

    static final String REGISTRATION = """
            {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR","currentLocality":"Gaziantep",
             "members":[{"relationship":"HEAD","sex":"m","birthYear":1984,"givenNameLatin":"Hadi"},
                        {"relationship":"SPOUSE","sex":"f","birthYear":1988,"givenNameLatin":"Rana"},
                        {"relationship":"CHILD","sex":"f","birthYear":2015,"givenNameLatin":"Sara"}]}
            """;

    /** Cells (and measures) where the roll-up differs from counting the households now: none when exact. */
    static final String DIFFERENCES = """
            WITH stored AS (
                SELECT displacement_status, origin_adm1, current_country, sum(households) AS households,
                       sum(people) AS people
                  FROM household_population GROUP BY 1, 2, 3 HAVING sum(households) <> 0 OR sum(people) <> 0),
            counted AS (
                SELECT displacement_status, COALESCE(origin_areas[1], '') AS origin_adm1,
                       current_country::text AS current_country, count(*) AS households, sum(member_count) AS people
                  FROM household WHERE deleted_at IS NULL GROUP BY 1, 2, 3)
            SELECT count(*)
              FROM stored AS s FULL JOIN counted AS c USING (displacement_status, origin_adm1, current_country)
             WHERE s.households IS DISTINCT FROM c.households OR s.people IS DISTINCT FROM c.people
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Registry registry;

    @Autowired
    DisplacedPopulation.Query population;

    @Autowired
    HouseholdBulkWriter bulk;

    @Autowired
    HouseholdPopulationCompaction compaction;

    @Test
    void theRollUpEqualsADirectCountAfterEveryKindOfHouseholdWrite() {
        HttpApi caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            HttpApi.Reply registered = caseworker.post("/api/v1/households", REGISTRATION);
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            ids.add(registered.json().get("id").asString());
        }
        assertExact("after registrations");
        assertThat(jdbc.sql("SELECT origin_adm1 FROM household_population WHERE current_country = 'TUR'")
                        .query(String.class)
                        .list())
                .as("counted by the governorate of origin")
                .isNotEmpty()
                .allMatch(adm1 -> adm1.matches("SY\\d\\d"));

        HttpApi.Reply read = caseworker.get("/api/v1/households/" + ids.get(0));
        ObjectNode changed = (ObjectNode) read.json();
        ((ArrayNode) changed.get("members")).remove(2);
        HttpApi.Reply updated =
                caseworker.put("/api/v1/households/" + ids.get(0), changed, "If-Match", read.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertExact("after an update that removed a member");

        registry.relocate(UUID.fromString(ids.get(1)), DisplacementStatus.RETURNED_REFUGEE, "SYR", "C4121", null);
        assertExact("after a relocation");

        HttpApi.Reply deleted = caseworker.send(caseworker
                .request("/api/v1/households/" + ids.get(2), "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"registered twice\"}")));
        assertThat(deleted.status()).isEqualTo(204);
        assertExact("after a delete");

        TestUsers.of(context).organisation("SARC");
        List<BulkHousehold> households = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            households.add(new BulkHousehold(household(i % 3 == 0 ? "IDP" : "REFUGEE", 1 + i % 5), "SARC", List.of()));
        }
        bulk.write(households, "system");
        assertExact("after a bulk COPY");

        compaction.fold();
        assertExact("after folding the delta rows");
        assertThat(jdbc.sql("SELECT count(*) = count(DISTINCT (displacement_status, origin_adm1, current_country))"
                                + " FROM household_population")
                        .query(Boolean.class)
                        .single())
                .as("one row per cell once folded")
                .isTrue();
    }

    @Test
    void theRecountFindsADriftedCellReportsItAndRepairsIt() {
        TestUsers.of(context).organisation("SARC");
        bulk.write(List.of(new BulkHousehold(household("REFUGEE", 2), "SARC", List.of())), "system");
        DisplacedPopulation.Recount clean = population.recount();
        assertThat(clean.added() + clean.removed() + clean.changed())
                .as(clean.toString())
                .isZero();

        jdbc.sql("INSERT INTO household_population VALUES ('IDP', 'SY99', 'SYR', 1, 7)")
                .update();
        DisplacedPopulation.Recount drifted = population.recount();
        assertThat(drifted.removed()).as(drifted.toString()).isEqualTo(1);
        assertThat(drifted.examples()).anySatisfy(difference -> {
            assertThat(difference.cell()).containsEntry("origin_adm1", "SY99").containsEntry("measure", "people");
            assertThat(difference.stored()).isEqualTo(7);
            assertThat(difference.recounted()).isZero();
        });
        assertExact("after the recount repaired it");
        DisplacedPopulation.Recount again = population.recount();
        assertThat(again.added() + again.removed() + again.changed()).isZero();
    }

    /** Exact by cell, and the headline's totals by status equal summing member counts directly. */
    private void assertExact(String when) {
        assertThat(jdbc.sql(DIFFERENCES).query(Long.class).single()).as(when).isZero();
        DisplacedPopulation direct = jdbc.sql("""
                        SELECT COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'REFUGEE'), 0),
                               COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'IDP'), 0),
                               COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'RETURNED_REFUGEE'), 0),
                               COALESCE(sum(member_count) FILTER (WHERE displacement_status = 'RETURNED_IDP'), 0)
                          FROM household WHERE deleted_at IS NULL
                        """)
                .query((rs, row) -> new DisplacedPopulation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        assertThat(population.now()).as(when).isEqualTo(direct);
    }

    private static HouseholdDraft household(String status, int size) {
        List<MemberDraft> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new MemberDraft(
                    null,
                    i == 0 ? "HEAD" : "CHILD",
                    i % 2 == 0 ? "m" : "f",
                    null,
                    i == 0 ? 1970 : 2005 + i,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Omar",
                    null,
                    null,
                    "Population",
                    null,
                    List.of(),
                    List.of()));
        }
        return TestDrafts.fromAleppo(status, members);
    }
}
