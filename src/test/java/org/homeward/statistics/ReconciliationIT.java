package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.homeward.identity.Role;
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

/** Reconciliation of the seeded ledger, and of figures a test records in a place and period of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReconciliationIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpApi analyst;

    @BeforeEach
    void signIn() {
        analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
    }

    @Test
    void theSeededNovember2021FiguresGiveExactlyTheGapOf31000AndTheDisagreementOf150000() {
        Reply reply = analyst.get("/api/v1/figures/reconciliation?area=SYR&from=2018-01-01&to=2021-12-31");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> findings = among(reply.json().get("findings"), false);
        assertThat(findings).hasSize(2);
        // Homeward's own records hold far fewer returns than the statements: each figure differs from them
        assertThat(among(reply.json().get("findings"), true)).hasSize(4);

        JsonNode parts = findings.get(0);
        assertThat(parts.get("kind").asString()).isEqualTo("PARTS_DO_NOT_SUM");
        assertThat(parts.get("severity").asString()).isEqualTo("notice");
        assertThat(parts.get("indicator").asString()).isEqualTo("returnees_total");
        assertThat(parts.at("/arithmetic/parts/0").asLong()).isEqualTo(1_372_000);
        assertThat(parts.at("/arithmetic/parts/1").asLong()).isEqualTo(947_000);
        assertThat(parts.at("/arithmetic/sumOfParts").asLong()).isEqualTo(2_319_000);
        assertThat(parts.at("/arithmetic/total").asLong()).isEqualTo(2_350_000);
        assertThat(parts.at("/arithmetic/gap").asLong()).isEqualTo(31_000);
        assertThat(publishers(parts)).containsOnly("Islam Times");
        assertThat(parts.get("message").asString())
                .contains("2,319,000")
                .contains("more than 2,350,000")
                .contains("31,000");

        JsonNode sources = findings.get(1);
        assertThat(sources.get("kind").asString()).isEqualTo("SOURCES_DISAGREE");
        assertThat(sources.get("severity").asString()).isEqualTo("notice");
        assertThat(sources.at("/arithmetic/values/0").asLong()).isEqualTo(2_500_000);
        assertThat(sources.at("/arithmetic/values/1").asLong()).isEqualTo(2_350_000);
        assertThat(sources.at("/arithmetic/difference").asLong()).isEqualTo(150_000);
        assertThat(sources.at("/figures/0/speaker").asString()).isEqualTo("Hussein Makhlouf");
        assertThat(sources.at("/figures/1/speaker").asString()).isEqualTo("Mikhail Mizintsev");
        assertThat(sources.at("/figures/0/qualifier").asString()).isEqualTo("MORE_THAN");
    }

    @Test
    void theUnhcrYearlySeriesIsInTheLedger() {
        Reply refugees = analyst.get("/api/v1/figures?indicator=returned_refugees&area=SYR&size=100");
        Reply idps = analyst.get("/api/v1/figures?indicator=returned_idps&area=SYR&size=100");

        assertThat(refugees.json().get("total").asLong()).isEqualTo(20);
        assertThat(idps.json().get("total").asLong()).isEqualTo(9);
        JsonNode year2018 = StreamSupport.stream(refugees.json().get("items").spliterator(), false)
                .filter(item -> item.get("periodStart").asString().equals("2018-01-01"))
                .findFirst()
                .orElseThrow();
        assertThat(year2018.get("value").asLong()).isEqualTo(210_946);
        assertThat(year2018.get("periodEnd").asString()).isEqualTo("2018-12-31");
        assertThat(year2018.get("publisher").asString()).isEqualTo("UNHCR Refugee Data Finder");
        assertThat(year2018.get("sourceKind").asString()).isEqualTo("UNHCR");
        assertThat(year2018.get("reference").asString()).contains("CC BY 4.0");
    }

    @Test
    void aCumulativeFigureThatShrinksAndExactPartsThatMissTheirTotalAreWarnings() {
        HttpApi coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        LocalDate start =
                LocalDate.of(1800, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        String publisher = "Reconciliation test " + start;
        LocalDate june = start.plusDays(180);
        LocalDate december = start.plusDays(360);
        post(coordinator, figure("returnees_total", 5_000, "EXACT", start, june, publisher));
        post(coordinator, figure("returnees_total", 4_800, "EXACT", start, december, publisher));
        post(coordinator, figure("returnees_idp", 3_000, "EXACT", start, december, publisher));
        post(coordinator, figure("returnees_refugee", 1_000, "EXACT", start, december, publisher));

        Reply reply = analyst.get("/api/v1/figures/reconciliation?area=SY14&from=" + start + "&to=" + december);

        List<JsonNode> findings = among(reply.json().get("findings"), false);
        assertThat(findings).hasSize(2);
        List<JsonNode> registry = among(reply.json().get("findings"), true);
        assertThat(registry).hasSize(4);
        assertThat(registry)
                .allSatisfy(finding ->
                        assertThat(finding.at("/arithmetic/registry").asLong()).isZero());
        assertThat(findings.get(0).get("kind").asString()).isEqualTo("PARTS_DO_NOT_SUM");
        assertThat(findings.get(0).get("severity").asString()).isEqualTo("warning");
        assertThat(findings.get(0).at("/arithmetic/gap").asLong()).isEqualTo(800);
        assertThat(findings.get(1).get("kind").asString()).isEqualTo("CUMULATIVE_SHRINKS");
        assertThat(findings.get(1).get("severity").asString()).isEqualTo("warning");
        assertThat(findings.get(1).at("/arithmetic/decrease").asLong()).isEqualTo(200);
        assertThat(findings.get(1).get("message").asString()).contains("cannot go down");
    }

    @Test
    void aReportedFigureIsComparedWithTheReturnsHomewardRecorded() {
        HttpApi caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        ReturnsThroughApi returns = new ReturnsThroughApi(caseworker);
        List<ReturnsThroughApi.Person> people = List.of(
                ReturnsThroughApi.Person.of("f", 1970),
                ReturnsThroughApi.Person.of("m", 1968),
                ReturnsThroughApi.Person.of("m", 2001));
        ReturnsThroughApi.Family family = returns.open(false, "C3151", people);
        returns.depart(family, false, people, LocalDate.of(2025, 6, 10));
        returns.arrive(family, LocalDate.of(2025, 6, 12), "C3151", family.members());
        HttpApi coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        LocalDate start = LocalDate.of(2025, 6, 1);
        LocalDate end = LocalDate.of(2025, 6, 30);
        Map<String, Object> agrees = figure("returnees_idp", 3, "EXACT", start, end, "Agreeing office");
        agrees.put("area", "SY050202");
        post(coordinator, agrees);
        Map<String, Object> differs = figure("returnees_total", 10, "EXACT", start, end, "Generous office");
        differs.put("area", "SY050202");
        post(coordinator, differs);

        Reply reply = analyst.get("/api/v1/figures/reconciliation?area=SY050202&from=" + start + "&to=" + end);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> registry = among(reply.json().get("findings"), true);
        assertThat(registry).hasSize(1);
        assertThat(publishers(registry.get(0))).containsExactly("Generous office");
        assertThat(registry.get(0).at("/arithmetic/registry").asLong()).isEqualTo(3);
        assertThat(registry.get(0).at("/arithmetic/difference").asLong()).isEqualTo(7);
    }

    @Test
    void findingsAreForSignedInUsersOnly() {
        assertThat(new HttpApi(port).get("/api/v1/figures/reconciliation").status())
                .isEqualTo(401);
    }

    private void post(HttpApi api, Map<String, Object> figure) {
        Reply reply = api.post("/api/v1/figures", figure);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static Map<String, Object> figure(
            String indicator, long value, String qualifier, LocalDate start, LocalDate end, String publisher) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("indicator", indicator);
        figure.put("value", value);
        figure.put("qualifier", qualifier);
        figure.put("periodStart", start.toString());
        figure.put("periodEnd", end.toString());
        figure.put("area", "SY14");
        figure.put("publisher", publisher);
        figure.put("reportedOn", end.toString());
        return figure;
    }

    /** The findings that compare with Homeward's records ({@code registry} true), or the others. */
    private static List<JsonNode> among(JsonNode findings, boolean registry) {
        return findings.valueStream()
                .filter(finding -> finding.get("kind").asString().equals("REGISTRY_DIFFERS") == registry)
                .toList();
    }

    private static List<String> publishers(JsonNode finding) {
        return StreamSupport.stream(finding.get("figures").spliterator(), false)
                .map(figure -> figure.get("publisher").asString())
                .toList();
    }
}
