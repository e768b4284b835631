package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
 * Breakdowns and headline figures through the API, counted exactly from returns this test makes: before and after
 * counts for a sub-district and a period no other test uses (Sanamein, May to November 2025), so that tests running before it do
 * not matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnStatisticsApiIT {

    static final String COMMUNITY = "C6092";
    static final String ADM3 = "SY120300";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpApi caseworker;
    HttpApi analyst;
    ReturnsThroughApi returns;

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        returns = new ReturnsThroughApi(caseworker);
    }

    @Test
    void eachArrivedPersonCountsOnceOnTheDayOfArrivalBySexAgeTypeAndMonth() {
        String query = "/api/v1/statistics/returns?from=2025-05-01&to=2025-06-30&adm3=" + ADM3
                + "&groupBy=adm1,adm3,month,sex,ageGroup,type";
        Map<String, Long> before = cells(analyst.get(query));
        long totalBefore = analyst.get(query).json().get("total").asLong();

        List<Person> refugees = List.of(Person.of("f", 1990, "SM"), Person.of("m", 1988), Person.of("f", 2022, "CR"));
        Family refugee = returns.open(true, COMMUNITY, refugees);
        returns.depart(refugee, true, refugees, LocalDate.of(2025, 5, 1));
        assertThat(returns.arrive(refugee, LocalDate.of(2025, 5, 3), COMMUNITY, refugee.members())
                        .status())
                .isEqualTo(200);

        List<Person> idps = List.of(Person.of("f", 1950), Person.of("m", 2016));
        Family idp = returns.open(false, COMMUNITY, idps);
        returns.depart(idp, false, idps, LocalDate.of(2025, 5, 10));
        returns.arrive(
                idp, LocalDate.of(2025, 5, 31), COMMUNITY, List.of(idp.members().get(0)));
        returns.arrive(
                idp, LocalDate.of(2025, 6, 1), COMMUNITY, List.of(idp.members().get(1)));

        HttpApi.Reply after = analyst.get(query);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().get("total").asLong() - totalBefore).isEqualTo(5);
        Map<String, Long> added = difference(cells(after), before);
        assertThat(added)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SY12|SY120300|2025-05|f|18-59|REFUGEE", 1L,
                        "SY12|SY120300|2025-05|m|18-59|REFUGEE", 1L,
                        "SY12|SY120300|2025-05|f|0-4|REFUGEE", 1L,
                        "SY12|SY120300|2025-05|f|60+|IDP", 1L,
                        "SY12|SY120300|2025-06|m|5-11|IDP", 1L));
        assertThat(after.json().get("rows").get(0).propertyNames())
                .containsExactly("adm1", "adm3", "month", "sex", "ageGroup", "type", "returns");
    }

    @Test
    void daysOfAMonthThePeriodCoversInPartAreCountedFromTheMovements() {
        String part = "/api/v1/statistics/returns?from=2025-07-15&to=2025-08-14&adm3=" + ADM3 + "&groupBy=month";
        String whole = "/api/v1/statistics/returns?from=2025-07-01&to=2025-09-30&adm3=" + ADM3 + "&groupBy=quarter";
        Map<String, Long> partBefore = cells(analyst.get(part));
        Map<String, Long> wholeBefore = cells(analyst.get(whole));
        List<Person> people = List.of(Person.of("m", 1980), Person.of("f", 1982), Person.of("m", 2005));
        Family family = returns.open(true, COMMUNITY, people);
        returns.depart(family, true, people, LocalDate.of(2025, 7, 10));
        returns.arrive(
                family,
                LocalDate.of(2025, 7, 14),
                COMMUNITY,
                List.of(family.members().get(0)));
        returns.arrive(
                family,
                LocalDate.of(2025, 7, 15),
                COMMUNITY,
                List.of(family.members().get(1)));
        returns.arrive(
                family,
                LocalDate.of(2025, 8, 15),
                COMMUNITY,
                List.of(family.members().get(2)));

        assertThat(difference(cells(analyst.get(part)), partBefore))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2025-07", 1L));
        assertThat(difference(cells(analyst.get(whole)), wholeBefore))
                .containsExactlyInAnyOrderEntriesOf(Map.of("2025-Q3", 3L));
    }

    @Test
    void peopleWithSeveralNeedsCountUnderEachNeedButOnceInTheTotal() {
        String query = "/api/v1/statistics/returns?from=2025-09-01&to=2025-09-30&adm3=" + ADM3 + "&groupBy=need";
        HttpApi.Reply first = analyst.get(query);
        Map<String, Long> before = cells(first);
        long totalBefore = first.json().get("total").asLong();
        List<Person> people =
                List.of(Person.of("f", 1970, "SM", "DS"), Person.of("f", 2012, "CR"), Person.of("m", 1971));
        Family family = returns.open(false, COMMUNITY, people);
        returns.depart(family, false, people, LocalDate.of(2025, 9, 2));
        returns.arrive(family, LocalDate.of(2025, 9, 3), COMMUNITY, family.members());

        HttpApi.Reply after = analyst.get(query);
        assertThat(difference(cells(after), before))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SM", 1L, "DS", 1L, "CR", 1L, "NONE", 1L));
        assertThat(after.json().get("total").asLong() - totalBefore).isEqualTo(3);
        Map<String, Long> filtered = cells(analyst.get(
                "/api/v1/statistics/returns?from=2025-09-01&to=2025-09-30&adm3=" + ADM3 + "&need=SM,CR&groupBy=type"));
        assertThat(filtered.get("IDP")).isGreaterThanOrEqualTo(2L);
    }

    @Test
    void headlineSplitsReturnsByTypeAndCountsTheRegistryNow() {
        String period = "from=2025-10-01&to=2025-10-31";
        JsonNode before =
                ok(analyst.get("/api/v1/statistics/headline?" + period)).json();
        List<Person> refugees = List.of(Person.of("f", 1991), Person.of("m", 1989));
        Family refugee = returns.open(true, COMMUNITY, refugees);
        List<Person> idps = List.of(Person.of("m", 1960));
        Family idp = returns.open(false, COMMUNITY, idps);
        JsonNode registered =
                ok(analyst.get("/api/v1/statistics/headline?" + period)).json();
        assertThat(registered.get("refugeesAbroad").asLong()
                        - before.get("refugeesAbroad").asLong())
                .isEqualTo(2);
        assertThat(registered.get("idps").asLong() - before.get("idps").asLong())
                .isEqualTo(1);

        returns.depart(refugee, true, refugees, LocalDate.of(2025, 10, 5));
        returns.arrive(refugee, LocalDate.of(2025, 10, 6), COMMUNITY, refugee.members());
        returns.depart(idp, false, idps, LocalDate.of(2025, 10, 5));
        returns.arrive(idp, LocalDate.of(2025, 10, 31), COMMUNITY, idp.members());

        HttpApi.Reply reply = ok(analyst.get("/api/v1/statistics/headline?" + period));
        JsonNode after = reply.json();
        assertThat(after.get("returns").asLong() - before.get("returns").asLong())
                .isEqualTo(3);
        assertThat(after.get("refugeeReturns").asLong()
                        - before.get("refugeeReturns").asLong())
                .isEqualTo(2);
        assertThat(after.get("idpReturns").asLong() - before.get("idpReturns").asLong())
                .isEqualTo(1);
        assertThat(after.get("refugeesAbroad").asLong())
                .isEqualTo(before.get("refugeesAbroad").asLong());
        assertThat(after.get("from").asString()).isEqualTo("2025-10-01");
        assertThat(after.get("definitions").get("refugeeReturns").asString()).contains("international border");
        assertThat(reply.header("Link")).contains("/api/v1/statistics/definitions");
        JsonNode defaults = ok(analyst.get("/api/v1/statistics/headline")).json();
        assertThat(defaults.get("from").asString()).isEqualTo("2018-01-01");
        assertThat(defaults.get("returns").asLong())
                .isGreaterThanOrEqualTo(after.get("returns").asLong());
    }

    @Test
    void breakdownsComeAsCsvAndAsHxlWithSexAndAgeAsAttributes() {
        List<Person> people = List.of(Person.of("f", 1985), Person.of("m", 2022));
        Family family = returns.open(true, COMMUNITY, people);
        returns.depart(family, true, people, LocalDate.of(2025, 11, 2));
        returns.arrive(family, LocalDate.of(2025, 11, 3), COMMUNITY, family.members());
        String query = "/api/v1/statistics/returns?from=2025-11-01&to=2025-11-30&adm3=" + ADM3
                + "&type=refugee&groupBy=adm1,month,sex,ageGroup";
        JsonNode json = ok(analyst.get(query)).json();

        HttpApi.Reply csv = ok(analyst.get(query, "Accept", "text/csv"));
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("adm1,month,sex,ageGroup,returns");
        assertThat(lines).hasSize(json.get("rows").size() + 1);
        assertThat(lines).contains("SY12,2025-11,f,18-59," + value(json, "f", "18-59"));

        HttpApi.Reply hxl = ok(analyst.get(query + "&format=hxl"));
        List<List<String>> hxlLines = csv(hxl.body());
        List<String> names = hxlLines.get(0);
        List<String> tags = hxlLines.get(1);
        assertThat(tags.subList(0, 2)).containsExactly("#adm1+code", "#date+month");
        int femaleAdults = tags.indexOf("#affected+returnees+ind+f+age18_59");
        int boys = tags.indexOf("#affected+returnees+ind+m+age0_4");
        assertThat(femaleAdults).isPositive();
        assertThat(boys).isPositive();
        assertThat(names.get(femaleAdults)).isEqualTo("returns f 18-59");
        List<String> row = hxlLines.get(2);
        assertThat(row.subList(0, 2)).containsExactly("SY12", "2025-11");
        assertThat(Long.parseLong(row.get(femaleAdults))).isEqualTo(value(json, "f", "18-59"));
        assertThat(Long.parseLong(row.get(boys))).isEqualTo(value(json, "m", "0-4"));

        HttpApi.Reply headline = ok(analyst.get("/api/v1/statistics/headline?format=hxl"));
        assertThat(csv(headline.body()).get(1))
                .startsWith("#date+start", "#date+end", "#affected+returnees+ind", "#affected+returnees+ind+idps");
    }

    @Test
    void badInputIsRefusedNamingTheParameterAndWhatItAccepts() {
        assertRefused("groupBy=adm1,colour", "groupBy", "adm1, adm2, adm3, fromAdm1, country, crossing, month");
        assertRefused("from=2025-01-01&to=2024-12-31", "from", "on or before");
        assertRefused("adm1=SY99", "adm1", "governorate P-code");
        assertRefused("adm1=SY0703", "adm1", "governorate P-code");
        assertRefused("adm2=XX", "adm2", "district P-code");
        assertRefused("country=XXX", "country", "ISO 3166-1");
        assertRefused("crossing=NOWHERE", "crossing", "XP-LBN-JDY");
        assertRefused("sex=q", "sex", "f, m, x, u");
        assertRefused("ageGroup=18-65", "ageGroup", "0-4, 5-11, 12-17, 18-59, 60+");
        assertRefused("type=tourist", "type", "REFUGEE, IDP");
        assertRefused("need=XY", "need", "SM");
        assertRefused("month=2025-01", "month", "from");
        assertRefused("from=yesterday", "from", "YYYY-MM-DD");
        assertRefused("format=xml", "format", "json, csv, hxl");
        HttpApi.Reply headline = analyst.get("/api/v1/statistics/headline?from=2025-01-01&to=2024-01-01");
        assertThat(headline.status()).isEqualTo(400);
        assertThat(headline.json().get("parameter").asString()).isEqualTo("from");
    }

    @Test
    void onlyAnalystsCoordinatorsAndAdministratorsReadStatistics() {
        for (Role role : List.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN)) {
            assertThat(TestUsers.of(context)
                            .create(role)
                            .tokenApi(port)
                            .get("/api/v1/statistics/returns")
                            .status())
                    .as(role.name())
                    .isEqualTo(200);
        }
        for (Role role : List.of(Role.CASEWORKER, Role.PARTNER)) {
            assertThat(TestUsers.of(context)
                            .create(role)
                            .tokenApi(port)
                            .get("/api/v1/statistics/headline")
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        assertThat(new HttpApi(port).get("/api/v1/statistics/returns").status()).isEqualTo(401);
        JsonNode definitions = ok(analyst.get("/api/v1/statistics/definitions")).json();
        assertThat(definitions.get("definitions").get("returns").asString()).contains("once");
        assertThat(definitions.get("dimensions").get(0).get("hxl").asString()).isEqualTo("#adm1+code");
    }

    private void assertRefused(String parameters, String parameter, String expected) {
        HttpApi.Reply reply = analyst.get("/api/v1/statistics/returns?" + parameters);
        assertThat(reply.status()).as(parameters + ": " + reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("parameter").asString()).as(parameters).isEqualTo(parameter);
        assertThat(reply.json().get("expected").asString()).as(parameters).contains(expected);
    }

    private static List<List<String>> csv(String body) {
        return CsvReader.builder().ofCsvRecord(body).stream()
                .map(CsvRecord::getFields)
                .toList();
    }

    private static long value(JsonNode json, String sex, String ageGroup) {
        for (JsonNode row : json.get("rows")) {
            if (row.get("sex").asString().equals(sex)
                    && row.get("ageGroup").asString().equals(ageGroup)) {
                return row.get("returns").asLong();
            }
        }
        return 0;
    }

    private static HttpApi.Reply ok(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static Map<String, Long> cells(HttpApi.Reply reply) {
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

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> added = new HashMap<>();
        after.forEach((key, count) -> {
            long delta = count - before.getOrDefault(key, 0L);
            if (delta != 0) {
                added.put(key, delta);
            }
        });
        before.keySet().stream()
                .filter(key -> !after.containsKey(key))
                .forEach(key -> added.put(key, -before.get(key)));
        return added;
    }
}
