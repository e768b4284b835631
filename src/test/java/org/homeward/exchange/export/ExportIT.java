package org.homeward.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.Tables;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports through real HTTP: formats, file names, who gets personal data, the audit, neutralised formulas. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private HttpApi caseworker;
    private String familyName;
    private String reference;

    /** A refugee household with a family name no other test uses, a formula in its notes and a phone number. */
    @BeforeEach
    void registerAHousehold() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        familyName = uniqueName();
        String registration = """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR",
                 "currentLocality":"@SUM(A1:A9)","phone":"+90 532 765 43 21","notes":"=HYPERLINK(\\"http://x\\",\\"y\\")",
                 "members":[{"relationship":"HEAD","sex":"m","dateOfBirth":"1984-05-02","givenNameAr":"محمد",
                             "familyNameAr":"الحلبي","givenNameLatin":"Mohammad","familyNameLatin":"%s"},
                            {"relationship":"SPOUSE","sex":"f","birthYear":1988,"givenNameAr":"فاطمة"}]}
                """.formatted(familyName);
        HttpApi.Reply reply = caseworker.post("/api/v1/households", registration);
        assertThat(reply.status()).isEqualTo(201);
        reference = reply.json().get("reference").asString();
    }

    @Test
    void analystGetsPseudonymisedCsvEvenWhenStatingAPurpose() throws Exception {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        HttpResponse<byte[]> reply = download(
                analyst,
                "/api/v1/exports/households?purpose="
                        + URLEncoder.encode("Planning the spring convoys", StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(reply.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"households-" + LocalDate.now(clock) + ".csv\"");
        assertThat(reply.headers().firstValue(ExportController.ACCESS_HEADER)).hasValue("pseudonymised");
        List<Row> mine = rowsOf(read(reply.body(), ReadOptions.plain()), reference);
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).cells())
                .containsExactly(reference, "1", "m", "18-59", "REFUGEE", adm1("C4121"), "C4121", "TUR", "", "", "");
        String text = new String(reply.body(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(familyName, "محمد", "765 43 21", "HYPERLINK", "1984-05-02");
    }

    @Test
    void aRoleWithoutTheRightThatDemandsPersonalDataIsRefused() throws Exception {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        HttpResponse<byte[]> reply =
                download(analyst, "/api/v1/exports/households?personal=true&purpose=Verification+visits");

        assertThat(reply.statusCode()).isEqualTo(403);
    }

    @Test
    void coordinatorWithAPurposeGetsPersonalDataAndTheExportIsAudited() throws Exception {
        TestUser coordinator = TestUsers.of(context).create(Role.COORDINATOR);
        String purpose = "Verification visits before the convoy " + uniqueName();

        HttpResponse<byte[]> reply = download(
                coordinator.tokenApi(port),
                "/api/v1/exports/households?format=xlsx&status=REFUGEE&purpose="
                        + URLEncoder.encode(purpose, StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(reply.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"households-" + LocalDate.now(clock) + ".xlsx\"");
        assertThat(reply.headers().firstValue(ExportController.ACCESS_HEADER)).hasValue("personal");
        List<Row> mine = rowsOf(read(reply.body(), ReadOptions.plain()), reference);
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).cells()).contains(familyName, "محمد", "1984-05-02", "+90 532 765 43 21");
        context.getBean(org.homeward.audit.AuditLog.class).sealPending(); // chained after commit (V41)
        Map<String, Object> entry = jdbc.sql("""
                        SELECT action, entity_type, entity_id, details->>'format' AS format, details->>'status' AS status
                        FROM audit_entry WHERE actor = :actor AND purpose = :purpose""")
                .param("actor", coordinator.username())
                .param("purpose", purpose)
                .query()
                .singleRow();
        assertThat(entry).containsEntry("action", "EXPORT").containsEntry("entity_type", "household");
        assertThat(entry).containsEntry("format", "xlsx").containsEntry("status", "REFUGEE");
        assertThat(entry.get("entity_id")).isNull();
    }

    @Test
    void personalDataDemandedWithoutAPurposeAnswers400NamingPurpose() throws Exception {
        HttpApi coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);

        HttpResponse<byte[]> reply = download(coordinator, "/api/v1/exports/households?personal=true");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(reply.body()).get("parameter").asString()).isEqualTo("purpose");
    }

    @Test
    void formulasInRecordsArriveNeutralisedInCsvAndAsTextInXlsx() throws Exception {
        HttpApi coordinator = TestUsers.of(context).create(Role.COORDINATOR).tokenApi(port);
        String query = "&purpose=Checking+exports+of+free+text";

        Row csv = rowsOf(
                        read(
                                download(coordinator, "/api/v1/exports/households?format=csv&bom=true" + query)
                                        .body(),
                                ReadOptions.plain()),
                        reference)
                .getFirst();
        Row xlsx = rowsOf(
                        read(
                                download(coordinator, "/api/v1/exports/households?format=xlsx" + query)
                                        .body(),
                                ReadOptions.plain()),
                        reference)
                .getFirst();

        assertThat(csv.cells()).contains("'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(A1:A9)", "'+90 532 765 43 21");
        assertThat(xlsx.cells()).contains("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A9)");
    }

    @Test
    void hxlExportCarriesTheHashtagRowAndJsonIsAnArray() throws Exception {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        HttpResponse<byte[]> hxl = download(analyst, "/api/v1/exports/households?format=hxl&country=TUR");
        HttpResponse<byte[]> json = download(analyst, "/api/v1/exports/households?format=JSON&country=TUR");

        assertThat(hxl.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"households-hxl-" + LocalDate.now(clock) + ".csv\"");
        try (RowSource source = Tables.open(new ByteArrayInputStream(hxl.body()), ReadOptions.hxl())) {
            assertThat(source.header().matching("#adm1+code+origin")).hasSize(1);
        }
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        JsonNode array = JSON.readTree(json.body());
        assertThat(array.isArray()).isTrue();
        List<JsonNode> mine = new ArrayList<>();
        array.forEach(row -> {
            if (row.get("householdReference").asString().equals(reference)) {
                mine.add(row);
            }
        });
        assertThat(mine).hasSize(2);
        assertThat(mine.get(1).get("member").isNumber()).isTrue();
    }

    @Test
    void badParametersAnswer400NamingThem() throws Exception {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        assertThat(problemParameter(analyst, "/api/v1/exports/households?format=pdf"))
                .isEqualTo("format");
        assertThat(problemParameter(analyst, "/api/v1/exports/households?status=HOMELESS"))
                .isEqualTo("status");
        assertThat(problemParameter(analyst, "/api/v1/exports/households?origin=SY%2707"))
                .isEqualTo("origin");
        assertThat(problemParameter(analyst, "/api/v1/exports/households?bom=maybe"))
                .isEqualTo("bom");
        assertThat(problemParameter(analyst, "/api/v1/exports/returns?status=FLYING"))
                .isEqualTo("status");
        assertThat(problemParameter(analyst, "/api/v1/exports/returns?from=2025-13-01"))
                .isEqualTo("from");
        assertThat(problemParameter(analyst, "/api/v1/exports/returns?destination=SY99"))
                .isEqualTo("destination");
        assertThat(problemParameter(analyst, "/api/v1/exports/movements?kind=FLOWN"))
                .isEqualTo("kind");
        assertThat(problemParameter(analyst, "/api/v1/exports/movements?from=2025-02-01&to=2025-01-01"))
                .isEqualTo("to");
        assertThat(problemParameter(analyst, "/api/v1/exports/movements?type=TOURIST"))
                .isEqualTo("type");
        assertThat(problemParameter(analyst, "/api/v1/exports/figures?to=yesterday"))
                .isEqualTo("to");
        assertThat(problemParameter(analyst, "/api/v1/exports/public-returns?from=2025-02-01&to=2025-01-01"))
                .isEqualTo("to");
    }

    @Test
    void movementsCarryPseudonymsThatLinkRowsWithinAFileButNotAcrossFiles() throws Exception {
        String caseReference = arrivedCase();
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        String path = "/api/v1/exports/movements?from=2025-04-01&to=2025-04-02";

        HttpResponse<byte[]> first = download(analyst, path);
        HttpResponse<byte[]> second = download(analyst, path + "&format=csv");

        assertThat(first.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"movements-" + LocalDate.now(clock) + ".csv\"");
        List<Row> rows = rowsOf(read(first.body(), ReadOptions.plain()), caseReference);
        // three people departed, crossed and arrived: nine rows, three pseudonyms, each on three rows
        assertThat(rows).hasSize(9);
        Set<String> people =
                new java.util.HashSet<>(rows.stream().map(row -> row.cell(1)).toList());
        assertThat(people).hasSize(3);
        Set<String> later =
                new java.util.HashSet<>(rowsOf(read(second.body(), ReadOptions.plain()), caseReference).stream()
                        .map(row -> row.cell(1))
                        .toList());
        assertThat(later).hasSize(3).doesNotContainAnyElementsOf(people);
        List<String> ids = jdbc.sql("SELECT DISTINCT person_id::text FROM return_movement m JOIN return_case c"
                        + " ON c.id = m.case_id WHERE c.reference = :reference")
                .param("reference", caseReference)
                .query(String.class)
                .list();
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).doesNotContain(ids);
        HttpResponse<byte[]> cases = download(analyst, "/api/v1/exports/returns?status=ARRIVED&from=2025-04-02");
        assertThat(rowsOf(read(cases.body(), ReadOptions.plain()), caseReference))
                .singleElement()
                .satisfies(row -> assertThat(row.cells()).contains("ARRIVED", "2025-04-02", "XP-TUR-BHW", "3"));
    }

    @Test
    void partnerExportsOnlyItsOwnHouseholdsAndInFullOnlyWithAPurpose() throws Exception {
        TestUser partner = TestUsers.of(context).create(Role.PARTNER, "EXPORT-NGO-" + uniqueName(), Set.of());
        String own = partner.tokenApi(port)
                .post("/api/v1/households", """
                        {"displacementStatus":"IDP","originPcode":"C4121","currentCountry":"SYR","currentPcode":"SY07",
                         "members":[{"relationship":"HEAD","sex":"f","birthYear":1990,"givenNameLatin":"Noor"}]}""")
                .json()
                .get("reference")
                .asString();

        String pseudonymised = new String(
                download(partner.tokenApi(port), "/api/v1/exports/households").body(), StandardCharsets.UTF_8);
        String personal = new String(
                download(partner.tokenApi(port), "/api/v1/exports/households?purpose=Our+own+follow-up+visits")
                        .body(),
                StandardCharsets.UTF_8);

        assertThat(pseudonymised).contains(own).doesNotContain(reference, "Noor");
        assertThat(personal).contains(own, "Noor").doesNotContain(reference);
    }

    @Test
    void returnCasesAndStatisticsExportInEveryFormat() throws Exception {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        HttpResponse<byte[]> cases = download(analyst, "/api/v1/exports/returns?format=xlsx&status=ARRIVED");
        HttpResponse<byte[]> figures = download(analyst, "/api/v1/exports/figures?format=hxl");
        HttpResponse<byte[]> table = download(analyst, "/api/v1/exports/public-returns?format=json");

        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"return-cases-" + LocalDate.now(clock) + ".xlsx\"");
        try (RowSource source = Tables.open(new ByteArrayInputStream(cases.body()), ReadOptions.plain())) {
            assertThat(source.header().names()).startsWith("caseReference", "caseId", "householdId", "status");
        }
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(new String(figures.body(), StandardCharsets.UTF_8)).contains("#indicator+code");
        JsonNode rows = JSON.readTree(table.body());
        assertThat(rows.get(rows.size() - 1).get("adm1").asString()).isEqualTo("SYR");
        assertThat(rows.get(0).get("nameAr").asString()).isNotBlank();
    }

    @Test
    void anyStatisticsBreakdownExportsAsTheApiCountsItForReadersOfStatisticsOnly() throws Exception {
        arrivedCase();
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        String query = "from=2025-04-02&to=2025-04-02&groupBy=adm1,sex&type=REFUGEE";

        JsonNode api = analyst.get("/api/v1/statistics/returns?" + query).json();
        HttpResponse<byte[]> xlsx = download(analyst, "/api/v1/exports/statistics/returns?format=xlsx&" + query);
        HttpResponse<byte[]> hxl = download(analyst, "/api/v1/exports/statistics/returns?format=hxl&" + query);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<Row> rows = read(xlsx.body(), ReadOptions.plain());
        assertThat(rows).hasSize(api.get("rows").size()).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode expected = api.get("rows").get(i);
            assertThat(rows.get(i).cell(0)).isEqualTo(expected.get("adm1").asString());
            assertThat(rows.get(i).cell(1)).isEqualTo(expected.get("sex").asString());
            assertThat(Double.parseDouble(rows.get(i).cell(2)))
                    .isEqualTo(expected.get("returns").asLong());
        }
        assertThat(new String(hxl.body(), StandardCharsets.UTF_8))
                .startsWith("adm1,sex,returns")
                // FastCSV quotes a leading '#' so that no reader takes the tag row for a comment
                .contains("\"#adm1+code\",#indicator+sex,#affected+returnees+ind");
        assertThat(download(caseworker, "/api/v1/exports/statistics/returns").statusCode())
                .isEqualTo(403);
        assertThat(problemParameter(analyst, "/api/v1/exports/statistics/returns?groupBy=colour"))
                .isEqualTo("groupBy");
    }

    @Test
    void situationReportIsOnePdfPageInArabicOrEnglish() throws Exception {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);

        HttpResponse<byte[]> arabic =
                download(analyst, "/api/v1/statistics/sitrep.pdf?lang=ar&from=2024-01-01&to=2025-12-31");
        HttpResponse<byte[]> english = download(analyst, "/api/v1/statistics/sitrep.pdf");

        assertThat(arabic.statusCode()).isEqualTo(200);
        assertThat(arabic.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(arabic.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"sitrep-2025-12-31-ar.pdf\"");
        // a date inside Arabic text is drawn 2024-01-01 but extracted in reading order, so only the year is checked
        assertThat(pdfText(arabic.body())).contains("تقرير الوضع", "العائدون", "2024", "حلب");
        assertThat(pdfText(english.body())).contains("Situation report", "People returned", "Aleppo", "2018-01-01");
        assertThat(problemParameter(analyst, "/api/v1/statistics/sitrep.pdf?lang=fr"))
                .isEqualTo("lang");
        assertThat(problemParameter(analyst, "/api/v1/statistics/sitrep.pdf?from=2025-01-02&to=2025-01-01"))
                .isEqualTo("to");
        // with 'to' absent the period ends today, so a 'from' after today is refused the same way
        assertThat(problemParameter(analyst, "/api/v1/statistics/sitrep.pdf?from=2999-01-01"))
                .isEqualTo("to");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return java.text.Normalizer.normalize(
                    new org.apache.pdfbox.text.PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC);
        }
    }

    /** A refugee case of a new household driven to ARRIVED by the contract's requests; its reference. */
    private String arrivedCase() {
        HttpApi.Reply household = caseworker.post("/api/v1/households", """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR",
                 "members":[{"relationship":"HEAD","sex":"m","birthYear":1980,"givenNameLatin":"Adam"},
                            {"relationship":"SPOUSE","sex":"f","birthYear":1982,"givenNameLatin":"Hiba"},
                            {"relationship":"CHILD","sex":"f","birthYear":2016,"givenNameLatin":"Lina"}]}""");
        assertThat(household.status()).isEqualTo(201);
        List<String> members = new ArrayList<>();
        household
                .json()
                .get("members")
                .forEach(member -> members.add("\"" + member.get("id").asString() + "\""));
        String all = "[" + String.join(",", members) + "]";
        String adults = "[" + members.get(0) + "," + members.get(1) + "]";
        HttpApi.Reply opened = caseworker.post(
                "/api/v1/returns", """
                {"householdId":"%s","memberIds":%s,"intendedDestinationPcode":"C4121"}""".formatted(household.json().get("id").asString(), all));
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        step(id, "counsel", "{\"date\":\"2025-03-01\",\"topics\":[\"CONDITIONS\"]}");
        step(
                id,
                "sign-declaration",
                "{\"date\":\"2025-03-02\",\"place\":\"Gaziantep\",\"witnessOrganisation\":" + "\"UNHCR\",\"signedBy\":"
                        + adults + "}");
        step(id, "clear", "{}");
        step(
                id,
                "schedule",
                "{\"plannedDate\":\"2025-04-01\",\"transport\":\"CONVOY\"," + "\"crossingPointCode\":\"XP-TUR-BHW\"}");
        step(id, "depart", "{\"date\":\"2025-04-01\"}");
        step(id, "cross", "{\"date\":\"2025-04-01\",\"crossingPointCode\":\"XP-TUR-BHW\"}");
        step(id, "arrive", "{\"date\":\"2025-04-02\",\"pcode\":\"C4121\",\"memberIds\":" + all + "}");
        return opened.json().get("reference").asString();
    }

    private void step(String caseId, String action, String body) {
        HttpApi.Reply reply = caseworker.post("/api/v1/returns/" + caseId + "/" + action, body);
        assertThat(reply.status()).as(action).isEqualTo(200);
    }

    private String adm1(String pcode) {
        return context.getBean(org.homeward.geography.Gazetteer.class)
                .get(pcode)
                .adm1Pcode();
    }

    private String problemParameter(HttpApi api, String path) throws Exception {
        HttpResponse<byte[]> reply = download(api, path);
        assertThat(reply.statusCode()).as(path).isEqualTo(400);
        return JSON.readTree(reply.body()).get("parameter").asString();
    }

    static HttpResponse<byte[]> download(HttpApi api, String path) throws IOException, InterruptedException {
        return HTTP.send(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<Row> read(byte[] file, ReadOptions options) {
        List<Row> rows = new ArrayList<>();
        try (RowSource source = Tables.open(new ByteArrayInputStream(file), options)) {
            source.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<Row> rowsOf(List<Row> rows, String reference) {
        return rows.stream().filter(row -> row.cell(0).equals(reference)).toList();
    }

    private static String uniqueName() {
        String letters = "bdfklmnrstz";
        StringBuilder name = new StringBuilder("Qe");
        java.util.Random random = new java.security.SecureRandom();
        for (int i = 0; i < 8; i++) {
            name.append(letters.charAt(random.nextInt(letters.length()))).append(i % 2 == 0 ? "a" : "o");
        }
        return name.toString();
    }
}
