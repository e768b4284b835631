package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The web shell over plain HTTP: languages, the language cookie, error pages, the reference-data page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebPagesIT {

    static final String HTML = "text/html";

    @LocalServerPort
    int port;

    HttpApi http() {
        return new HttpApi(port);
    }

    Reply page(String path, String... headers) {
        String[] withAccept = new String[headers.length + 2];
        withAccept[0] = "Accept";
        withAccept[1] = HTML;
        System.arraycopy(headers, 0, withAccept, 2, headers.length);
        return http().get(path, withAccept);
    }

    @ParameterizedTest
    @CsvSource({"en, ltr", "ar, rtl", "ru, ltr"})
    void homePageAnswersInEachLanguageWithItsDirection(String language, String direction) {
        Reply home = page("/?lang=" + language);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith(HTML);
        assertThat(home.body()).contains("<html lang=\"" + language + "\" dir=\"" + direction + "\"");
        assertThat(home.body()).contains(WebMessages.of(language).get("web.home.heading"));
    }

    @Test
    void chosenLanguageIsRememberedInACookie() {
        Reply choice = page("/?lang=ar");
        String cookie = choice.header("Set-Cookie");
        assertThat(cookie).startsWith("homeward-lang=ar;").contains("HttpOnly").contains("SameSite=Lax");

        Reply later = page("/", "Cookie", cookie.substring(0, cookie.indexOf(';')));

        assertThat(later.body()).contains("dir=\"rtl\"");
        assertThat(page("/").body()).contains("dir=\"ltr\"");
    }

    @Test
    void firstVisitFollowsTheFirstSupportedLanguageOfTheBrowser() {
        assertThat(page("/", "Accept-Language", "de-DE,ar-SY;q=0.8,en;q=0.5").body())
                .contains("<html lang=\"ar\" dir=\"rtl\"");
        assertThat(page("/", "Accept-Language", "ru-RU,ru;q=0.9").body()).contains("<html lang=\"ru\"");
        assertThat(page("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"en\"");
    }

    @Test
    void cookieOutranksTheBrowserLanguage() {
        assertThat(page("/", "Accept-Language", "ar", "Cookie", "homeward-lang=ru")
                        .body())
                .contains("<html lang=\"ru\"");
    }

    @Test
    void unsupportedLanguageIsIgnored() {
        Reply german = page("/?lang=de");
        assertThat(german.body()).contains("<html lang=\"en\"");
        assertThat(german.header("Set-Cookie")).isNull();

        Reply forged = page("/", "Cookie", "homeward-lang=de");
        assertThat(forged.body()).contains("<html lang=\"en\"");
    }

    @Test
    void publicPagesDoNotStartASession() {
        Reply home = page("/?lang=ar");
        List<String> cookies = home.response().headers().allValues("Set-Cookie");
        assertThat(cookies).noneMatch(cookie -> cookie.startsWith("SESSION") || cookie.startsWith("JSESSIONID"));
    }

    @Test
    void languageLinksKeepTheQueryAndMarkTheCurrentLanguage() {
        String body = page("/about/data?view=all&lang=ru").body();

        assertThat(body).contains("href=\"?view=all&amp;lang=en\"");
        assertThat(body).contains("href=\"?view=all&amp;lang=ar\"");
        assertThat(body).containsPattern("href=\"\\?view=all&amp;lang=ru\"[^>]*aria-current=\"true\"");
    }

    @Test
    void unknownPageAnswersTheTranslated404PageWithoutEchoingTheRequest() {
        Reply missing = page("/about/no-such-page-4f2a?q=needle-7c1e&lang=ar");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith(HTML);
        assertThat(missing.body())
                .contains("dir=\"rtl\"")
                .contains(WebMessages.of("ar").get("web.error.404.title"))
                .doesNotContain("no-such-page-4f2a", "needle-7c1e", "Whitelabel", "Exception");
    }

    @Test
    void failingPageShowsTheTranslated500PageWithoutAnyDetail() {
        Reply failure = page(FailingPageForTests.PATH + "?lang=ru");

        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.header("Content-Type")).startsWith(HTML);
        assertThat(failure.body())
                .contains(WebMessages.of("ru").get("web.error.500.title"))
                .doesNotContain(FailingPageForTests.SECRET, "IllegalStateException", "at org.", "Whitelabel");
    }

    @Test
    void refusedRequestShowsTheTranslated403Page() {
        // A form post without a CSRF token is refused by Spring Security.
        Reply refused = http().send(http().request("/?lang=ar", "Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains(WebMessages.of("ar").get("web.error.403.title"));
    }

    @Test
    void otherErrorsShowTheTranslatedGenericErrorPage() {
        Reply badRequest = page(FailingPageForTests.PATH + "/number?n=not-a-number-9d3b&lang=ar");

        assertThat(badRequest.status()).isEqualTo(400);
        assertThat(badRequest.header("Content-Type")).startsWith(HTML);
        assertThat(badRequest.body())
                .contains(WebMessages.of("ar").get("web.error.title"))
                .contains(WebMessages.of("ar").get("web.error.code", 400))
                .doesNotContain("not-a-number-9d3b", "NumberFormatException", "Whitelabel");
    }

    @Test
    void aboutDataPageCreditsTheReferenceData() {
        Reply about = page("/about/data");

        assertThat(about.status()).isEqualTo(200);
        assertThat(about.body())
                .contains(WebMessages.of("en").get("web.data.title"))
                .contains("OCHA Syria Common Operational Dataset", "COD-AB", "Natural Earth", "hdx-python-country")
                .contains("UNHCR Refugee Data Finder", "CC BY 4.0", "MIT", "ISC");
        assertThat(page("/").body()).contains("href=\"/about/data\"");
    }

    @Test
    void layoutAssetsAreServedByHomewardItself() {
        for (String asset : List.of("/css/homeward.css", "/img/homeward.svg", "/webjars/htmx.org/dist/htmx.min.js")) {
            assertThat(http().get(asset).status()).as(asset).isEqualTo(200);
        }
        assertThat(page("/").body()).doesNotContain("src=\"http", "href=\"http", "src=\"//", "href=\"//");
    }

    @Test
    void anonymousVisitorIsOfferedSignInAndNotSignOut() {
        String body = page("/?lang=en").body();
        assertThat(body).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");
    }

    @Test
    void demoBannerIsAbsentOutsideTheDemoProfile() {
        assertThat(page("/?lang=en").body()).doesNotContain(WebMessages.of("en").get("web.demo.banner"));
    }
}
