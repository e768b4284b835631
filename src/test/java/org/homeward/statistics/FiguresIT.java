package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditQuery;
import org.homeward.identity.Role;
import org.homeward.shared.PageRequest;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
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
 * The figures ledger over the API. Each test works in a period of its own (two days of the twentieth century
 * that no other test uses), so that it sees only its own figures and leaves the seeded ones, which
 * ReconciliationIT checks, alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FiguresIT {

    static final String HEADER =
            "reported_on,publisher,speaker,indicator,scope,period_start,period_end,value,qualifier,note\n";

    /** Periods of this run: a random start in the 1900s, then three days apart. */
    static final LocalDate FIRST =
            LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));

    static final AtomicInteger PERIODS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    HttpApi coordinator;
    LocalDate start;
    LocalDate end;

    @BeforeEach
    void setUp() {
        coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        start = FIRST.plusDays(3L * PERIODS.getAndIncrement());
        end = start.plusDays(1);
    }

    Map<String, Object> figure(long value) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("indicator", "returnees_total");
        figure.put("value", value);
        figure.put("qualifier", "MORE_THAN");
        figure.put("periodStart", start.toString());
        figure.put("periodEnd", end.toString());
        figure.put("area", "Syria");
        figure.put("publisher", "Test publisher " + start);
        figure.put("speaker", "A spokesperson");
        figure.put("reportedOn", end.toString());
        figure.put("reference", "https://example.org/statement");
        return figure;
    }

    @Test
    void coordinatorRecordsReadsCorrectsAndDeletesAFigure() {
        Reply created = coordinator.post("/api/v1/figures", figure(2_350_000));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/figures/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("area").asString()).isEqualTo("SYR");
        assertThat(created.json().get("qualifier").asString()).isEqualTo("MORE_THAN");
        assertThat(created.json().get("sourceKind").asString()).isEqualTo("STATEMENT");

        Reply read = coordinator.get("/api/v1/figures/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("value").asLong()).isEqualTo(2_350_000);

        Map<String, Object> corrected = figure(2_400_000);
        Reply updated = coordinator.put("/api/v1/figures/" + id, corrected, "If-Match", read.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().get("value").asLong()).isEqualTo(2_400_000);
        assertThat(coordinator
                        .put("/api/v1/figures/" + id, corrected, "If-Match", "\"0\"")
                        .status())
                .isEqualTo(412);
        assertThat(coordinator.put("/api/v1/figures/" + id, corrected).status()).isEqualTo(428);

        assertThat(coordinator.delete("/api/v1/figures/" + id).status()).isEqualTo(400);
        Reply deleted = coordinator.send(coordinator
                .request("/api/v1/figures/" + id, "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"entered twice\"}")));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(coordinator.get("/api/v1/figures/" + id).status()).isEqualTo(404);

        List<AuditAction> actions = audit
                .entries(AuditQuery.forRecord("reported_figure", Long.toString(id)), PageRequest.of(0, 10))
                .items()
                .stream()
                .map(AuditEntry::action)
                .toList();
        assertThat(actions).containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
    }

    @Test
    void refusesABadFigureNamingEveryProblemAtOnce() {
        Map<String, Object> bad = figure(-5);
        bad.remove("publisher");
        bad.put("indicator", "returnees_galore");
        bad.put("area", "Atlantis");
        bad.put("periodEnd", start.minusDays(1).toString());

        Reply reply = coordinator.post("/api/v1/figures", bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : reply.json().get("errors")) {
            errors.put(error.get("field").asString(), error.get("message").asString());
        }
        assertThat(errors).containsOnlyKeys("publisher", "value", "periodEnd", "indicator", "area");
        assertThat(errors.get("publisher")).contains("needs its source");
        assertThat(errors.get("value")).contains("negative");
        assertThat(errors.get("indicator")).contains("returnees_galore").contains("returnees_total");
        assertThat(errors.get("area")).contains("Atlantis");
    }

    @Test
    void theSameFigureFromTheSameSourceTwiceIsAConflict() {
        assertThat(coordinator.post("/api/v1/figures", figure(100)).status()).isEqualTo(201);

        Reply again = coordinator.post("/api/v1/figures", figure(120));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already records");
    }

    @Test
    void everyoneSignedInReadsButOnlyCoordinatorsChange() {
        TestUsers users = TestUsers.of(context);
        HttpApi analyst = users.create(Role.ANALYST).tokenApi(port);
        HttpApi partner = users.create(Role.PARTNER).tokenApi(port);
        HttpApi admin = users.create(Role.ADMIN).tokenApi(port);

        assertThat(analyst.post("/api/v1/figures", figure(100)).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/figures", figure(100)).status()).isEqualTo(403);
        assertThat(analyst.send(csv(analyst, "/api/v1/figures/import?dryRun=true", HEADER))
                        .status())
                .isEqualTo(403);
        assertThat(analyst.get("/api/v1/figures").status()).isEqualTo(200);
        assertThat(partner.get("/api/v1/figures/reconciliation").status()).isEqualTo(200);
        assertThat(new HttpApi(port).get("/api/v1/figures").status()).isEqualTo(401);
    }

    @Test
    void listsFiguresFilteredByIndicatorAreaAndPeriod() {
        coordinator.post("/api/v1/figures", figure(100));
        Map<String, Object> idp = figure(40);
        idp.put("indicator", "returnees_idp");
        idp.put("area", "SY07");
        coordinator.post("/api/v1/figures", idp);

        Reply inPeriod = coordinator.get("/api/v1/figures?from=" + start + "&to=" + end);
        Reply idps = coordinator.get("/api/v1/figures?indicator=returnees_idp&area=sy07&from=" + start + "&to=" + end);

        assertThat(inPeriod.json().get("total").asLong()).isEqualTo(2);
        assertThat(idps.json().get("total").asLong()).isEqualTo(1);
        assertThat(idps.json().at("/items/0/area").asString()).isEqualTo("SY07");
        assertThat(coordinator.get("/api/v1/figures?indicator=nonsense").status())
                .isEqualTo(400);
    }

    @Test
    void aDryRunReportsWhatAnImportWouldDoAndStoresNothing() {
        String file =
                HEADER + row("returnees_idp", "1372000", "exact") + row("returnees_refugee", "947000", "more_than");

        Reply dryRun = coordinator.send(csv(coordinator, "/api/v1/figures/import?dryRun=true", file));

        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.json().get("applied").asBoolean()).isFalse();
        assertThat(dryRun.json().get("created").asInt()).isEqualTo(2);
        assertThat(countInPeriod()).isZero();
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesRowColumnValueAndExpectation() {
        String file = HEADER
                + row("returnees_idp", "1372000", "exact")
                + row("returnees_refugee", "947000", "more_than")
                + row("returnees_total", "-5", "exact");

        Reply reply = coordinator.send(csv(coordinator, "/api/v1/figures/import", file));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(reply.json().get("errors")).hasSize(1);
        assertThat(error.get("row").asInt()).isEqualTo(4);
        assertThat(error.get("column").asString()).isEqualTo("value");
        assertThat(error.get("value").asString()).isEqualTo("-5");
        assertThat(error.get("expected").asString()).contains("cannot be negative");
        assertThat(countInPeriod()).as("all or nothing").isZero();
    }

    @Test
    void importingTheSameFileTwiceAddsItsFiguresOnce() {
        String file =
                HEADER + row("returnees_idp", "1372000", "exact") + row("returnees_refugee", "947000", "more_than");

        Reply first = coordinator.send(csv(coordinator, "/api/v1/figures/import", file));
        Reply second = coordinator.send(csv(coordinator, "/api/v1/figures/import", file));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(first.json().get("createdIds")).hasSize(2);
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(countInPeriod()).isEqualTo(2);
    }

    private String row(String indicator, String value, String qualifier) {
        return end + ",Import test " + start + ",Speaker," + indicator + ",Syria," + start + "," + end + "," + value
                + "," + qualifier + ",\"a note, with a comma\"\n";
    }

    private long countInPeriod() {
        return coordinator
                .get("/api/v1/figures?from=" + start + "&to=" + end)
                .json()
                .get("total")
                .asLong();
    }

    private static HttpRequest.Builder csv(HttpApi api, String path, String body) {
        return api.request(path, "Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
