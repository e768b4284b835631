package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anAdministratorVerifiesTheChain() {
        HttpApi admin = TestUsers.of(context).create(Role.ADMIN).tokenApi(port);

        HttpApi.Reply reply = admin.get("/api/v1/audit/verify");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("valid").asBoolean()).isTrue();
        assertThat(reply.json().get("entries").asLong()).isNotNegative();
    }

    @Test
    void nobodyElseReadsTheAuditLog() {
        TestUsers users = TestUsers.of(context);
        for (Role role : new Role[] {Role.COORDINATOR, Role.CASEWORKER, Role.ANALYST, Role.PARTNER}) {
            HttpApi api = users.create(role).tokenApi(port);
            assertThat(api.get("/api/v1/audit/verify").status()).as(role.name()).isEqualTo(403);
            assertThat(api.get("/api/v1/audit/entries").status())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void anUnknownActionIsRefusedNamingTheParameter() {
        HttpApi admin = TestUsers.of(context).create(Role.ADMIN).tokenApi(port);

        HttpApi.Reply reply = admin.get("/api/v1/audit/entries?action=BOGUS");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.body()).contains("action");
    }
}
