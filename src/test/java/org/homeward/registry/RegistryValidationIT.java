package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.JSON;
import static org.homeward.registry.HouseholdRequests.refugees;
import static org.homeward.registry.HouseholdRequests.text;
import static org.homeward.registry.HouseholdRequests.uniqueArabicName;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input: every problem of a request named by field in one 400 answer, nothing of it saved, and nothing a
 * client sent in the wrong field sent back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryValidationIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    private TestUsers.TestUser user;
    private HttpApi caseworker;

    @BeforeEach
    void signIn() {
        user = TestUsers.of(context).create(Role.CASEWORKER);
        caseworker = user.tokenApi(port);
    }

    @Test
    void aRequestWithManyProblemsIsRefusedOnceNamingEachFieldAndNothingIsSaved() {
        String marker = "Locality " + uniqueLatinName();
        String head = uniqueLatinName();
        String nameInSexField = uniqueLatinName();
        String idempotencyKey = UUID.randomUUID().toString();
        // Unique, unlike the passport number other tests register: the count below must see only this request.
        String document = "V" + (10_000_000 + new Random().nextInt(89_999_999));
        LocalDate today = LocalDate.now();
        ObjectNode request = JSON.createObjectNode()
                .put("displacementStatus", "REFUGEE")
                .put("originPcode", "SY99")
                .put("currentCountry", "XYZ")
                .put("currentLocality", marker)
                .put("notes", "n".repeat(10_000));
        ArrayNode members = request.putArray("members");
        members.addObject() // a child as head, without childHeaded
                .put("relationship", "HEAD")
                .put("sex", "m")
                .put("dateOfBirth", today.minusYears(10).toString())
                .put("givenNameLatin", "Ali\u0007")
                .put("familyNameLatin", head);
        members.addObject() // a second head, born next year, with a Latin name in an Arabic field
                .put("relationship", "HEAD")
                .put("sex", "f")
                .put("dateOfBirth", today.plusYears(1).toString())
                .put("givenNameAr", uniqueArabicName())
                .put("familyNameAr", "Halabi");
        ObjectNode child = members.addObject()
                .put("relationship", "CHILD")
                .put("sex", nameInSexField)
                .put("birthYear", 2015)
                .put("givenNameLatin", "Sara");
        child.putArray("specificNeeds").add("NOT_A_NEED");
        child.putArray("documents")
                .addObject()
                .put("type", "PASSPORT")
                .put("number", document)
                .put("issuingCountry", "XXQ");

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request), "Idempotency-Key", idempotencyKey);

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply))
                .contains(
                        "originPcode",
                        "currentCountry",
                        "notes",
                        "members",
                        "members[0].relationship",
                        "members[0].givenNameLatin",
                        "members[1].dateOfBirth",
                        "members[1].familyNameAr",
                        "members[2].sex",
                        "members[2].specificNeeds",
                        "members[2].documents[0].issuingCountry");
        assertAbsent(reply, nameInSexField, "the name sent as sex");
        assertAbsent(reply, head, "the head's name");
        assertAbsent(reply, document, "the document number");
        assertAbsent(reply, marker, "the locality");

        assertThat(count("SELECT count(*) FROM household WHERE current_locality = :v", marker))
                .isZero();
        assertThat(count("SELECT count(*) FROM person WHERE family_name_latin = :v", head))
                .isZero();
        assertThat(count("SELECT count(*) FROM identity_document WHERE document_number = :v", document))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE actor = :v", user.username()))
                .isZero();
        assertThat(count("SELECT count(*) FROM idempotency_key WHERE key = :v", idempotencyKey))
                .isZero();
    }

    @Test
    void codesThatCarryPersonalDataAreNamedButNeverRepeated() {
        String name = uniqueLatinName();
        ObjectNode request = JSON.createObjectNode()
                .put("displacementStatus", name)
                .put("originPcode", name)
                .put("currentCountry", name)
                .put("currentPcode", "+90 532 123 45 67")
                .put("currentSite", name);
        ObjectNode member = request.putArray("members")
                .addObject()
                .put("relationship", name)
                .put("sex", name)
                .put("nationality", "N12345678")
                .put("givenNameLatin", "Ali");
        member.putArray("specificNeeds").add(name);
        member.putArray("documents")
                .addObject()
                .put("type", name)
                .put("number", "N1")
                .put("issuingCountry", name);

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request));

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply))
                .contains(
                        "displacementStatus",
                        "originPcode",
                        "currentCountry",
                        "currentPcode",
                        "currentSite",
                        "members[0].relationship",
                        "members[0].sex",
                        "members[0].nationality",
                        "members[0].specificNeeds",
                        "members[0].documents[0].type",
                        "members[0].documents[0].issuingCountry");
        assertAbsent(reply, name, "a name sent as a code");
        assertAbsent(reply, "532", "a phone number sent as a P-code");
        assertAbsent(reply, "12345678", "a document number sent as a nationality");
    }

    @Test
    void anUnknownPcodeIsNamedInTheMessage() {
        HttpApi.Reply reply =
                caseworker.post("/api/v1/households", text(refugees("SY99", uniqueLatinName(), uniqueArabicName())));

        assertValidationProblem(reply);
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("originPcode");
        assertThat(reply.json().at("/errors/0/message").asString()).contains("'SY99'");
    }

    @Test
    void aHouseholdWithoutMembersIsRefused() {
        ObjectNode request = refugees("C4121", uniqueLatinName(), uniqueArabicName());
        request.putArray("members");

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request));

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply)).containsExactly("members");
    }

    @Test
    void aChildHeadedHouseholdIsAcceptedWhenFlagged() {
        ObjectNode request = refugees("C4121", uniqueLatinName(), uniqueArabicName());
        ArrayNode members = request.putArray("members");
        members.addObject()
                .put("relationship", "HEAD")
                .put("sex", "f")
                .put("dateOfBirth", LocalDate.now().minusYears(15).toString())
                .put("givenNameLatin", "Sara");
        HttpApi.Reply refused = caseworker.post("/api/v1/households", text(request));
        assertValidationProblem(refused);
        assertThat(fieldsOf(refused)).containsExactly("members[0].relationship");

        request.put("childHeaded", true);

        assertThat(caseworker.post("/api/v1/households", text(request)).status())
                .isEqualTo(201);
    }

    @Test
    void nullEntriesInListsAreNamedNotFatal() {
        ObjectNode request = refugees("C4121", uniqueLatinName(), uniqueArabicName());
        ObjectNode head = (ObjectNode) request.get("members").get(0);
        head.putArray("documents").addNull();
        head.putArray("specificNeeds").addNull();
        ((ArrayNode) request.get("members")).addNull();

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request));

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply)).contains("members[0].documents[0]", "members[0].specificNeeds", "members[3]");
    }

    @Test
    void oversizedListsAndTextAreRefusedWithOneErrorEach() {
        ObjectNode request = refugees("C4121", uniqueLatinName(), uniqueArabicName());
        ObjectNode head = (ObjectNode) request.get("members").get(0);
        ArrayNode documents = head.putArray("documents");
        ArrayNode needs = head.putArray("specificNeeds");
        for (int i = 0; i < 1_000; i++) {
            documents.addObject().put("type", "PASSPORT").put("number", "P" + i);
            needs.add("DISABILITY");
        }
        head.put("givenNameLatin", "A".repeat(101));

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request));

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply))
                .containsExactlyInAnyOrder(
                        "members[0].documents", "members[0].specificNeeds", "members[0].givenNameLatin");
    }

    @Test
    void halfASurrogatePairCountsAsAControlCharacter() {
        String request = text(refugees("C4121", uniqueLatinName(), uniqueArabicName()))
                .replace("\"currentLocality\":\"Gaziantep\"", "\"currentLocality\":\"Gazi\\ud800antep\"");

        HttpApi.Reply reply = caseworker.post("/api/v1/households", request);

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply)).containsExactly("currentLocality");
    }

    @Test
    void anEmptyBodyIsRefusedAsProblemDetails() {
        HttpApi.Reply reply = caseworker.post("/api/v1/households", "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aJsonNullBodyIsRefusedAsProblemDetails() {
        HttpApi.Reply reply = caseworker.post("/api/v1/households", "null");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsProblemDetails() {
        HttpApi.Reply reply = caseworker.post("/api/v1/households", "displacementStatus=REFUGEE&members=");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/unreadable-body");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPathButNotRepeated() {
        String name = uniqueLatinName();
        ObjectNode request = refugees("C4121", uniqueLatinName(), uniqueArabicName());
        ((ObjectNode) request.get("members").get(0)).put("dateOfBirth", name);

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(fieldsOf(reply)).containsExactly("members[0].dateOfBirth");
        assertAbsent(reply, name, "the value sent as a date");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeItIsRead() {
        ObjectNode request = refugees("C4121", uniqueLatinName(), uniqueArabicName());
        request.put("notes", "n".repeat(2 * 1024 * 1024));

        HttpApi.Reply reply = caseworker.post("/api/v1/households", text(request));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        String name = uniqueLatinName();
        JsonNode stored = HouseholdRequests.register(caseworker, refugees("C4121", name, uniqueArabicName()));
        String path = "/api/v1/households/" + stored.get("id").asString();
        ObjectNode changed = (ObjectNode) stored.deepCopy();
        changed.put("currentLocality", "Kilis").put("originPcode", "SY99");

        HttpApi.Reply reply = caseworker.put(path, text(changed), "If-Match", "\"0\"");

        assertValidationProblem(reply);
        HttpApi.Reply after = caseworker.get(path);
        assertThat(after.header("ETag")).isEqualTo("\"0\"");
        assertThat(after.json().get("currentLocality").asString()).isEqualTo("Gaziantep");
    }

    @Test
    void aDeletionWithoutAReasonIsRefusedAndChangesNothing() {
        JsonNode stored =
                HouseholdRequests.register(caseworker, refugees("C4121", uniqueLatinName(), uniqueArabicName()));
        String path = "/api/v1/households/" + stored.get("id").asString();

        HttpApi.Reply reply = caseworker.send(caseworker
                .request(path, "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"   \"}")));

        assertValidationProblem(reply);
        assertThat(fieldsOf(reply)).containsExactly("reason");
        assertThat(caseworker.get(path).status()).isEqualTo(200);
    }

    private static void assertValidationProblem(HttpApi.Reply reply) {
        assertThat(reply.status()).as(HouseholdRequests.problemType(reply)).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/validation");
    }

    private static List<String> fieldsOf(HttpApi.Reply reply) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : reply.json().get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }

    /** Fails without printing the answer or the value, either of which may hold personal data. */
    private static void assertAbsent(HttpApi.Reply reply, String value, String what) {
        assertThat(reply.body().contains(value))
                .as(what + " must not come back")
                .isFalse();
    }

    private long count(String sql, String value) {
        auditLog.sealPending();
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }
}
