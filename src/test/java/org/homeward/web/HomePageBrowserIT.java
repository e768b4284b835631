package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.homeward.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The home page in a real browser: Arabic right to left and translated, English left to right, offline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HomePageBrowserIT {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** English messages that may rightly appear on an Arabic page. */
    static final Set<String> MAY_STAY_IN_ENGLISH = Set.of();

    static Browser browser;

    final WebMessages english = WebMessages.of("en");
    final WebMessages arabic = WebMessages.of("ar");

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
    void arabicHomePageIsRightToLeftAndTranslated() {
        browser.open("/?lang=ar");

        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("ar");
        assertThat(texts(browser.findAll(".site-nav a")))
                .containsExactly(
                        arabic.get("web.nav.home"),
                        arabic.get("web.nav.gazetteer"),
                        arabic.get("web.nav.publicStatistics"));
        assertThat(browser.find("h1").getText()).isEqualTo(arabic.get("web.home.heading"));
        assertThat(browser.find(".brand").getText()).isEqualTo(arabic.get("web.brand"));
        assertThat(browser.find(".account a").getText()).isEqualTo(arabic.get("web.signIn"));
        assertThat(browser.script("return getComputedStyle(document.body).direction"))
                .isEqualTo("rtl");
        browser.screenshot(SCREENSHOTS.resolve("home-ar.png"));

        String visible = browser.visibleText();
        List<String> englishShown = english.messages().stringPropertyNames().stream()
                .filter(key -> !MAY_STAY_IN_ENGLISH.contains(key))
                .map(english::get)
                .filter(value -> !value.contains("{"))
                .filter(visible::contains)
                .toList();
        assertThat(englishShown).as("English messages on the Arabic home page").isEmpty();
    }

    @Test
    void languageSwitcherTurnsTheArabicPageIntoEnglish() {
        browser.open("/?lang=ar");
        WebElement toEnglish = browser.find(".languages a[lang='en']");
        assertThat(toEnglish.getAttribute("aria-current")).isNull();

        toEnglish.click();

        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("ltr");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(URI.create(browser.url()).getPath()).isEqualTo("/");
        assertThat(browser.find("h1").getText()).isEqualTo(english.get("web.home.heading"));
        assertThat(browser.find(".languages a[lang='en']").getAttribute("aria-current"))
                .isEqualTo("true");
        browser.screenshot(SCREENSHOTS.resolve("home-en.png"));
    }

    @Test
    void chosenLanguageStaysWhenNavigatingWithoutTheParameter() {
        browser.open("/about/data?lang=ar");
        browser.find(".site-nav a[href='/']").click();

        assertThat(URI.create(browser.url()).getQuery()).isNull();
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
    }

    @Test
    void homePageLoadsEverythingFromItsOwnServer() {
        browser.open("/?lang=en");

        // htmx comes from the WebJar; if the script had not loaded, window.htmx would be undefined.
        assertThat(browser.script("return typeof window.htmx")).isEqualTo("object");
        List<String> requested = browser.requestedUrls();
        assertThat(requested)
                .anyMatch(url -> url.contains("/css/homeward"))
                .anyMatch(url -> url.contains("/webjars/htmx.org/") && url.endsWith("/dist/htmx.min.js"));
        assertThat(requested)
                .as("requests to other hosts")
                .allMatch(url -> URI.create(url).getHost().equals("localhost"));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
