package org.homeward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Signing in: the login form, HTTP Basic, bearer tokens, and what happens when it goes wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthenticationIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String WRONG_PASSWORD = "not-the-password-at-all";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration administration;

    HttpApi anonymous;
    TestUsers users;

    @BeforeEach
    void setUp() {
        anonymous = new HttpApi(port);
        users = TestUsers.of(context);
    }

    @Test
    void formLoginWithTheCsrfTokenRedirectsHomeWithANewSession() {
        TestUser user = users.create(Role.COORDINATOR);
        LoginForm form = openLoginForm();

        Reply reply = submit(form, user.username(), user.password());

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/");
        String session = sessionCookie(reply);
        assertThat(session).isNotNull().isNotEqualTo(form.cookie());
        Reply page = anonymous.get("/login", "Cookie", session);
        assertThat(page.status())
                .as("a signed-in user is sent on from the login page")
                .isEqualTo(302);
    }

    @Test
    void disablingAUserEndsTheirWebSessions() {
        TestUser user = users.create(Role.CASEWORKER);
        String session = sessionCookie(submit(openLoginForm(), user.username(), user.password()));
        // Any page behind the login: 404 for a signed-in user, a redirect to the login page for anyone else.
        assertThat(anonymous.get("/no-such-page", "Cookie", session).status()).isEqualTo(404);

        administration.disable(user.id());

        Reply after = anonymous.get("/no-such-page", "Cookie", session);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/login");
    }

    @Test
    void formLoginWithoutTheCsrfTokenIsRefused() {
        TestUser user = users.create(Role.COORDINATOR);
        LoginForm form = openLoginForm();

        Reply reply = submit(new LoginForm(form.cookie(), "forged"), user.username(), user.password());

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void formLoginWithAWrongPasswordOrAnUnknownUserShowsTheSameMessage() {
        TestUser user = users.create(Role.ANALYST);

        Reply wrongPassword = submit(openLoginForm(), user.username(), WRONG_PASSWORD);
        Reply unknownUser = submit(openLoginForm(), "nobody-" + user.username(), WRONG_PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(302);
        assertThat(wrongPassword.header("Location")).endsWith("/login?error");
        assertThat(unknownUser.header("Location")).isEqualTo(wrongPassword.header("Location"));
        Reply page = anonymous.get("/login?error");
        assertThat(page.body()).contains("Wrong username or password");
    }

    @Test
    void loginPageInArabicSaysTheSameInArabic() {
        Reply page = anonymous.get("/login?error", "Accept-Language", "ar");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("اسم المستخدم أو كلمة المرور غير صحيحة");
    }

    @Test
    void httpBasicWithTheRightPasswordSignsIn() {
        TestUser user = users.create(Role.CASEWORKER);

        Reply reply = user.api(port).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("username").asString()).isEqualTo(user.username());
        assertThat(reply.json().get("authentication").asString()).isEqualTo("password");
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        TestUser user = users.create(Role.CASEWORKER);

        Reply reply = new HttpApi(port)
                .basic(user.username().toUpperCase(), user.password())
                .get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("username").asString()).isEqualTo(user.username());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameProblem() {
        TestUser user = users.create(Role.PARTNER);

        Reply wrongPassword =
                new HttpApi(port).basic(user.username(), WRONG_PASSWORD).get("/api/v1/me");
        Reply unknownUser = new HttpApi(port)
                .basic("nobody-" + user.username(), WRONG_PASSWORD)
                .get("/api/v1/me");

        assertUnauthorized(wrongPassword, "Wrong credentials");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownUser.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
    }

    @Test
    void noCredentialsAnswers401ProblemWithBothChallenges() {
        Reply reply = anonymous.get("/api/v1/me");

        assertUnauthorized(reply, "Authentication required");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Homeward\", Bearer");
    }

    @Test
    void disabledUserIsRefusedLikeAWrongPassword() {
        TestUser user = users.create(Role.ANALYST);
        String token = user.token();
        administration.disable(user.id());

        Reply basic = user.api(port).get("/api/v1/me");
        Reply bearer = new HttpApi(port).bearer(token).get("/api/v1/me");

        assertUnauthorized(basic, "Wrong credentials");
        assertUnauthorized(bearer, "Wrong credentials");
    }

    @Test
    void bearerTokenSignsIn() {
        TestUser user = users.create(Role.ANALYST);

        Reply reply = new HttpApi(port).bearer(user.token()).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("username").asString()).isEqualTo(user.username());
        assertThat(reply.json().get("authentication").asString()).isEqualTo("token");
        Instant lastUsed = jdbc.sql("SELECT last_used_at FROM personal_access_tokens WHERE user_id = ?")
                .param(user.id())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        assertThat(lastUsed).isNotNull();
    }

    @Test
    void revokedExpiredGarbageAndUnknownTokensGetTheSameProblem() {
        TestUser user = users.create(Role.ANALYST);
        IssuedToken revoked = administration.issueToken(user.id(), "revoked", 1);
        administration.revokeToken(user.id(), revoked.id());
        IssuedToken expired = administration.issueToken(user.id(), "expired", 1);
        jdbc.sql("UPDATE personal_access_tokens SET expires_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), expired.id())
                .update();
        String unknown = "hw_" + "A".repeat(43);

        List<Reply> replies = List.of(revoked.token(), expired.token(), "garbage", unknown).stream()
                .map(token -> new HttpApi(port).bearer(token).get("/api/v1/me"))
                .toList();

        for (Reply reply : replies) {
            assertUnauthorized(reply, "Wrong credentials");
            assertThat(reply.body()).isEqualTo(replies.getFirst().body());
        }
    }

    @Test
    void fiveFailuresThrottleTheUsernameEvenForTheRightPassword() {
        TestUser user = users.create(Role.COORDINATOR);
        HttpApi wrong = new HttpApi(port).basic(user.username(), WRONG_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/me").status()).as("failure %d", i + 1).isEqualTo(401);
        }

        Reply reply = user.api(port).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
        assertThat(reply.json().get("status").asInt()).isEqualTo(429);
        Reply form = submit(openLoginForm(), user.username(), user.password());
        assertThat(form.header("Location")).endsWith("/login?throttled");
        assertThat(anonymous.get("/login?throttled").body()).contains("Too many failed attempts");
        assertThat(jdbc.sql("SELECT locked_until > now() FROM users WHERE id = ?")
                        .param(user.id())
                        .query(Boolean.class)
                        .single())
                .as("the lock is kept in the database for every node")
                .isTrue();
    }

    @Test
    void anUnknownUsernameIsThrottledJustLikeAKnownOne() {
        HttpApi wrong = new HttpApi(port).basic("nobody-" + System.nanoTime(), WRONG_PASSWORD);
        List<Integer> statuses = IntStream.range(0, 6)
                .mapToObj(i -> wrong.get("/api/v1/me").status())
                .toList();

        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
    }

    @Test
    void aSuccessfulLoginResetsTheUsernamesCount() {
        TestUser user = users.create(Role.COORDINATOR);
        HttpApi wrong = new HttpApi(port).basic(user.username(), WRONG_PASSWORD);
        IntStream.range(0, 4).forEach(i -> wrong.get("/api/v1/me"));
        assertThat(user.api(port).get("/api/v1/me").status()).isEqualTo(200);

        IntStream.range(0, 4).forEach(i -> wrong.get("/api/v1/me"));

        assertThat(user.api(port).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        TestUser user = users.create(Role.PARTNER);

        String stored = jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
                .param(user.id())
                .query(String.class)
                .single();

        assertThat(stored).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain(user.password());
    }

    @Test
    void tokensAreStoredAsHashesOnly() {
        TestUser user = users.create(Role.PARTNER);
        String token = user.token();

        String stored = jdbc.sql("SELECT encode(token_hash, 'hex') || token_prefix FROM personal_access_tokens"
                        + " WHERE user_id = ?")
                .param(user.id())
                .query(String.class)
                .single();

        assertThat(stored).doesNotContain(token.substring(10));
    }

    private static void assertUnauthorized(Reply reply, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
        assertThat(reply.json().get("detail").asString()).isEqualTo(detail);
    }

    private record LoginForm(String cookie, String csrf) {}

    private LoginForm openLoginForm() {
        Reply page = anonymous.get("/login");
        assertThat(page.status()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        return new LoginForm(sessionCookie(page), csrf.group(1));
    }

    private Reply submit(LoginForm form, String username, String password) {
        String body =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(form.csrf());
        HttpRequest.Builder request = anonymous
                .request("/login", "Content-Type", "application/x-www-form-urlencoded", "Cookie", form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return anonymous.send(request);
    }

    private static String sessionCookie(Reply reply) {
        return reply.response().headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .filter(cookie -> cookie.startsWith("SESSION="))
                .collect(
                        Collectors.collectingAndThen(Collectors.toList(), all -> all.isEmpty() ? null : all.getLast()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
