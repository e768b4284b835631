package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.refugees;
import static org.homeward.registry.HouseholdRequests.register;
import static org.homeward.registry.HouseholdRequests.text;
import static org.homeward.registry.HouseholdRequests.uniqueArabicName;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.identity.Role;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every change, and every read of personal data, leaves an audit entry naming who, what and which fields; no
 * entry holds a phone or document number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryAuditIT {

    static final String PHONE = "+90 532 123 45 67";
    static final String DOCUMENT = "N12345678";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    private TestUser user;
    private HttpApi caseworker;

    @BeforeEach
    void signIn() {
        user = TestUsers.of(context).create(Role.CASEWORKER, "AUDIT-ORG", Set.of("SY07"));
        caseworker = user.tokenApi(port);
    }

    /** A household in Idleb with a phone and a passport: the numbers no audit entry may hold. */
    static ObjectNode withPhoneAndPassport(String familyName) {
        ObjectNode request = refugees("C4121", familyName, uniqueArabicName());
        request.put("phone", PHONE);
        ((ObjectNode) request.get("members").get(0))
                .putArray("documents")
                .addObject()
                .put("type", "PASSPORT")
                .put("number", DOCUMENT)
                .put("issuingCountry", "SYR");
        return request;
    }

    @Test
    void creationUpdateAndDeletionAreAuditedWithTheActorAndTheNamesOfTheChangedFields() {
        JsonNode stored = register(caseworker, withPhoneAndPassport(uniqueLatinName()));
        String id = stored.get("id").asString();
        ObjectNode changed = (ObjectNode) stored.deepCopy();
        changed.put("currentLocality", "Kilis");
        ((ObjectNode) changed.get("members").get(1)).put("givenNameAr", uniqueArabicName());

        HttpApi.Reply updated = caseworker.put("/api/v1/households/" + id, text(changed), "If-Match", "\"0\"");
        assertThat(updated.status()).isEqualTo(200);
        HttpApi.Reply deleted = caseworker.send(caseworker
                .request("/api/v1/households/" + id, "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"registered twice\"}")));
        assertThat(deleted.status()).isEqualTo(204);

        assertThat(entries("household", id))
                .containsExactly(
                        user.username() + " CREATE []",
                        user.username() + " UPDATE [currentLocality, members.names]",
                        user.username() + " DELETE []");
    }

    @Test
    void aRepeatedRegistrationIsAuditedAsARead() {
        String request = text(withPhoneAndPassport(uniqueLatinName()));
        String key = UUID.randomUUID().toString();
        String id = caseworker
                .post("/api/v1/households", request, "Idempotency-Key", key)
                .json()
                .get("id")
                .asString();

        HttpApi.Reply replayed = caseworker.post("/api/v1/households", request, "Idempotency-Key", key);

        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(entries("household", id))
                .containsExactly(user.username() + " CREATE []", user.username() + " READ []");
    }

    @Test
    void aFullReadIsAuditedAndAPseudonymisedReadIsNot() {
        String id = register(caseworker, withPhoneAndPassport(uniqueLatinName()))
                .get("id")
                .asString();
        TestUsers users = TestUsers.of(context);
        TestUser analyst = users.create(Role.ANALYST);
        TestUser elsewhere = users.create(Role.CASEWORKER, "AUDIT-ORG", Set.of("SY02"));

        assertThat(caseworker
                        .get("/api/v1/households/" + id)
                        .json()
                        .get("access")
                        .asString())
                .isEqualTo("full");
        for (TestUser pseudonymous : List.of(analyst, elsewhere)) {
            HttpApi.Reply read = pseudonymous.tokenApi(port).get("/api/v1/households/" + id);
            assertThat(read.json().get("access").asString()).isEqualTo("pseudonymised");
        }

        assertThat(entries("household", id))
                .containsExactly(user.username() + " CREATE []", user.username() + " READ []");
    }

    @Test
    void aNameSearchAuditsOneReadPerListedHousehold() {
        String family = uniqueLatinName();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(register(caseworker, withPhoneAndPassport(family)).get("id").asString());
        }
        String other = register(caseworker, withPhoneAndPassport(uniqueLatinName()))
                .get("id")
                .asString();
        TestUser searcher = TestUsers.of(context).create(Role.COORDINATOR);

        HttpApi.Reply found = searcher.tokenApi(port).get("/api/v1/households?q=" + family);

        assertThat(itemIds(found)).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertThat(readsBy(searcher, id)).as("reads of a listed household").isEqualTo(1);
        }
        assertThat(readsBy(searcher, other)).isZero();
    }

    @Test
    void aFullPageOfTwentyIsTwentyReadsInAChainThatVerifies() {
        String family = uniqueLatinName();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ids.add(register(caseworker, withPhoneAndPassport(family)).get("id").asString());
        }
        TestUser searcher = TestUsers.of(context).create(Role.COORDINATOR);

        HttpApi.Reply page = searcher.tokenApi(port).get("/api/v1/households?size=20&q=" + family);

        List<String> listed = itemIds(page);
        assertThat(listed).hasSize(20);
        assertThat(ids).containsAll(listed);
        for (String id : ids) {
            assertThat(readsBy(searcher, id)).as("reads of a household").isEqualTo(listed.contains(id) ? 1 : 0);
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry e JOIN audit_entry p ON p.seq = e.seq - 1
                         WHERE e.actor = :actor AND e.prev_hash = p.hash""")
                        .param("actor", searcher.username())
                        .query(Long.class)
                        .single())
                .as("reads linked to their predecessor in the chain")
                .isEqualTo(20);
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void aPseudonymisedListIsNotAudited() {
        String id = register(caseworker, withPhoneAndPassport(uniqueLatinName()))
                .get("id")
                .asString();
        TestUser analyst = TestUsers.of(context).create(Role.ANALYST);

        HttpApi.Reply listed = analyst.tokenApi(port).get("/api/v1/households?size=500&origin=C4121");

        assertThat(itemIds(listed)).contains(id);
        auditLog.sealPending();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :actor")
                        .param("actor", analyst.username())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void consentIsAuditedAsAChangeAndAReadOfThePerson() {
        JsonNode stored = register(caseworker, withPhoneAndPassport(uniqueLatinName()));
        String person = stored.at("/members/0/id").asString();
        String path = "/api/v1/households/" + stored.get("id").asString() + "/members/" + person + "/consents";

        caseworker.post(
                path, "{\"purpose\":\"RETURN\",\"givenBy\":\"SELF\",\"date\":\"2024-01-01\",\"method\":\"VERBAL\"}");
        caseworker.post(path + "/withdrawals", "{\"purpose\":\"RETURN\",\"date\":\"2024-02-01\"}");
        caseworker.get(path);

        assertThat(entries("consent", person))
                .containsExactly(
                        user.username() + " CREATE []",
                        user.username() + " UPDATE [withdrawn]",
                        user.username() + " READ []");
    }

    /** Numbers are compared without separators, so that "532 123 45 67" and "5321234567" are the same number. */
    @Test
    void noAuditEntryHoldsAPhoneOrDocumentNumber() {
        JsonNode stored = register(caseworker, withPhoneAndPassport(uniqueLatinName()));
        String id = stored.get("id").asString();
        caseworker.get("/api/v1/households/" + id);
        ObjectNode changed = (ObjectNode) stored.deepCopy();
        changed.put("phone", "+90 532 765 43 21");
        ((ObjectNode) changed.at("/members/0/documents/0")).put("number", "N87654321");
        assertThat(caseworker
                        .put("/api/v1/households/" + id, text(changed), "If-Match", "\"0\"")
                        .status())
                .isEqualTo(200);
        caseworker.post(
                "/api/v1/households",
                text(withPhoneAndPassport(uniqueLatinName()).put("originPcode", "SY99")));

        auditLog.sealPending();
        long seen = jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :actor")
                .param("actor", user.username())
                .query(Long.class)
                .single();
        assertThat(seen).as("entries of this test").isEqualTo(3);
        for (String number :
                List.of("12345678", "87654321", "5321234567", "532 123 45 67", "5327654321", "532 765 43 21")) {
            long holding =
                    jdbc.sql("""
                            SELECT count(*) FROM audit_entry
                            WHERE regexp_replace(concat_ws(' ', actor, action, entity_type, entity_id,
                                      array_to_string(changed_fields, ' '), purpose, details::text), '[ ()./+-]', '', 'g')
                                  LIKE '%' || regexp_replace(:number, '[ ()./+-]', '', 'g') || '%'
                            """).param("number", number).query(Long.class).single();
            assertThat(holding)
                    .as("audit entries holding a phone or document number")
                    .isZero();
        }
    }

    private static List<String> itemIds(HttpApi.Reply list) {
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** "actor ACTION [changed fields]" for each entry on the record, in chain order. */
    private List<String> entries(String entityType, String id) {
        auditLog.sealPending();
        return jdbc.sql("""
                        SELECT actor || ' ' || action || ' [' || array_to_string(changed_fields, ', ') || ']'
                        FROM audit_entry WHERE entity_type = :type AND entity_id = :id ORDER BY seq
                        """)
                .param("type", entityType)
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long readsBy(TestUser actor, String id) {
        auditLog.sealPending();
        return jdbc.sql("""
                        SELECT count(*) FROM audit_entry
                        WHERE actor = :actor AND action = 'READ' AND entity_type = 'household' AND entity_id = :id
                        """)
                .param("actor", actor.username())
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
