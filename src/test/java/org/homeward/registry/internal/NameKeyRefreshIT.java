package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.identity.Role;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NameKeyRefreshIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NameKeyRefresh refresh;

    @Test
    void keysStoredByAnOlderRuleAreRecomputedAndTheVersionRecorded() {
        var api = TestUsers.of(context)
                .create(Role.CASEWORKER, "ORG-A", Set.of("SY02"))
                .tokenApi(port);
        var reply = api.post("/api/v1/households", """
                {"displacementStatus":"IDP","originPcode":"SY02","currentCountry":"SYR","currentPcode":"SY02",
                 "members":[{"relationship":"HEAD","sex":"m","birthYear":1980,
                             "givenNameLatin":"Abdul Rahman","familyNameLatin":"Alhalabi"}]}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        UUID person =
                UUID.fromString(reply.json().get("members").get(0).get("id").asString());
        jdbc.sql("UPDATE person SET name_keys = '{bdl,rhmn,lhlb}' WHERE id = ?")
                .param(person)
                .update();
        jdbc.sql("UPDATE registry_name_keys SET version = 1").update();

        refresh.refreshAll();

        assertThat(jdbc.sql("SELECT name_keys FROM person WHERE id = ?")
                        .param(person)
                        .query((row, n) -> List.of((String[]) row.getArray(1).getArray()))
                        .single())
                .containsExactly("bdrhmn", "hlb");
        assertThat(jdbc.sql("SELECT version FROM registry_name_keys")
                        .query(Integer.class)
                        .single())
                .isEqualTo(NameKeys.VERSION);
    }
}
