package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.homeward.identity.Role;
import org.homeward.returns.ReturnFixture.Household;
import org.homeward.support.Browser;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The whole return, form by form, in a real browser: from intention to monitoring, in English and Arabic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.start("http://localhost:" + port);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCaseworkerTakesAFamilyFromIntentionToMonitoringThroughThePages() {
        TestUser caseworker = TestUsers.of(context).create(Role.CASEWORKER, "ORG-UI", Set.of("SY07"));
        HttpApi api = caseworker.tokenApi(port);
        Household family = new ReturnFixture(api).register();
        String reference = api.get("/api/v1/households/" + family.id())
                .json()
                .get("reference")
                .asString();
        signIn(caseworker);

        // the intention: find the household by its reference, everyone ticked, destination its origin
        browser.open("/returns?lang=en");
        click("#new-case");
        browser.find("#new-household").sendKeys(reference);
        click("form.filters button[type=submit]");
        assertThat(browser.findAll("#open-case input[name=memberIds]:checked")).hasSize(3);
        assertThat(browser.find("#new-destination").getAttribute("value")).isEqualTo("C4121");
        browser.script("document.getElementById('new-date').value = '2025-02-20'");
        click("#open-case button[type=submit]");
        assertThat(status()).isEqualTo("INTENTION_RECORDED");
        String id = browser.driver().getCurrentUrl().replaceAll(".*/returns/([0-9a-f-]+).*", "$1");
        assertThat(browser.findAll(".members tbody tr")).hasSize(3);
        assertThat(browser.visibleText()).contains("Mohammad Al-Halabi");

        submit("counsel", Map.of("date", "2025-03-01"), List.of("CONDITIONS", "DOCUMENTS"));
        assertThat(status()).isEqualTo("COUNSELLED");
        assertThat(browser.find("[role=status]").getText()).contains("Record counselling");

        // one adult left out: refused next to the field, nothing changed
        uncheck("#action-sign-declaration input[name=signedBy]", 1);
        submit("sign-declaration", Map.of("date", "2025-03-02", "place", "Gaziantep", "witnessOrganisation", "UNHCR"));
        assertThat(status()).isEqualTo("COUNSELLED");
        assertThat(browser.find("#action-sign-declaration .field-error").getText())
                .isEqualTo("Every adult in the case must sign.");
        submit("sign-declaration", Map.of("date", "2025-03-02", "place", "Gaziantep", "witnessOrganisation", "UNHCR"));
        assertThat(status()).isEqualTo("DECLARATION_SIGNED");

        submit("clear", Map.of());
        assertThat(status()).isEqualTo("CLEARED");
        submit(
                "schedule",
                Map.of("plannedDate", "2025-04-01", "transport", "CONVOY", "crossingPointCode", "XP-TUR-BHW"));
        assertThat(status()).isEqualTo("SCHEDULED");
        assertThat(browser.findAll("#action-depart input[name=memberIds]:checked"))
                .hasSize(3);
        submit("depart", Map.of("date", "2025-04-01"));
        assertThat(status()).isEqualTo("DEPARTED");
        submit("cross", Map.of("date", "2025-04-01", "crossingPointCode", "XP-TUR-BHW"));
        assertThat(status()).isEqualTo("CROSSED");
        submit("arrive", Map.of("date", "2025-04-02", "pcode", "C4121"));
        assertThat(status()).isEqualTo("ARRIVED");
        assertThat(browser.find("#case-status").getText()).isEqualTo("Arrived");

        submit(
                "monitor",
                Map.of(
                        "date", "2025-05-03",
                        "whereabouts", "STILL_THERE",
                        "shelter", "NEEDS_REPAIR",
                        "safetyConcerns", "unexploded ordnance near the fields"));
        assertThat(status()).isEqualTo("MONITORED");
        assertThat(browser.find("#case-status").getText()).isEqualTo("Monitored");
        assertThat(browser.findAll(".timeline li")).hasSize(9);
        assertThat(browser.findAll(".timeline li[data-action=monitor]")).hasSize(1);
        browser.screenshot(SCREENSHOTS.resolve("return-case-monitored.png"));

        browser.open("/worklist?lang=en");
        assertThat(browser.visibleText()).contains("Record a monitoring visit");
        assertThat(browser.findAll("a[href='/returns/" + id + "']")).isNotEmpty();
    }

    @Test
    void aCaseworkerCounselsInArabicRightToLeft() throws Exception {
        TestUser caseworker = TestUsers.of(context).create(Role.CASEWORKER, "ORG-UI", Set.of("SY07"));
        ReturnFixture api = new ReturnFixture(caseworker.tokenApi(port));
        Household family = api.register();
        String id = api.open(family, "C4121");
        signIn(caseworker);
        Properties arabic = new Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(
                Path.of("src/main/resources/i18n/returns_ar.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            arabic.load(reader);
        }

        browser.open("/returns/" + id + "?lang=ar");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.find("#case-status").getText())
                .isEqualTo(arabic.getProperty("returns.status.INTENTION_RECORDED"));
        assertThat(browser.find("#action-counsel h3").getText())
                .isEqualTo(arabic.getProperty("returns.action.counsel"));

        // no topic ticked: refused next to the field, in Arabic
        submit("counsel", Map.of("date", "2025-03-01"));
        assertThat(status()).isEqualTo("INTENTION_RECORDED");
        assertThat(browser.find("#action-counsel .field-error").getText())
                .isEqualTo(arabic.getProperty("returns.error.required"));
        submit("counsel", Map.of("date", "2025-03-01"), List.of("CONDITIONS", "HOUSING_LAND_PROPERTY"));

        assertThat(status()).isEqualTo("COUNSELLED");
        assertThat(browser.find("#case-status").getText()).isEqualTo(arabic.getProperty("returns.status.COUNSELLED"));
        assertThat(browser.find("#action-sign-declaration h3").getText())
                .isEqualTo(arabic.getProperty("returns.action.sign-declaration"));
        browser.screenshot(SCREENSHOTS.resolve("return-case-ar.png"));
        browser.open("/returns?lang=en");
    }

    @Test
    void aCoordinatorPlansAConvoyAndFollowsACamp() {
        TestUser coordinator = TestUsers.of(context).create(Role.COORDINATOR);
        assertThat(coordinator
                        .tokenApi(port)
                        .post(
                                "/api/v1/sites/SYR-S-RUK/population-snapshots",
                                Map.of("date", "2024-06-30", "population", 8200, "source", "UN OCHA"))
                        .status())
                .isEqualTo(201);
        signIn(coordinator);

        browser.open("/returns?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Returns");
        browser.open("/worklist?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Worklist");

        browser.open("/convoys?lang=en");
        browser.script("document.getElementById('convoy-date').value = '2025-06-01'");
        browser.script("document.getElementById('convoy-crossing').value = 'XP-JOR-NAS'");
        browser.script("document.getElementById('convoy-capacity').value = '40'");
        click(".action form button[type=submit]");
        assertThat(browser.find("h1").getText()).startsWith("CV-").endsWith("Planned");
        click("form.inline button[type=submit]");
        assertThat(browser.find("h1 .status").getText()).isEqualTo("Confirmed");
        assertThat(browser.find("form.inline input[name=status]").getAttribute("value"))
                .isEqualTo("DEPARTED");
        browser.script("document.querySelector('form.inline input[name=date]').value = '2025-06-01'");
        click("form.inline button[type=submit]");
        assertThat(browser.find("h1 .status").getText()).isEqualTo("Departed");

        browser.open("/sites?lang=en");
        assertThat(browser.visibleText()).contains("Rukban camp", "Al-Hol camp", "Zaatari camp");
        click("a[href='/sites/SYR-S-RUK']");
        assertThat(browser.find("h1").getText()).isEqualTo("Rukban camp");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> !browser.findAll("#site-trend canvas").isEmpty());
        browser.screenshot(SCREENSHOTS.resolve("camp-rukban.png"));
        assertThat(browser.requestedUrls()).allMatch(url -> url.startsWith("http://localhost:" + port));
        browser.open("/sites/SYR-S-RUK?lang=ar");
        assertThat(browser.find("h1").getText()).isEqualTo("مخيم الركبان");
        browser.open("/sites/SYR-S-RUK?lang=en");
    }

    private static void click(String selector) {
        WebElement page = browser.find("html");
        browser.find(selector).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
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

    private static String status() {
        return browser.find("#case-status").getAttribute("data-status");
    }

    private static void uncheck(String selector, int index) {
        WebElement box = browser.findAll(selector).get(index);
        if (box.isSelected()) {
            box.click();
        }
    }

    private static void submit(String action, Map<String, String> fields) {
        submit(action, fields, List.of());
    }

    /** Fills the action's form (values set directly, as a date picker would) and sends it. */
    private static void submit(String action, Map<String, String> fields, List<String> topics) {
        String form = "#action-" + action + " form";
        fields.forEach((name, value) -> browser.script(
                "const field = document.querySelector(arguments[0]).elements[arguments[1]]; field.value = arguments[2];",
                form,
                name,
                value));
        for (String topic : topics) {
            browser.find(form + " input[name=topics][value=" + topic + "]").click();
        }
        WebElement page = browser.find("html");
        browser.find(form + " button[type=submit]").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> "complete".equals(browser.script("return document.readyState")));
    }
}
