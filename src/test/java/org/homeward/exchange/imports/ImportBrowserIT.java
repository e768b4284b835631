package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.homeward.identity.Role;
import org.homeward.support.Browser;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A coordinator uploads a households file in headless Chromium, and the job page's progress (polled by htmx) shows
 * the job finish, with the bad row in the error table and the error report to download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportBrowserIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path dir;

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
    void aCoordinatorUploadsAFileAndWatchesItFinish() throws Exception {
        TestUser coordinator = TestUsers.of(context).create(Role.COORDINATOR, "BROWSER-IMPORT", Set.of());
        Path file = dir.resolve("households.csv");
        Files.writeString(file, HouseholdImportIT.twoHouseholdsAndOneBadRow("U"), StandardCharsets.UTF_8);
        signIn(coordinator);

        browser.open("/imports?lang=en");
        browser.find("#file").sendKeys(file.toString());
        new Select(browser.find("#kind")).selectByValue("HOUSEHOLDS");
        new Select(browser.find("#mode")).selectByValue("VALID_ONLY");
        browser.find("#upload button[type='submit']").click();

        // The progress fragment is swapped in while it is polled: an element found just before a swap is stale.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver ->
                        "COMPLETED_WITH_ERRORS".equals(browser.find("#progress").getAttribute("data-status")));
        assertThat(browser.find("#job-status").getText()).isEqualTo("Done, with problems");
        assertThat(browser.find("#count-saved").getText()).isEqualTo("3");
        assertThat(browser.find("#count-errors").getText()).isEqualTo("1");
        assertThat(browser.find(".import-errors tbody").getText())
                .contains("E2002")
                .contains("SY9999");
        assertThat(browser.find("#error-report").getAttribute("href")).endsWith("/errors.csv");

        browser.open("/imports?lang=ar");
        assertThat(browser.find(".import-jobs tbody").getText())
                .contains("households.csv")
                .contains("اكتمل مع مشكلات");
    }

    @Test
    void theFormSaysItTakesAKoboZipAndImportsOne() throws Exception {
        TestUser coordinator = TestUsers.of(context).create(Role.COORDINATOR, "BROWSER-KOBO", Set.of());
        String key = "uuid:" + java.util.UUID.randomUUID();
        Path zip = dir.resolve("odk-export.zip");
        Files.write(
                zip,
                org.homeward.exchange.Zips.of(
                        "households.csv",
                        "household-status,household-origin,KEY\nIDP,SY0200," + key + "\n",
                        "households-members.csv",
                        "name_ar,sex,age,relationship,PARENT_KEY,KEY\nسلمى,f,33,head," + key + "," + key
                                + "/members[1]\n"));
        signIn(coordinator);

        browser.open("/imports?lang=ru");
        assertThat(browser.find("#file").getAttribute("accept")).contains(".zip");
        assertThat(browser.find("#file-hint").getText()).contains("ZIP").contains("ODK");
        browser.open("/imports?lang=en");
        browser.find("#file").sendKeys(zip.toString());
        new Select(browser.find("#kind")).selectByValue("HOUSEHOLDS");
        new Select(browser.find("#mode")).selectByValue("VALID_ONLY");
        browser.find("#upload button[type='submit']").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(driver -> "SUCCEEDED".equals(browser.find("#progress").getAttribute("data-status")));
        assertThat(browser.find("#count-saved").getText()).isEqualTo("1");
    }

    /** Signs in afresh: the browser is shared by the tests, so an earlier test's session is dropped first. */
    private static void signIn(TestUser user) {
        browser.open("/login?lang=en");
        browser.driver().manage().deleteAllCookies();
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys(user.username());
        browser.find("#password").sendKeys(user.password());
        browser.find(".login-form button[type='submit']").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> !browser.url().contains("/login"));
    }
}
