package org.homeward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers.TestUser;

/**
 * A browser-like session over real HTTP for page tests: signs in through the login form (GET /login, its
 * CSRF token, POST /login), then sends the session cookie with every request and the CSRF token of the last
 * page with every form.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpApi http;
    private String cookie;
    private String csrf;

    private WebSession(HttpApi http) {
        this.http = http;
    }

    public static WebSession signIn(int port, TestUser user) {
        WebSession session = new WebSession(new HttpApi(port));
        Reply login = session.get("/login");
        assertThat(login.status()).isEqualTo(200);
        Reply reply = session.post(
                "/login", new Form().add("username", user.username()).add("password", user.password()));
        assertThat(reply.status()).as("sign-in of %s", user).isEqualTo(302);
        assertThat(reply.header("Location")).doesNotContain("error");
        return session;
    }

    public Reply get(String path, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (cookie != null) {
            all.addAll(List.of("Cookie", cookie));
        }
        return remember(http.get(path, all.toArray(String[]::new)));
    }

    /** Posts the form with the CSRF token of the last page this session read; headers as name, value pairs. */
    public Reply post(String path, Form form, String... extraHeaders) {
        assertThat(csrf).as("a page with a CSRF token was read first").isNotNull();
        String body = form.add("_csrf", csrf).encoded();
        List<String> headers = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        headers.addAll(List.of(extraHeaders));
        if (cookie != null) {
            headers.addAll(List.of("Cookie", cookie));
        }
        HttpRequest.Builder request =
                http.request(path, headers.toArray(String[]::new)).POST(HttpRequest.BodyPublishers.ofString(body));
        return remember(http.send(request));
    }

    private Reply remember(Reply reply) {
        reply.response().headers().allValues("Set-Cookie").stream()
                .map(value -> value.split(";", 2)[0])
                .filter(value -> value.startsWith("SESSION="))
                .reduce((first, last) -> last)
                .ifPresent(value -> cookie = value);
        Matcher token = CSRF.matcher(reply.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return reply;
    }

    /** Form fields in order; a name may repeat (checkboxes). */
    public static final class Form {

        private final List<String[]> fields = new ArrayList<>();

        public Form add(String name, String value) {
            fields.add(new String[] {name, value});
            return this;
        }

        public Form without(String name) {
            fields.removeIf(field -> field[0].equals(name));
            return this;
        }

        public Form replace(String name, String value) {
            return without(name).add(name, value);
        }

        public String encoded() {
            return fields.stream()
                    .map(field -> encode(field[0]) + "=" + encode(field[1]))
                    .collect(Collectors.joining("&"));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
