package org.homeward.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The ledger's pages over plain HTTP with a form login: list, add form, import, reconciliation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FigurePagesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** A signed-in browser: its session cookie. */
    record Session(HttpApi http, String cookie) {

        Reply get(String path) {
            return http.get(path, "Cookie", cookie, "Accept", "text/html");
        }

        /** Posts a form with the CSRF token of the page it came from. */
        Reply post(String formPage, String path, String fields) {
            String body = fields + "&_csrf=" + encode(csrf(get(formPage)));
            return http.send(http.request(path, "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }

    Session signIn(Role role) {
        TestUser user = TestUsers.of(context).create(role);
        HttpApi http = new HttpApi(port);
        Reply login = http.get("/login");
        String anonymous = cookie(login);
        String body = "username=" + encode(user.username()) + "&password=" + encode(user.password()) + "&_csrf="
                + encode(csrf(login));
        Reply signedIn = http.send(
                http.request("/login", "Content-Type", "application/x-www-form-urlencoded", "Cookie", anonymous)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(signedIn.status()).isEqualTo(302);
        return new Session(http, cookie(signedIn));
    }

    @Test
    void theLedgerListsTheSeededFiguresWithTheirSources() {
        Reply page = signIn(Role.ANALYST).get("/figures?indicator=returnees_total&area=SYR&from=2021-01-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Figures ledger")
                .contains("Islam Times")
                .contains("Hussein Makhlouf")
                .contains("more than 2,350,000")
                .doesNotContain("Add a figure");
    }

    @Test
    void reconciliationShowsTheArithmeticAndSpeaksArabic() {
        Session analyst = signIn(Role.ANALYST);

        Reply english = analyst.get("/figures/reconciliation?area=SYR");
        Reply arabic = analyst.get("/figures/reconciliation?area=SYR&lang=ar");

        assertThat(english.body())
                .contains("Parts do not sum to the total")
                .contains("1,372,000 + 947,000 = 2,319,000; total 2,350,000; gap 31,000")
                .contains("2,500,000 and 2,350,000; difference 150,000");
        assertThat(arabic.body())
                .contains("مطابقة الأرقام المنشورة")
                .contains("مجموع الأجزاء لا يساوي المجموع الكلي")
                .contains("31,000");
    }

    @Test
    void aCoordinatorAddsAFigureAndAMissingSourceIsShownBesideItsField() {
        Session coordinator = signIn(Role.COORDINATOR);
        LocalDate start =
                LocalDate.of(1850, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
        String fields = "indicator=idps&value=1200&qualifier=ABOUT&periodStart=" + start + "&periodEnd=" + start
                + "&area=SY05&speaker=&reportedOn=" + start + "&reference=&note=&sourceKind=OTHER";

        Reply refused = coordinator.post("/figures/new", "/figures", fields + "&publisher=");
        Reply added =
                coordinator.post("/figures/new", "/figures", fields + "&publisher=" + encode("Pages test " + start));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("A figure needs its source: say who published it.");
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location")).endsWith("/figures");
        assertThat(coordinator
                        .get("/figures?area=SY05&from=" + start + "&to=" + start)
                        .body())
                .contains("Pages test " + start)
                .contains("about 1,200");
    }

    @Test
    void aDryRunImportFromTheBrowserReportsTheBadLine() {
        Session coordinator = signIn(Role.COORDINATOR);
        String csv = "reported_on,publisher,speaker,indicator,scope,period_start,period_end,value,qualifier,note\n"
                + "2021-11-17,Browser import,,returnees_idp,Syria,2018-01-01,2021-11-16,many,exact,\n";
        String boundary = "----homeward" + System.nanoTime();
        String token = csrf(coordinator.get("/figures/import"));
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"figures.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";

        Reply reply = coordinator
                .http()
                .send(coordinator
                        .http()
                        .request(
                                "/figures/import",
                                "Content-Type",
                                "multipart/form-data; boundary=" + boundary,
                                "Cookie",
                                coordinator.cookie())
                        .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body())
                .contains("Nothing was imported")
                .contains("<code>value</code>")
                .contains("many");
    }

    @Test
    void onlyCoordinatorsSeeTheFormsAndAnonymousUsersAreSentToSignIn() {
        assertThat(signIn(Role.ANALYST).get("/figures/new").status()).isEqualTo(403);
        assertThat(signIn(Role.COORDINATOR).get("/figures/new").status()).isEqualTo(200);
        Reply anonymous = new HttpApi(port).get("/figures", "Accept", "text/html");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).endsWith("/login");
    }

    static String csrf(Reply page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    static String cookie(Reply reply) {
        return reply.response().headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .filter(cookie -> cookie.startsWith("SESSION="))
                .reduce((first, last) -> last)
                .orElse(null);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
