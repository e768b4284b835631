package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.homeward.identity.Role;
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

/**
 * Return cases imported through the job API: each row walked through the return workflow's own steps, one
 * transaction per case. Households come first from a household import of the same source, so that the case file
 * names them by their external ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnCaseImportIT {

    static final String HOUSEHOLDS = """
            household_id,displacement_status,origin_pcode,current_country,relationship,sex,date_of_birth,given_name_latin,family_name_latin,given_name_ar
            H1,REFUGEE,C4121,TUR,HEAD,m,1980-05-01,Ahmad,Haddad,أحمد
            H1,REFUGEE,C4121,TUR,CHILD,f,2012-02-03,Lina,Haddad,لينا
            H2,REFUGEE,C4121,TUR,HEAD,f,1975-03-07,Mona,Saleh,منى
            H3,REFUGEE,C4121,TUR,HEAD,m,1990-01-01,Omar,Khalil,عمر
            """;

    static final String CASES_HEADER = "case_id,household_id,members,destination,status,counselled_on,declared_on,"
            + "departed_on,crossing_point,crossed_on,arrived_on\n";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;
    String source;

    @BeforeEach
    void setUp() {
        api = TestUsers.of(context)
                .create(Role.CASEWORKER, "CASES-ORG", Set.of())
                .tokenApi(port);
        source = "cases-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode households = ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, HOUSEHOLDS);
        assertThat(households.get("status").asString())
                .as(households.toString())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void casesWalkTheWorkflowARefusedCaseLeavesNothingAndReImportCreatesNothing() {
        String file = CASES_HEADER
                + "C1,H1,all,C4121,ARRIVED,2025-03-01,2025-03-05,2025-04-01,XP-TUR-BHW,2025-04-01,2025-04-02\n"
                + "C2,H2,all,C4121,DEPARTED,2025-03-01,2025-03-05,2025-04-01,XP-TUR-BHW,,\n"
                // declared before counselling: the workflow refuses the declaration, so the case is not even opened
                + "C3,H3,all,C4121,CLEARED,2025-03-05,2025-03-01,,,,\n";

        JsonNode first = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(first.get("counts").get("created").asLong()).isEqualTo(2);
        JsonNode error = first.get("errors").get("items").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(4);
        assertThat(error.get("code").asString()).isEqualTo("E2020");
        assertThat(error.get("column").asString()).isEqualTo("'declared_on'");
        assertThat(error.get("message").asString()).contains("before-counselling");
        assertThat(casesOf("H3")).isZero();
        assertThat(status("H1")).isEqualTo("ARRIVED");
        assertThat(status("H2")).isEqualTo("DEPARTED");
        // two people departed, crossed and arrived: one movement row each
        assertThat(movementsOf("H1")).isEqualTo(6);

        JsonNode again = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);
        assertThat(again.get("counts").get("created").asLong()).isZero();
        assertThat(again.get("counts").get("unchanged").asLong()).isEqualTo(2);
        assertThat(casesOf("H1")).isEqualTo(1);
        assertThat(movementsOf("H1")).isEqualTo(6);
    }

    @Test
    void aChangedRowTakesTheCaseOnButNeverBack() {
        String departed = CASES_HEADER + "C1,H1,all,C4121,DEPARTED,2025-03-01,2025-03-05,2025-04-01,XP-TUR-BHW,,\n";
        ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, departed);

        String arrived =
                departed.replace("DEPARTED", "ARRIVED").replace("XP-TUR-BHW,,", "XP-TUR-BHW,2025-04-01,2025-04-03");
        JsonNode onward = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, arrived);
        assertThat(onward.get("counts").get("updated").asLong())
                .as(onward.toString())
                .isEqualTo(1);
        assertThat(status("H1")).isEqualTo("ARRIVED");
        assertThat(casesOf("H1")).isEqualTo(1);

        JsonNode back = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, departed.replace(",all,", ",ALL,"));
        assertThat(back.get("counts").get("errors").asLong()).isEqualTo(1);
        assertThat(back.get("errors").get("items").get(0).get("code").asString())
                .isEqualTo("E2013");
        assertThat(status("H1")).isEqualTo("ARRIVED");
    }

    @Test
    void aDryRunWalksEveryCaseAndSavesNothing() {
        String file = CASES_HEADER + "C1,H1,all,C4121,SCHEDULED,2025-03-01,2025-03-05,2025-04-01,XP-TUR-BHW,,\n"
                + "C2,H2,all,SY9999,COUNSELLED,2025-03-01,,,,,\n";

        JsonNode dry = ImportJobs.run(api, "RETURN_CASES", "DRY_RUN", source, file);
        assertThat(dry.get("counts").get("validated").asLong())
                .as(dry.toString())
                .isEqualTo(1);
        assertThat(dry.get("counts").get("errors").asLong()).isEqualTo(1);
        assertThat(dry.get("counts").get("saved").asLong()).isZero();
        assertThat(casesOf("H1")).isZero();
    }

    private long casesOf(String household) {
        return jdbc.sql("""
                        SELECT count(*) FROM return_case c JOIN import_record r ON r.target_id = c.household_id::text
                        WHERE r.source = ? AND r.kind = 'HOUSEHOLDS' AND r.external_id = ?""")
                .params("CASES-ORG:" + source, household)
                .query(Long.class)
                .single();
    }

    private long movementsOf(String household) {
        return jdbc.sql("""
                        SELECT count(*) FROM return_movement m JOIN import_record r ON r.target_id = m.household_id::text
                        WHERE r.source = ? AND r.kind = 'HOUSEHOLDS' AND r.external_id = ?""")
                .params("CASES-ORG:" + source, household)
                .query(Long.class)
                .single();
    }

    private String status(String household) {
        String caseId = jdbc.sql("""
                        SELECT c.id::text FROM return_case c JOIN import_record r ON r.target_id = c.household_id::text
                        WHERE r.source = ? AND r.kind = 'HOUSEHOLDS' AND r.external_id = ?""")
                .params("CASES-ORG:" + source, household)
                .query(String.class)
                .single();
        HttpApi.Reply reply = api.get("/api/v1/returns/" + caseId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("status").asString();
    }
}
