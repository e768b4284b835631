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
 * Breakdowns and headline figures through the API, counted exactly from returns this test makes: before and after
 * counts for a sub-district and a period no other test uses (Sanamein, 2019), so that tests running before it do
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
        String query = "/api/v1/statistics/returns?from=2019-05-01&to=2019-06-30&adm3=" + ADM3
                + "&groupBy=adm1,adm3,month,sex,ageGroup,type";
        Map<String, Long> before = cells(analyst.get(query));
        long totalBefore = analyst.get(query).json().get("total").asLong();

        List<Person> refugees = List.of(Person.of("f", 1990, "SM"), Person.of("m", 1988), Person.of("f", 2016, "CR"));
        Family refugee = returns.open(true, COMMUNITY, refugees);
        returns.depart(refugee, true, refugees, LocalDate.of(2019, 5, 1));
        assertThat(returns.arrive(refugee, LocalDate.of(2019, 5, 3), COMMUNITY, refugee.members())
                        .status())
                .isEqualTo(200);

        List<Person> idps = List.of(Person.of("f", 1950), Person.of("m", 2010));
        Family idp = returns.open(false, COMMUNITY, idps);
        returns.depart(idp, false, idps, LocalDate.of(2019, 5, 10));
        returns.arrive(
                idp, LocalDate.of(2019, 5, 31), COMMUNITY, List.of(idp.members().get(0)));
        returns.arrive(
                idp, LocalDate.of(2019, 6, 1), COMMUNITY, List.of(idp.members().get(1)));

        HttpApi.Reply after = analyst.get(query);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().get("total").asLong() - totalBefore).isEqualTo(5);
        Map<String, Long> added = difference(cells(after), before);
        assertThat(added)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SY12|SY120300|2019-05|f|18-59|REFUGEE", 1L,
                        "SY12|SY120300|2019-05|m|18-59|REFUGEE", 1L,
                        "SY12|SY120300|2019-05|f|0-4|REFUGEE", 1L,
                        "SY12|SY120300|2019-05|f|60+|IDP", 1L,
                        "SY12|SY120300|2019-06|m|5-11|IDP", 1L));
        assertThat(after.json().get("rows").get(0).propertyNames())
                .containsExactly("adm1", "adm3", "month", "sex", "ageGroup", "type", "returns");
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
