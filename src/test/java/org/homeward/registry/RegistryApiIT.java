package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryApiIT {

    /** The registration request of the issue, exactly as partners' scripts send it. */
    static final String REGISTRATION = """
            {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR","currentLocality":"Gaziantep",
             "members":[{"relationship":"HEAD","sex":"m","dateOfBirth":"1984-05-02",
                         "givenNameAr":"محمد","fatherNameAr":"أحمد","familyNameAr":"الحلبي",
                         "givenNameLatin":"Mohammad","familyNameLatin":"Al-Halabi"},
                        {"relationship":"SPOUSE","sex":"f","birthYear":1988,"givenNameAr":"فاطمة","familyNameAr":"الحلبي"},
                        {"relationship":"CHILD","sex":"f","dateOfBirth":"2015-09-10","givenNameLatin":"Sara"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    HttpApi caseworker;

    @BeforeEach
    void signIn() {
        caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
    }

    @Test
    void registersTheHouseholdOfTheContractRequest() {
        HttpApi.Reply reply = caseworker.post("/api/v1/households", REGISTRATION);

        assertThat(reply.status()).as(HouseholdRequests.problemType(reply)).isEqualTo(201);
        JsonNode body = reply.json();
        String id = body.get("id").asString();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/households/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("reference").asString()).matches("HH-TUR-\\d{6,}");
        assertThat(body.get("members")).hasSize(3);
        for (JsonNode member : body.get("members")) {
            assertThat(UUID.fromString(member.get("id").asString())).isNotNull();
        }
        assertThat(body.at("/members/0/givenNameLatin").asString()).isEqualTo("Mohammad");
        assertThat(body.at("/members/1/birthPrecision").asString()).isEqualTo("YEAR");
        assertThat(body.at("/members/2/ageGroup").asString()).isEqualTo("5-11");
    }

    @Test
    void readsUpdatesWithIfMatchAndRefusesAStaleVersion() {
        String id = caseworker
                .post("/api/v1/households", REGISTRATION)
                .json()
                .get("id")
                .asString();
        HttpApi.Reply read = caseworker.get("/api/v1/households/" + id);
        assertThat(read.status()).isEqualTo(200);
        String changed = read.body().replace("\"Gaziantep\"", "\"Kilis\"");

        HttpApi.Reply updated = caseworker.put("/api/v1/households/" + id, changed, "If-Match", read.header("ETag"));
        assertThat(updated.status()).as(HouseholdRequests.problemType(updated)).isEqualTo(200);
        assertThat(updated.json().get("currentLocality").asString()).isEqualTo("Kilis");
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().get("members")).hasSize(3);

        HttpApi.Reply stale = caseworker.put("/api/v1/households/" + id, changed, "If-Match", read.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).contains("application/problem+json");

        HttpApi.Reply unconditional = caseworker.put("/api/v1/households/" + id, changed);
        assertThat(unconditional.status()).isEqualTo(428);
    }

    @Test
    void theRegistrationAnswerIsWhatAReadGivesBack() {
        HttpApi.Reply registered = caseworker.post("/api/v1/households", REGISTRATION);
        String id = registered.json().get("id").asString();

        HttpApi.Reply read = caseworker.get("/api/v1/households/" + id);

        assertThat(registered.json()).isEqualTo(read.json());
    }

    @Test
    void documentsKeepTheOrderTheyWereGivenIn() {
        StringBuilder documents = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            documents.append(i == 0 ? "" : ",").append("""
                    {"type":"%s","number":"N%07d","issuingCountry":"SYR"}""".formatted(
                            i % 2 == 0 ? "PASSPORT" : "NATIONAL_ID", 7_654_321 - i));
        }
        String body = """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR",
                 "members":[{"relationship":"HEAD","sex":"m","birthYear":1980,"givenNameLatin":"Omar",
                             "documents":[%s]}]}""".formatted(documents);
        String id = caseworker.post("/api/v1/households", body).json().get("id").asString();

        for (int read = 0; read < 3; read++) {
            JsonNode stored = caseworker.get("/api/v1/households/" + id).json().at("/members/0/documents");
            assertThat(stored).hasSize(8);
            for (int i = 0; i < 8; i++) {
                assertThat(stored.get(i).get("number").asString()).isEqualTo("N%07d".formatted(7_654_321 - i));
            }
        }
    }

    @Test
    void anEstimatedBirthYearStaysEstimatedWhenAClientWritesBackWhatItRead() {
        String body = """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"TUR",
                 "members":[{"relationship":"HEAD","sex":"f","ageAtRegistration":40,"givenNameLatin":"Huda"},
                            {"relationship":"CHILD","sex":"m","ageAtRegistration":9,"givenNameLatin":"Adam"}]}""";
        String id = caseworker.post("/api/v1/households", body).json().get("id").asString();
        HttpApi.Reply read = caseworker.get("/api/v1/households/" + id);
        assertThat(read.json().at("/members/0/birthPrecision").asString()).isEqualTo("ESTIMATED");

        HttpApi.Reply written =
                caseworker.put("/api/v1/households/" + id, read.body(), "If-Match", read.header("ETag"));

        assertThat(written.status()).as(HouseholdRequests.problemType(written)).isEqualTo(200);
        JsonNode after = caseworker.get("/api/v1/households/" + id).json();
        assertThat(after.get("members")).isEqualTo(read.json().get("members"));
        String changedYear = read.body().replaceFirst("\"birthYear\":(\\d+)", "\"birthYear\":1990");
        HttpApi.Reply stated = caseworker.put("/api/v1/households/" + id, changedYear, "If-Match", "\"1\"");
        assertThat(stated.json().at("/members/0/birthPrecision").asString())
                .as("a year the client changed is a stated year")
                .isEqualTo("YEAR");
    }

    @Test
    void sameIdempotencyKeyRegistersOnceAndADifferentBodyConflicts() {
        String key = UUID.randomUUID().toString();
        HttpApi.Reply first = caseworker.post("/api/v1/households", REGISTRATION, "Idempotency-Key", key);
        HttpApi.Reply again = caseworker.post("/api/v1/households", REGISTRATION, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        HttpApi.Reply different = caseworker.post(
                "/api/v1/households", REGISTRATION.replace("Gaziantep", "Hatay"), "Idempotency-Key", key);
        assertThat(different.status()).isEqualTo(409);
    }

    @Test
    void searchesNamesInBothScriptsAndAcrossSpellings() {
        String family = "Zzqalbi" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String request = REGISTRATION.replace("Al-Halabi", family);
        String id =
                caseworker.post("/api/v1/households", request).json().get("id").asString();

        for (String q : new String[] {family, family.toUpperCase(), "Muhammad " + family, "محمد " + family}) {
            HttpApi.Reply found = caseworker.get(
                    "/api/v1/households?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("items").findValuesAsString("id")).as(q).contains(id);
            assertThat(found.json().get("total").asLong()).as(q).isPositive();
        }
        HttpApi.Reply other = caseworker.get("/api/v1/households?q=Khaled+" + family);
        assertThat(other.json().get("items").findValuesAsString("id")).doesNotContain(id);
    }

    @Test
    void aNameSearchCanKeepTheNameOutOfTheUrl() {
        String family = "Zzqalbi" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String id = caseworker
                .post("/api/v1/households", REGISTRATION.replace("Al-Halabi", family))
                .json()
                .get("id")
                .asString();

        HttpApi.Reply found = caseworker.post(
                "/api/v1/households/search", java.util.Map.of("q", "محمد " + family, "status", "REFUGEE", "size", 10));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("items").findValuesAsString("id")).contains(id);
        assertThat(found.json().get("total").asLong()).isPositive();
    }

    @Test
    void softDeleteNeedsAReasonAndHidesTheHousehold() {
        String id = caseworker
                .post("/api/v1/households", REGISTRATION)
                .json()
                .get("id")
                .asString();

        HttpApi.Reply noReason =
                caseworker.send(caseworker.request("/api/v1/households/" + id).DELETE());
        assertThat(noReason.status()).isEqualTo(400);

        HttpApi.Reply deleted = caseworker.send(caseworker
                .request("/api/v1/households/" + id, "Content-Type", "application/json")
                .method(
                        "DELETE",
                        java.net.http.HttpRequest.BodyPublishers.ofString("{\"reason\":\"registered twice\"}")));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(caseworker.get("/api/v1/households/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT deleted_reason FROM household WHERE id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("registered twice");
    }

    @Test
    void everyChangeAndEveryReadOfPersonalDataIsAudited() {
        String id = caseworker
                .post("/api/v1/households", REGISTRATION)
                .json()
                .get("id")
                .asString();
        caseworker.get("/api/v1/households/" + id);
        TestUsers.of(context).create(Role.ANALYST).tokenApi(port).get("/api/v1/households/" + id);

        auditLog.sealPending();
        var actions = jdbc.sql(
                        "SELECT action FROM audit_entry WHERE entity_type = 'household' AND entity_id = :id ORDER BY seq")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATE", "READ");
    }

    @Test
    void registrationOutsideTheCaseworkersAreasIsForbidden() {
        HttpApi aleppo = TestUsers.of(context)
                .create(Role.CASEWORKER, "ORG-ALEPPO", Set.of("SY02"))
                .tokenApi(port);

        HttpApi.Reply reply = aleppo.post("/api/v1/households", REGISTRATION);

        assertThat(reply.status()).isEqualTo(403);
    }
}
