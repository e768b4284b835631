package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.identity.Role;
import org.homeward.statistics.ReturnsThroughApi.Family;
import org.homeward.statistics.ReturnsThroughApi.Person;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard over HTTP with a form login: who may open it, that its cards carry the figures of the statistics API
 * for the filter, links to records for coordinators only, and its data and exports over the UI
 * session. Returns are made in Dreikish district (SY1004) in November 2018, which no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsDashboardPagesIT {

    static final String COMMUNITY = "C5563";
    static final String DISTRICT = "SY1004";
    static final String FILTER = "from=2018-11-05&to=2018-11-09&adm2=" + DISTRICT;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    DashboardSession as(Role role) {
        return DashboardSession.signIn(port, TestUsers.of(context).create(role));
    }

    @Test
    void analystsCoordinatorsAndAdministratorsOpenTheDashboardOthersAreRefused() {
        for (Role role : List.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN)) {
            DashboardSession session = as(role);
            assertThat(session.get("/statistics").status()).as(role.name()).isEqualTo(200);
            assertThat(session.get("/").body()).as(role.name()).contains("href=\"/statistics\"");
        }
        for (Role role : List.of(Role.CASEWORKER, Role.PARTNER)) {
            DashboardSession session = as(role);
            assertThat(session.get("/statistics").status()).as(role.name()).isEqualTo(403);
            assertThat(session.get("/").body()).as(role.name()).doesNotContain("href=\"/statistics\"");
            assertThat(session.get("/statistics/data/panels", "application/json")
                            .status())
                    .as(role.name())
                    .isEqualTo(403);
        }
        Reply anonymous = new HttpApi(port).get("/statistics", "Accept", "text/html");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
    }

    @Test
    void theCardsCarryTheFiguresOfTheCountingRuleForTheFilter() {
        DashboardSession analyst = as(Role.ANALYST);
        Map<String, Long> before = cards(analyst.get("/statistics?" + FILTER).body());

        makeReturns();

        Reply page = analyst.get("/statistics?" + FILTER);
        assertThat(page.status()).isEqualTo(200);
        Map<String, Long> after = cards(page.body());
        HttpApi api = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        JsonNode byType = api.get("/api/v1/statistics/returns?" + FILTER + "&groupBy=type")
                .json();
        JsonNode headline = api.get("/api/v1/statistics/headline?from=2018-11-05&to=2018-11-09")
                .json();
        assertThat(after.get("returns")).isEqualTo(byType.get("total").asLong());
        assertThat(after.get("returns") - before.get("returns")).isEqualTo(5);
        assertThat(after.get("refugeeReturns") - before.get("refugeeReturns")).isEqualTo(3);
        assertThat(after.get("idpReturns") - before.get("idpReturns")).isEqualTo(2);
        assertThat(after.get("refugeesAbroad"))
                .isEqualTo(headline.get("refugeesAbroad").asLong());
        assertThat(after.get("peopleInCamps"))
                .isEqualTo(headline.get("peopleInCamps").asLong());
        assertThat(page.body())
                .contains("Dreikish")
                .contains("What this counts")
                .contains("each person counted once per return")
                .contains("id=\"table-monthly\"")
                .contains("data-month=\"2018-11\"");
    }

    @Test
    void coordinatorsFollowAFigureToTheCasesBehindItAndAnalystsSeeNoLink() {
        makeReturns();

        String coordinator = as(Role.COORDINATOR).get("/statistics?" + FILTER).body();
        String analyst = as(Role.ANALYST).get("/statistics?" + FILTER).body();

        assertThat(coordinator)
                .contains("href=\"/returns?status=ARRIVED&amp;destination=" + DISTRICT
                        + "&amp;from=2018-11-05&amp;to=2018-11-09\"");
        assertThat(analyst).doesNotContain("/returns?status=ARRIVED");
    }

    @Test
    void theDataAndTheExportsReachTheSessionWhileTheApiStillWantsAToken() {
        makeReturns();
        DashboardSession analyst = as(Role.ANALYST);

        Reply data = analyst.get("/statistics/data/panels?" + FILTER, "application/json");
        Reply hxl = analyst.get("/statistics/data/returns?" + FILTER + "&groupBy=adm2,type&format=hxl", "text/csv");
        Reply refused = analyst.get("/statistics/data/returns?" + FILTER + "&groupBy=colour", "application/json");
        String page = analyst.get("/statistics?" + FILTER, "text/html").body();
        Reply xlsx = analyst.get(
                "/exports/statistics/returns?" + FILTER + "&groupBy=adm2,type&format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        assertThat(page)
                .contains("/exports/statistics/returns?", "format=xlsx")
                .contains("id=\"sitrep\"", "/statistics/sitrep.pdf?lang=en");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains(".xlsx");
        assertThat(data.status()).as(data.body()).isEqualTo(200);
        JsonNode district = data.json().get("districts").get(0);
        assertThat(district.get("pcode").asString()).isEqualTo(DISTRICT);
        assertThat(district.get("returns").asLong())
                .isEqualTo(data.json().get("cards").get("returns").asLong())
                .isGreaterThanOrEqualTo(5);
        assertThat(district.has("href") && !district.get("href").isNull()).isFalse();
        assertThat(hxl.status()).isEqualTo(200);
        assertThat(hxl.header("Content-Type")).startsWith("text/csv");
        assertThat(hxl.body()).contains("#adm2+code").contains("#affected+returnees+ind+refugees");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("groupBy");
        assertThat(analyst.get("/api/v1/statistics/headline", "application/json")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theDashboardSpeaksArabicRightToLeftAndARefusedFilterIsNamed() {
        DashboardSession analyst = as(Role.ANALYST);

        String arabic = analyst.get("/statistics?lang=ar&adm2=" + DISTRICT).body();
        String refused =
                analyst.get("/statistics?lang=en&from=2020-01-02&to=2020-01-01").body();

        assertThat(arabic).contains("dir=\"rtl\"").contains("إحصاءات العودة").contains("ماذا يحسب هذا الرقم");
        assertThat(refused).contains("The filter could not be used: from should be");
    }

    @Test
    void thePublicPageShowsGovernoratesCountedByTheSameRule() {
        makeReturns();

        Reply page = new HttpApi(port).get("/public/statistics", "Accept", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tartous").contains("SY10").doesNotContain("No returns are recorded yet");
    }

    /** Three refugees from Lebanon and two IDPs arrive in Dreikish between 5 and 9 November 2018. */
    private void makeReturns() {
        ReturnsThroughApi returns = new ReturnsThroughApi(
                TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port));
        List<Person> refugees = List.of(Person.of("f", 1985), Person.of("m", 1983), Person.of("f", 2014));
        Family refugee = returns.open(true, COMMUNITY, refugees);
        returns.depart(refugee, true, refugees, LocalDate.of(2018, 11, 5));
        assertThat(returns.arrive(refugee, LocalDate.of(2018, 11, 6), COMMUNITY, refugee.members())
                        .status())
                .isEqualTo(200);
        List<Person> idps = List.of(Person.of("f", 1950), Person.of("m", 1975));
        Family idp = returns.open(false, COMMUNITY, idps);
        returns.depart(idp, false, idps, LocalDate.of(2018, 11, 7));
        assertThat(returns.arrive(idp, LocalDate.of(2018, 11, 9), COMMUNITY, idp.members())
                        .status())
                .isEqualTo(200);
    }

    static final Pattern CARD = Pattern.compile("data-figure=\"(\\w+)\" data-value=\"(\\d+)\"");

    /** The headline cards of a page: figure name to the value it shows. */
    static Map<String, Long> cards(String html) {
        Map<String, Long> cards = new java.util.LinkedHashMap<>();
        Matcher matcher = CARD.matcher(html);
        while (matcher.find()) {
            cards.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        assertThat(cards).containsKeys("returns", "idpReturns", "refugeeReturns", "refugeesAbroad", "peopleInCamps");
        return cards;
    }
}
