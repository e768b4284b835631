package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** HDX's admin P-codes imported as a gazetteer edition, and compared with the current edition. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GazetteerEditionImportIT {

    static final Path PCODES = Path.of(System.getProperty("homeward.shared-data", "../shared/data"))
            .resolve("hxl/hdx/download-global-pcodes-adm-1-2.csv");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void hdxPcodesOfSyriaBecomeAnEditionWithItsDifferencesAndTheSameFileAgainStoresNothing() throws IOException {
        HttpApi coordinator = api(Role.COORDINATOR);
        String source = "hdx-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = Files.readAllBytes(PCODES);

        JsonNode first = run(coordinator, "VALID_ONLY", source, file);
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(first.get("counts").get("read").asLong()).isEqualTo(33_363);
        assertThat(first.get("counts").get("created").asLong()).isEqualTo(76);
        JsonNode outcome = first.get("outcome");
        String edition = outcome.get("edition").asString();
        assertThat(edition).startsWith(source + "-");
        assertThat(outcome.get("stored").asBoolean()).isTrue();
        assertThat(outcome.get("comparedWith").asString()).isEqualTo("syria-2015");
        assertThat(outcome.get("levels").toString()).isEqualTo("[1,2]");
        assertThat(outcome.get("areas").asInt()).isEqualTo(76);
        // HDX's 2020 P-codes add the district of Qadmous (SY1006) to the 2015 edition and change nothing else
        assertThat(outcome.get("added").toString()).isEqualTo("[\"SY1006\"]");
        assertThat(outcome.get("removed").size()).isZero();
        assertThat(outcome.get("renamed").size()).isZero();

        JsonNode districts = coordinator
                .get("/api/v1/geography/areas?parent=SY02&edition=" + edition)
                .json();
        assertThat(districts.get("total").asInt()).isGreaterThan(5);
        assertThat(coordinator.get("/api/v1/geography/editions").body()).contains(edition);

        JsonNode again = run(coordinator, "VALID_ONLY", source, file);
        assertThat(again.get("counts").get("created").asLong()).isZero();
        assertThat(again.get("counts").get("unchanged").asLong()).isEqualTo(76);
        assertThat(again.get("outcome").get("stored").asBoolean()).isFalse();
    }

    @Test
    void aDryRunReportsTheDifferencesAndStoresNoEdition() {
        HttpApi admin = api(Role.ADMIN);
        String source = "dry-" + UUID.randomUUID().toString().substring(0, 8);
        String table = """
                Location,Admin Level,P-Code,Name,Parent P-Code
                #country+code,#geo+admin_level,#adm+code,#adm+name,#adm+code+parent
                SYR,1,SY02,Aleppo,SYR
                SYR,1,SY99,Nowhere,SYR
                SYR,2,SY0200,Jebel Saman (renamed),SY02
                """;

        JsonNode dry = run(admin, "DRY_RUN", source, table.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.get("status").asString()).as(dry.toString()).isEqualTo("SUCCEEDED");
        JsonNode outcome = dry.get("outcome");
        assertThat(outcome.get("stored").asBoolean()).isFalse();
        assertThat(outcome.get("added").toString()).isEqualTo("[\"SY99\"]");
        assertThat(outcome.get("renamed").get(0).get("pcode").asString()).isEqualTo("SY0200");
        assertThat(outcome.get("removed").toString()).contains("SY01", "SY0202").doesNotContain("SY020100");
        assertThat(admin.get("/api/v1/geography/editions").body()).doesNotContain(source);
    }

    @Test
    void aDistrictWhoseParentIsMissingIsARowErrorAndNoEditionIsStored() {
        HttpApi coordinator = api(Role.COORDINATOR);
        String source = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String table = """
                Location,Admin Level,P-Code,Name,Parent P-Code
                #country+code,#geo+admin_level,#adm+code,#adm+name,#adm+code+parent
                SYR,1,SY02,Aleppo,SYR
                SYR,2,SY0300,Somewhere,SY03
                """;

        JsonNode job = run(coordinator, "VALID_ONLY", source, table.getBytes(StandardCharsets.UTF_8));
        assertThat(job.get("counts").get("saved").asLong()).as(job.toString()).isZero();
        JsonNode error = job.get("errors").get("items").get(0);
        assertThat(error.get("code").asString()).isEqualTo("E2021");
        assertThat(error.get("row").asLong()).isEqualTo(4);
        assertThat(error.get("column").asString()).isEqualTo("#adm+code+parent");
        assertThat(error.get("value").asString()).isEqualTo("SY03");
        assertThat(coordinator.get("/api/v1/geography/editions").body()).doesNotContain(source);
    }

    @Test
    void aCaseworkerMayNotAddAnEdition() {
        HttpApi.Reply reply = ImportJobs.upload(
                api(Role.CASEWORKER),
                "gazetteer-edition",
                "DRY_RUN",
                "hdx",
                "p.csv",
                "x".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(403);
    }

    private HttpApi api(Role role) {
        return TestUsers.of(context)
                .create(role, "GEO-ORG", role == Role.CASEWORKER ? Set.of("SY02") : Set.of())
                .tokenApi(port);
    }

    private static JsonNode run(HttpApi api, String mode, String source, byte[] file) {
        HttpApi.Reply started = ImportJobs.upload(api, "gazetteer-edition", mode, source, "pcodes.csv", file);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return ImportJobs.await(api, started.header("Location"));
    }
}
