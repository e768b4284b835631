package org.homeward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.homeward.identity.internal.IdentityProperties;
import org.homeward.support.HttpApi;
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

/**
 * Bearer tokens are answered from memory for a few seconds (identity.internal.RecentTokens): what changes
 * through the application takes effect at once, what changes behind its back within the cache window.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TokenCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityProperties properties;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = TestUsers.of(context);
    }

    @Test
    void aTokenRevokedThroughTheApiIsRefusedAtOnceThoughJustUsed() {
        TestUser user = users.create(Role.ANALYST);
        Map<String, Object> issued = Map.of("name", "cli", "expiresInDays", 1);
        var created = user.api(port).post("/api/v1/tokens", issued).json();
        HttpApi api = new HttpApi(port).bearer(created.get("token").asString());
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        }

        assertThat(api.delete("/api/v1/tokens/" + created.get("id").asLong()).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aUserDisabledThroughTheApiHasTheirTokenRefusedAtOnceAndEnabledAcceptedAtOnce() {
        HttpApi admin = users.create(Role.ADMIN).tokenApi(port);
        TestUser user = users.create(Role.CASEWORKER);
        HttpApi api = user.tokenApi(port);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/users/" + user.id() + "/disable", "").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);

        assertThat(admin.post("/api/v1/users/" + user.id() + "/enable", "").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aRevocationMadeBehindTheApplicationsBackIsRefusedWithinTheCacheWindow() throws InterruptedException {
        TestUser user = users.create(Role.ANALYST);
        HttpApi api = user.tokenApi(port);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        Duration window = properties.tokens().cacheWindow();

        // What another node's revocation looks like to this one: a changed row, and no call to forget it.
        jdbc.sql("UPDATE personal_access_tokens SET revoked_at = now() WHERE user_id = ?")
                .param(user.id())
                .update();
        Instant revoked = Instant.now();
        int status = api.get("/api/v1/me").status();
        while (status == 200 && Instant.now().isBefore(revoked.plus(window).plusSeconds(2))) {
            Thread.sleep(100);
            status = api.get("/api/v1/me").status();
        }

        assertThat(status).isEqualTo(401);
        assertThat(Duration.between(revoked, Instant.now())).isLessThan(window.plusSeconds(2));
    }

    @Test
    void lastUseIsRecordedAtTheFirstRequestNotAtEveryOne() {
        TestUser user = users.create(Role.ANALYST);
        HttpApi api = user.tokenApi(port);
        Instant firstUse = Instant.now();
        assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(lastUsed(user)).isNotNull();
        OffsetDateTime marker = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("UPDATE personal_access_tokens SET last_used_at = ? WHERE user_id = ?")
                .params(marker, user.id())
                .update();

        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/me").status()).isEqualTo(200);
        }

        // After the window the node reads the row again, finds the marker (older than a minute) and rightly
        // writes: the check holds only while the first reading is still in memory.
        assumeTrue(Instant.now().isBefore(firstUse.plus(properties.tokens().cacheWindow())), "a slow machine");
        assertThat(lastUsed(user)).as("not written again within a minute").isEqualTo(marker.toInstant());
    }

    @Test
    void aBearerRequestStartsNoSession() {
        var reply = users.create(Role.ANALYST).tokenApi(port).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.response().headers().allValues("Set-Cookie")).isEmpty();
    }

    private Instant lastUsed(TestUser user) {
        return jdbc.sql("SELECT last_used_at FROM personal_access_tokens WHERE user_id = ?")
                .param(user.id())
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }
}
