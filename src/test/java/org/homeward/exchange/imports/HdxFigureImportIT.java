package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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

/** IDMC's IDP figures as HDX publishes them (HXL), imported into the figures ledger through the job API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HdxFigureImportIT {

    static final Path IDPS = Path.of(System.getProperty("homeward.shared-data", "../shared/data"))
            .resolve("hxl/hdx/idps_download-displacement-data.csv");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void idmcIdpFiguresLandInTheLedgerOnceAndUnknownCountryCodesAreReported() throws IOException {
        HttpApi coordinator = TestUsers.of(context)
                .create(Role.COORDINATOR, "FIGURES-ORG", Set.of())
                .tokenApi(port);
        byte[] file = Files.readAllBytes(IDPS);

        JsonNode first = run(coordinator, file);
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode counts = first.get("counts");
        assertThat(counts.get("read").asLong()).isEqualTo(1712);
        assertThat(counts.get("created").asLong() + counts.get("unchanged").asLong())
                .isEqualTo(counts.get("validated").asLong())
                .isGreaterThan(600);
        // Abyei Area (AB9) has no ISO 3166 code: a row error naming the value and the column's hashtag.
        JsonNode error = first.get("errors").get("items").get(0);
        assertThat(error.get("code").asString()).isEqualTo("E2004");
        assertThat(error.get("column").asString()).isEqualTo("#country+code");
        assertThat(error.get("value").asString()).isEqualTo("AB9");

        JsonNode syria = coordinator
                .get("/api/v1/figures?indicator=idps&area=SYR&from=2020-01-01&to=2020-12-31")
                .json();
        assertThat(syria.get("items").get(0).get("value").asLong()).isEqualTo(6_568_000);

        JsonNode again = run(coordinator, file);
        assertThat(again.get("counts").get("created").asLong()).isZero();
        assertThat(again.get("counts").get("unchanged").asLong())
                .isEqualTo(counts.get("validated").asLong());
    }

    @Test
    void aCaseworkerMayNotImportFigures() throws IOException {
        HttpApi caseworker = TestUsers.of(context)
                .create(Role.CASEWORKER, "FIGURES-ORG", Set.of("SY02"))
                .tokenApi(port);
        HttpApi.Reply reply =
                ImportJobs.upload(caseworker, "FIGURES", "VALID_ONLY", "idmc", "idps.csv", Files.readAllBytes(IDPS));
        assertThat(reply.status()).isEqualTo(403);
    }

    private static JsonNode run(HttpApi api, byte[] file) {
        HttpApi.Reply started = ImportJobs.upload(api, "FIGURES", "VALID_ONLY", "idmc", "idps.csv", file);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return ImportJobs.await(api, started.header("Location"));
    }
}
