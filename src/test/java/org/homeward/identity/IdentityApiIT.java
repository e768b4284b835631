package org.homeward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.homeward.support.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The identity API: who am I, my tokens, and the administration of organisations and users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = TestUsers.of(context);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void meAnswersTheActorOfEachRole(Role role) {
        TestUser user = users.create(role, "ME-ORG", Set.of("SY02", "SY0703"));

        Reply reply = user.api(port).get("/api/v1/me");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode me = reply.json();
        assertThat(me.get("username").asString()).isEqualTo(user.username());
        assertThat(me.get("role").asString()).isEqualTo(role.code());
        assertThat(me.get("organisation").get("code").asString()).isEqualTo("ME-ORG");
        assertThat(texts(me.get("areas"))).containsExactly("SY02", "SY0703");
        assertThat(me.get("wholeCountry").asBoolean()).isFalse();
        assertThat(reply.body()).doesNotContain(user.password()).doesNotContain("argon2");
    }

    @Test
    void aUserWithoutAreasCoversTheWholeCountry() {
        Reply reply = users.create(Role.COORDINATOR).api(port).get("/api/v1/me");

        assertThat(reply.json().get("areas").size()).isZero();
        assertThat(reply.json().get("wholeCountry").asBoolean()).isTrue();
    }

    @Test
    void issuedTokenIsShownOnceAndWorksUntilRevoked() {
        TestUser user = users.create(Role.ANALYST);
        HttpApi api = user.api(port);

        Reply issued = api.post("/api/v1/tokens", Map.of("name", "laptop", "expiresInDays", 30));

        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();
        assertThat(token).startsWith("hw_").hasSize(46);
        assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
        assertThat(issued.header("Location")).endsWith("/api/v1/tokens/" + id);
        assertThat(new HttpApi(port).bearer(token).get("/api/v1/me").status()).isEqualTo(200);

        Reply listed = api.get("/api/v1/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(token).contains("laptop").contains("\"status\":\"active\"");
        assertThat(listed.json().get("items").get(0).get("prefix").asString()).isEqualTo(token.substring(0, 10));

        assertThat(api.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(new HttpApi(port).bearer(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tokens").body()).contains("\"status\":\"revoked\"");
    }

    @Test
    void aTokenWithoutExpiryLastsNinetyDays() {
        Reply issued = users.create(Role.ANALYST).api(port).post("/api/v1/tokens", Map.of("name", "script"));

        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
    }

    @Test
    void aTokenRequestWithoutNameOrWithTooLongALifeListsBothProblems() {
        Reply reply = users.create(Role.ANALYST).api(port).post("/api/v1/tokens", Map.of("expiresInDays", 1000));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("name", "expiresInDays");
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        TestUser owner = users.create(Role.ANALYST);
        TestUser other = users.create(Role.ANALYST);
        long id = owner.api(port)
                .post("/api/v1/tokens", Map.of("name", "mine"))
                .json()
                .get("id")
                .asLong();

        Reply reply = other.api(port).delete("/api/v1/tokens/" + id);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(owner.api(port).get("/api/v1/tokens").body()).contains("\"status\":\"active\"");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminsAdministerUsersAndOrganisations(Role role) {
        HttpApi api = users.create(role).api(port);

        List<Reply> replies = List.of(
                api.get("/api/v1/users"),
                api.post("/api/v1/users", Map.of("username", "x")),
                api.get("/api/v1/organisations"),
                api.post("/api/v1/organisations", Map.of("code", "X")));

        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void adminCreatesAnOrganisationAndAUserWhoCanSignIn() {
        HttpApi admin = users.create(Role.ADMIN).api(port);
        String code = "ORG-" + suffix().toUpperCase();
        Reply organisation = admin.post(
                "/api/v1/organisations",
                Map.of("code", code, "nameEn", "Test NGO", "nameAr", "منظمة اختبار", "kind", "ngo"));
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
        assertThat(organisation.json().get("kind").asString()).isEqualTo("ngo");
        String username = "new-" + suffix();

        Reply created = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        username,
                        "role",
                        "caseworker",
                        "organisation",
                        code,
                        "areas",
                        List.of("SY02"),
                        "password",
                        "a long enough password"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("a long enough password");
        Reply me = new HttpApi(port).basic(username, "a long enough password").get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("caseworker");
        assertThat(me.json().get("organisation").get("nameAr").asString()).isEqualTo("منظمة اختبار");
        long id = created.json().get("id").asLong();
        assertThat(admin.get("/api/v1/users/" + id).json().get("username").asString())
                .isEqualTo(username);
    }

    @Test
    void anInvalidUserListsEveryBadField() {
        HttpApi admin = users.create(Role.ADMIN).api(port);

        Reply reply = admin.post(
                "/api/v1/users",
                Map.of(
                        "username", "x",
                        "role", "superuser",
                        "organisation", "NO-SUCH-ORG",
                        "areas", List.of("not a pcode"),
                        "password", "short"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(reply)).containsExactlyInAnyOrder("username", "role", "organisation", "areas", "password");
    }

    @Test
    void aTakenUsernameAnswers409WhateverItsCase() {
        HttpApi admin = users.create(Role.ADMIN).api(port);
        TestUser existing = users.create(Role.PARTNER);

        Reply reply = admin.post(
                "/api/v1/users",
                Map.of(
                        "username",
                        existing.username().toUpperCase(),
                        "role",
                        "partner",
                        "organisation",
                        TestUsers.DEFAULT_ORGANISATION,
                        "password",
                        "another long password"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("kind").asString()).isEqualTo("user");
    }

    @Test
    void aTakenOrganisationCodeAnswers409() {
        HttpApi admin = users.create(Role.ADMIN).api(port);
        users.organisation("DUP-ORG");

        Reply reply =
                admin.post("/api/v1/organisations", Map.of("code", "dup-org", "nameEn", "Again", "kind", "other"));

        assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void anInvalidOrganisationListsEveryBadField() {
        HttpApi admin = users.create(Role.ADMIN).api(port);

        Reply reply = admin.post("/api/v1/organisations", Map.of("code", "no spaces", "kind", "club"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("code", "nameEn", "kind");
    }

    @Test
    void adminListsUsersPageByPage() {
        HttpApi admin = users.create(Role.ADMIN).api(port);
        users.create(Role.PARTNER);

        Reply reply = admin.get("/api/v1/users?page=0&size=1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items").size()).isEqualTo(1);
        assertThat(reply.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(reply.body()).doesNotContain("password");
    }

    @Test
    void adminSetsAPasswordAndDisablesAUser() {
        HttpApi admin = users.create(Role.ADMIN).api(port);
        TestUser user = users.create(Role.PARTNER);

        Reply tooShort = admin.put("/api/v1/users/" + user.id() + "/password", Map.of("password", "short"));
        Reply changed =
                admin.put("/api/v1/users/" + user.id() + "/password", Map.of("password", "a brand new password"));

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(204);
        HttpApi withNewPassword = new HttpApi(port).basic(user.username(), "a brand new password");
        assertThat(withNewPassword.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/users/" + user.id() + "/disable", "").status())
                .isEqualTo(204);
        assertThat(withNewPassword.get("/api/v1/me").status()).isEqualTo(401);
    }

    private static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
