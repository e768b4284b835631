package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.homeward.identity.Role;
import org.homeward.support.Browser;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The registry in headless Chromium at 1366×768, the screen of a field-office laptop: a caseworker registers a
 * family through the Arabic form, and the pages are photographed in both languages (target/screenshots) for a
 * person to look at. All names are synthetic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Dimension LAPTOP = new Dimension(1366, 768);

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

    @AfterEach
    void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aCaseworkerRegistersAFamilyOfTwoThroughTheArabicForm() {
        signIn(TestUsers.of(context).create(Role.CASEWORKER));
        browser.find(".site-nav a[href='/households']").click();
        browser.find(".languages a[lang='ar']").click();
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        browser.find(".registry-heading a.button").click();
        assertThat(browser.find("h1").getText()).isEqualTo("تسجيل أسرة");
        assertThat(browser.find("#members-0-givenNameAr").getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find("#members-0-givenNameLatin").getAttribute("dir"))
                .isEqualTo("ltr");

        new Select(browser.find("#displacementStatus")).selectByValue("REFUGEE");
        browser.find("#originPcode").sendKeys("C4121");
        new Select(browser.find("#currentCountry")).selectByValue("TUR");
        browser.find("#currentLocality").sendKeys("غازي عنتاب");
        browser.find("input[name='members[0].sex'][value='m']").click();
        browser.find("#members-0-givenNameAr").sendKeys("خالد");
        browser.find("#members-0-fatherNameAr").sendKeys("عمر");
        browser.find("#members-0-familyNameAr").sendKeys("الدرويش");
        browser.find("#members-0-givenNameLatin").sendKeys("Khaled");
        browser.find("#members-0-familyNameLatin").sendKeys("Al-Darwish");
        browser.find("#members-0-birthYear").sendKeys("1979");

        browser.find("button.add-member").click();
        waitFor(By.id("members-1-givenNameAr"));
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("members-1-relationship");
        new Select(browser.find("#members-1-relationship")).selectByValue("SPOUSE");
        browser.find("input[name='members[1].sex'][value='f']").click();
        browser.find("#members-1-givenNameAr").sendKeys("هدى");
        browser.find("#members-1-familyNameAr").sendKeys("الدرويش");
        browser.find("#members-1-ageAtRegistration").sendKeys("41");
        laptopScreenshot("form-ar.png");
        fullPageScreenshot("form-ar-full.png");

        browser.find("button.button--primary").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.urlMatches("/households/[0-9a-f-]{36}$"));
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        String page = browser.visibleText();
        assertThat(page).contains("سُجّلت الأسرة.", "خالد عمر الدرويش", "Khaled Al-Darwish", "هدى الدرويش");
        assertThat(browser.findAll(".members-table tbody tr")).hasSize(2);
        laptopScreenshot("household-ar.png");
        fullPageScreenshot("household-ar-full.png");
    }

    @Test
    void anEmptyArabicFormListsItsProblemsInArabicNextToTheFields() {
        signIn(TestUsers.of(context).create(Role.CASEWORKER));
        browser.open("/households/new?lang=ar");

        browser.find("button.button--primary").click();

        waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.find(".error-summary h2").getText()).startsWith("يُرجى تصحيح");
        assertThat(browser.find("#displacementStatus-error").getText()).contains("مطلوب");
        assertThat(browser.find("#members-0-error").getText()).contains("اسم واحد على الأقل");
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("error-summary");
        laptopScreenshot("form-errors-ar.png");

        browser.find(".error-summary a[href='#members-0']").click();
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("members-0");
    }

    @Test
    void theHouseholdPageAndTheListInEnglish() {
        TestUser caseworker = TestUsers.of(context).create(Role.CASEWORKER);
        JsonNode household = registerAFamily(caseworker);
        signIn(caseworker);

        browser.open("/households/" + household.get("id").asString() + "?lang=en");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("ltr");
        assertThat(browser.visibleText())
                .contains("Ahmad Yusuf Al-Khatib", "أحمد يوسف الخطيب", "Serious medical condition");
        laptopScreenshot("household-en.png");
        screenshot("household-en-doc.png", new Dimension(1366, 1200));
        fullPageScreenshot("household-en-full.png");

        browser.open("/households?lang=en&country=LBN");
        assertThat(browser.visibleText()).contains(household.get("reference").asString());
        laptopScreenshot("list-en.png");
        browser.open("/households?lang=ar&country=LBN");
        laptopScreenshot("list-ar.png");
        browser.open("/households/" + household.get("id").asString() + "/edit?lang=en");
        fullPageScreenshot("form-edit-en-full.png");
    }

    @Test
    void typingANameInTheSearchBoxFiltersTheListWithoutReloadingAndKeepsTheNameOutOfTheUrl() {
        TestUser caseworker = TestUsers.of(context).create(Role.CASEWORKER);
        String reference = registerAFamily(caseworker).get("reference").asString();
        signIn(caseworker);
        browser.open("/households?lang=en");
        String listUrl = browser.url();
        browser.script("window.notReloaded = true");

        browser.find("#search-q").sendKeys("Ahmad Al-Khatib");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // htmx replaces the results while we read them
                .until(driver -> browser.find("#household-results").getText().contains(reference));
        assertThat(browser.script("return window.notReloaded")).isEqualTo(true);
        assertThat(browser.url())
                .isEqualTo(listUrl)
                .doesNotContainIgnoringCase("khatib")
                .doesNotContain("q=");

        Object historyLength = browser.script("return window.history.length");
        browser.find("#household-search button[type='submit']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // htmx replaces the results while we read them
                .until(driver -> browser.find("#household-results").getText().contains(reference));
        assertThat(browser.script("return window.notReloaded"))
                .as("htmx posts the form")
                .isEqualTo(true);
        assertThat(browser.url()).isEqualTo(listUrl);
        assertThat(browser.script("return window.history.length")).isEqualTo(historyLength);
    }

    @Test
    void typingAPlaceNameInTheOriginFieldSuggestsItsPcode() {
        signIn(TestUsers.of(context).create(Role.CASEWORKER));
        browser.open("/households/new?lang=en");

        browser.find("#originPcode").sendKeys("Sarmada");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#origin-places option[value='C4121']")));
        assertThat(browser.find("#origin-places option[value='C4121']").getAttribute("label"))
                .contains("Sarmada (Idleb)");
    }

    private void signIn(TestUser user) {
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys(user.username());
        browser.find("#password").sendKeys(user.password());
        browser.find(".login-form button[type='submit']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> !browser.url().contains("/login"));
    }

    /** A synthetic family of three in Lebanon, registered through the API, with consent recorded. */
    private JsonNode registerAFamily(TestUser caseworker) {
        var api = caseworker.tokenApi(port);
        var reply = api.post("/api/v1/households", """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"LBN","currentLocality":"Zahle",
                 "dateDisplaced":"2013-04-15","phone":"+961 70 000 000","notes":"Synthetic test family.",
                 "members":[{"relationship":"HEAD","sex":"m","dateOfBirth":"1981-02-10","nationality":"SYR",
                             "givenNameAr":"أحمد","fatherNameAr":"يوسف","familyNameAr":"الخطيب",
                             "givenNameLatin":"Ahmad","fatherNameLatin":"Yusuf","familyNameLatin":"Al-Khatib",
                             "specificNeeds":["SM"],
                             "documents":[{"type":"NATIONAL_ID","number":"01020304050","issuingCountry":"SYR"}]},
                            {"relationship":"SPOUSE","sex":"f","birthYear":1985,"nationality":"SYR",
                             "givenNameAr":"مريم","familyNameAr":"الخطيب","givenNameLatin":"Maryam",
                             "familyNameLatin":"Al-Khatib"},
                            {"relationship":"CHILD","sex":"f","ageAtRegistration":9,"givenNameAr":"لين",
                             "givenNameLatin":"Leen","specificNeeds":["DS"]}]}
                """);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode household = reply.json();
        String consents = "/api/v1/households/" + household.get("id").asString() + "/members/"
                + household.at("/members/0/id").asString() + "/consents";
        assertThat(api.post(consents, """
                        {"purpose":"REGISTRATION","givenBy":"SELF","date":"2024-03-01","method":"WRITTEN"}""").status()).isEqualTo(201);
        return household;
    }

    private static void waitFor(By element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static void laptopScreenshot(String name) {
        browser.driver().manage().window().setSize(LAPTOP);
        browser.screenshot(SCREENSHOTS.resolve("registry-" + name));
    }

    private static void screenshot(String name, Dimension window) {
        browser.driver().manage().window().setSize(window);
        browser.screenshot(SCREENSHOTS.resolve("registry-" + name));
        browser.driver().manage().window().setSize(LAPTOP);
    }

    /** The whole page in one picture, for reviewing a long form; the window is restored afterwards. */
    private static void fullPageScreenshot(String name) {
        long height = (Long) browser.script("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(1366, (int) Math.min(height + 140, 6000)));
        browser.screenshot(SCREENSHOTS.resolve("registry-" + name));
        browser.driver().manage().window().setSize(LAPTOP);
    }
}
