package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.homeward.identity.Role;
import org.homeward.statistics.ReturnsThroughApi.Family;
import org.homeward.statistics.ReturnsThroughApi.Person;
import org.homeward.support.Browser;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * An analyst reads the dashboard in headless Chromium: cards equal to the headline API, charts and both maps drawn
 * offline, a changed period changing the figures, and the Arabic page right to left. Returns are made in Dreikish
 * (SY1004) in October 2018, which no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsDashboardBrowserIT {

    static final String COMMUNITY = "C5564";
    static final List<String> CARDS =
            List.of("returns", "idpReturns", "refugeeReturns", "refugeesAbroad", "idps", "peopleInCamps");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystReadsTheDashboardChangesThePeriodAndReadsItInArabic() {
        if (browser == null) {
            browser = Browser.start("http://localhost:" + port);
        }
        makeReturns();
        TestUser analyst = TestUsers.of(context).create(Role.ANALYST);
        HttpApi api = analyst.tokenApi(port);
        signIn(analyst);

        browser.open("/statistics?lang=en&from=2018-10-01&to=2018-10-15");
        awaitDrawn();
        JsonNode early = api.get("/api/v1/statistics/headline?from=2018-10-01&to=2018-10-15")
                .json();
        for (String card : CARDS) {
            assertThat(shown(card)).as(card).isEqualTo(early.get(card).asLong());
        }
        assertThat(shown("refugeeReturns")).isGreaterThanOrEqualTo(3);
        assertThat(browser.findAll("#chart-monthly canvas, #chart-monthly svg")).isNotEmpty();
        assertThat(browser.findAll("#chart-pyramid canvas, #chart-pyramid svg")).isNotEmpty();
        assertThat(browser.findAll("#chart-countries canvas, #chart-countries svg"))
                .isNotEmpty();
        assertThat(polygons("map-adm1")).isEqualTo(14);
        assertThat(polygons("map-adm2")).isGreaterThanOrEqualTo(60);
        assertThat(browser.findAll("#map-adm1 path.leaflet-interactive")).hasSize(14);
        assertThat(browser.find("#legend-adm1").getText()).contains("No returns");
        assertThat(browser.find("#table-adm2").getText()).contains("Dreikish");
        assertThat(browser.requestedUrls()).allMatch(url -> url.startsWith("http://localhost:" + port));

        browser.script("document.getElementById('filter-to').value = '2018-10-31'");
        WebElement page = browser.find("html");
        browser.find("#dashboard-filters button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        awaitDrawn();
        assertThat(browser.url()).contains("to=2018-10-31");
        JsonNode month = api.get("/api/v1/statistics/headline?from=2018-10-01&to=2018-10-31")
                .json();
        for (String card : CARDS) {
            assertThat(shown(card)).as(card).isEqualTo(month.get(card).asLong());
        }
        assertThat(shown("idpReturns") - early.get("idpReturns").asLong()).isGreaterThanOrEqualTo(2);

        browser.open("/statistics?lang=ar&from=2018-10-01&to=2018-10-31&adm2=SY1004");
        awaitDrawn();
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).isEqualTo("إحصاءات العودة");
        assertThat(browser.find("#card-returns h3").getText()).isEqualTo("العودات");
        assertThat(browser.find("#table-adm2").getText()).contains("دريكيش");
        assertThat(polygons("map-adm2")).isGreaterThanOrEqualTo(1);
    }

    /** The figure a card shows, as the reader sees it (grouping separators removed). */
    private static long shown(String card) {
        return Long.parseLong(
                browser.find("#card-" + card + " .figure-card__value").getText().replaceAll("[^0-9]", ""));
    }

    private static long polygons(String map) {
        return Long.parseLong(browser.find("#" + map).getAttribute("data-polygons"));
    }

    private static void awaitDrawn() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(driver -> "true".equals(browser.find("#dashboard").getAttribute("data-ready"))
                        || browser.find("#dashboard").getAttribute("data-error") != null);
        assertThat(browser.find("#dashboard").getAttribute("data-error")).isNull();
    }

    private void signIn(TestUser user) {
        browser.open("/login?lang=en");
        browser.driver().manage().deleteAllCookies();
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys(user.username());
        browser.find("#password").sendKeys(user.password());
        WebElement page = browser.find("html");
        browser.find(".login-form button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Three refugees arrive in Dreikish on 10 October 2018, two IDPs on 20 October. */
    private void makeReturns() {
        ReturnsThroughApi returns = new ReturnsThroughApi(
                TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port));
        List<Person> refugees = List.of(Person.of("f", 1990), Person.of("m", 1989), Person.of("m", 2015));
        Family refugee = returns.open(true, COMMUNITY, refugees);
        returns.depart(refugee, true, refugees, LocalDate.of(2018, 10, 8));
        assertThat(returns.arrive(refugee, LocalDate.of(2018, 10, 10), COMMUNITY, refugee.members())
                        .status())
                .isEqualTo(200);
        List<Person> idps = List.of(Person.of("f", 1960), Person.of("f", 2001));
        Family idp = returns.open(false, COMMUNITY, idps);
        returns.depart(idp, false, idps, LocalDate.of(2018, 10, 18));
        assertThat(returns.arrive(idp, LocalDate.of(2018, 10, 20), COMMUNITY, idp.members())
                        .status())
                .isEqualTo(200);
    }
}
