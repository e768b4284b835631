package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** A KoboToolbox JSON export with a repeat group of members, through the job API, with a saved column mapping. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KoboImportIT {

    static final String EXPORT = """
            {"count": 2, "results": [
              {"_id": 501, "household/status": "IDP", "household/origin/adm2": "SY0200",
               "household/members": [
                 {"household/members/name_ar": "سمير", "household/members/sex": "m",
                  "household/members/age": "41", "household/members/relationship": "head"},
                 {"household/members/name_ar": "رنا", "household/members/sex": "f",
                  "household/members/age": "37", "household/members/relationship": "spouse"}]},
              {"_id": 502, "household/status": "REFUGEE", "household/origin/adm2": "SY0200",
               "household/country": "JOR",
               "household/members": [
                 {"household/members/name_ar": "هدى", "household/members/sex": "f",
                  "household/members/age": "29", "household/members/relationship": "head"}]}
            ]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void submissionsBecomeHouseholdsWithTheirMembersThroughASavedMapping() {
        HttpApi api = TestUsers.of(context)
                .create(Role.COORDINATOR, "KOBO-ORG", Set.of())
                .tokenApi(port);
        String name = "kobo-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Reply saved = api.post(
                "/api/v1/imports/mappings",
                Map.of(
                        "name",
                        name,
                        "kind",
                        "HOUSEHOLDS",
                        "columns",
                        Map.of("origin_pcode", "household/origin/adm2", "given_name_ar", "name_ar")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(api.get("/api/v1/imports/mappings").body()).contains(name);

        HttpApi.Reply started = api.multipart(
                "/api/v1/imports",
                Map.of("kind", "HOUSEHOLDS", "mode", "VALID_ONLY", "source", name, "mappingName", name),
                "kobo.json",
                EXPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode job = ImportJobs.await(api, started.header("Location"));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("counts").get("read").asLong()).isEqualTo(3);
        assertThat(job.get("counts").get("created").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        SELECT sum(h.member_count) FROM import_record r JOIN household h ON h.id::text = r.target_id
                        WHERE r.source = ?""").param("KOBO-ORG:" + name).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void aMappingNamingAnUnknownFieldIsRefused() {
        HttpApi api = TestUsers.of(context)
                .create(Role.COORDINATOR, "KOBO-ORG", Set.of())
                .tokenApi(port);
        HttpApi.Reply reply = api.post(
                "/api/v1/imports/mappings",
                Map.of("name", "bad", "kind", "HOUSEHOLDS", "columns", Map.of("religion", "q1")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("parameter").asString()).isEqualTo("mapping.religion");
    }
}
