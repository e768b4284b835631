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
 * Return-case rows that end in a withdrawal or a hold: the case walks the steps the row dates, then the household
 * withdraws (no reason owed) or the case is held (a reason required), through the workflow's own public calls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnCaseStopImportIT {

    static final String HEADER = "case_id,household_id,destination,status,counselled_on,declared_on,departed_on,"
            + "crossing_point,withdrawn_on,withdrawal_reason,held_on,hold_reason\n";

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
                .create(Role.CASEWORKER, "STOPS-ORG", Set.of())
                .tokenApi(port);
        source = "stops-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode households = ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, ReturnCaseImportIT.HOUSEHOLDS);
        assertThat(households.get("status").asString())
                .as(households.toString())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void rowsEndWithdrawnOrOnHoldAfterTheStepsTheyDateAndReImportChangesNothing() {
        String file = HEADER
                + "C1,H1,C4121,WITHDRAWN,2025-03-01,,,,2025-03-10,,,\n"
                + "C2,H2,C4121,on hold,2025-03-01,2025-03-05,,,,,2025-03-12,road closed by flooding\n"
                + "C3,H3,C4121,WITHDRAWN,,,,,,,,\n";

        JsonNode first = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);

        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("counts").get("created").asLong()).isEqualTo(3);
        JsonNode withdrawn = caseOf("H1");
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("statusDate").asString()).isEqualTo("2025-03-10");
        assertThat(withdrawn.get("counselling").get("date").asString()).isEqualTo("2025-03-01");
        JsonNode held = caseOf("H2");
        assertThat(held.get("status").asString()).isEqualTo("ON_HOLD");
        assertThat(held.get("statusDate").asString()).isEqualTo("2025-03-12");
        assertThat(held.get("hold").get("heldFrom").asString()).isEqualTo("DECLARATION_SIGNED");
        assertThat(held.get("hold").get("reason").asString()).isEqualTo("road closed by flooding");
        assertThat(caseOf("H3").get("status").asString()).isEqualTo("WITHDRAWN");

        JsonNode again = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);
        assertThat(again.get("counts").get("unchanged").asLong())
                .as(again.toString())
                .isEqualTo(3);
        assertThat(again.get("counts").get("created").asLong()).isZero();
    }

    @Test
    void aHoldWithoutAReasonIsRefusedNamingTheColumn() {
        String file = HEADER + "C1,H1,C4121,ON_HOLD,2025-03-01,,,,,,2025-03-12,\n";

        JsonNode job = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);

        JsonNode error = job.get("errors").get("items").get(0);
        assertThat(error.get("row").asLong()).as(job.toString()).isEqualTo(2);
        assertThat(error.get("code").asString()).isEqualTo("E2001");
        assertThat(error.get("column").asString()).isEqualTo("'hold_reason'");
        assertThat(casesOf("H1")).isZero();
    }

    @Test
    void aWithdrawalDateOnARowOfAnotherStatusIsRefusedNotDropped() {
        String file = HEADER + "C1,H1,C4121,COUNSELLED,2025-03-01,,,,2025-03-10,,,\n";

        JsonNode job = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);

        JsonNode error = job.get("errors").get("items").get(0);
        assertThat(error.get("code").asString()).as(job.toString()).isEqualTo("E2008");
        assertThat(error.get("column").asString()).isEqualTo("'status'");
        assertThat(error.get("value").asString()).isEqualTo("COUNSELLED");
        assertThat(error.get("expected").asString()).contains("WITHDRAWN");
        assertThat(casesOf("H1")).isZero();
    }

    @Test
    void stopsTheWorkflowRefusesAreRowErrorsInTheirColumnAndLeaveNothing() {
        String file = HEADER
                // a case on the move can be withdrawn but not held
                + "C1,H1,C4121,ON_HOLD,2025-03-01,2025-03-05,2025-04-01,XP-TUR-BHW,,,2025-04-02,convoy delayed\n"
                // a hold dated in the future
                + "C2,H2,C4121,ON_HOLD,2025-03-01,,,,,,2999-01-01,road closed\n";

        JsonNode job = ImportJobs.run(api, "RETURN_CASES", "VALID_ONLY", source, file);

        assertThat(job.get("counts").get("errors").asLong()).as(job.toString()).isEqualTo(2);
        JsonNode refused = job.get("errors").get("items").get(0);
        assertThat(refused.get("code").asString()).isEqualTo("E2020");
        assertThat(refused.get("message").asString()).contains("[hold]");
        JsonNode future = job.get("errors").get("items").get(1);
        assertThat(future.get("code").asString()).isEqualTo("E2020");
        assertThat(future.get("column").asString()).isEqualTo("'held_on'");
        assertThat(casesOf("H1")).isZero();
        assertThat(casesOf("H2")).isZero();
    }

    private JsonNode caseOf(String household) {
        String caseId = jdbc.sql("""
                        SELECT c.id::text FROM return_case c JOIN import_record r ON r.target_id = c.household_id::text
                        WHERE r.source = ? AND r.kind = 'HOUSEHOLDS' AND r.external_id = ?""")
                .params("STOPS-ORG:" + source, household)
                .query(String.class)
                .single();
        HttpApi.Reply reply = api.get("/api/v1/returns/" + caseId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private long casesOf(String household) {
        return jdbc.sql("""
                        SELECT count(*) FROM return_case c JOIN import_record r ON r.target_id = c.household_id::text
                        WHERE r.source = ? AND r.kind = 'HOUSEHOLDS' AND r.external_id = ?""")
                .params("STOPS-ORG:" + source, household)
                .query(Long.class)
                .single();
    }
}
