package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers.TestUser;

/** A user signed in through the login form, over plain HTTP: the session cookie the UI chain knows. */
record DashboardSession(HttpApi http, String cookie) {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    static DashboardSession signIn(int port, TestUser user) {
        HttpApi http = new HttpApi(port);
        Reply login = http.get("/login");
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String body = "username=" + encode(user.username()) + "&password=" + encode(user.password()) + "&_csrf="
                + encode(csrf.group(1));
        Reply signedIn = http.send(
                http.request("/login", "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie(login))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(signedIn.status()).isEqualTo(302);
        return new DashboardSession(http, cookie(signedIn));
    }

    Reply get(String path) {
        return http.get(path, "Cookie", cookie, "Accept", "text/html");
    }

    Reply get(String path, String accept) {
        return http.get(path, "Cookie", cookie, "Accept", accept);
    }

    private static String cookie(Reply reply) {
        return reply.response().headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .filter(cookie -> cookie.startsWith("SESSION="))
                .reduce((first, last) -> last)
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
