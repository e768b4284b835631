package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

/** Site population reports imported through the job API into the sites module. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SitePopulationImportIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void validReportsAreSavedAndBadRowsNamedWhileReImportCreatesNothingAndChangedNumbersUpdate() {
        HttpApi coordinator = coordinator();
        String reporter = "IT-" + UUID.randomUUID();
        String csv = """
                site_code,date,population,households,source
                SYR-S-ROJ,2024-03-01,2400,500,%1$s
                SYR-S-ARE,01/03/2024,1800,,%1$s
                SYR-S-NOWHERE,2024-03-01,100,20,%1$s
                SYR-S-MAB,2024-03-01,-5,,%1$s
                """.formatted(reporter);

        JsonNode first = ImportJobs.run(coordinator, "site-populations", "VALID_ONLY", "camps", csv);
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(first.get("counts").get("created").asLong()).isEqualTo(2);
        assertThat(first.get("counts").get("errors").asLong()).isEqualTo(2);
        JsonNode errors = first.get("errors").get("items");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("E2005");
        assertThat(errors.get(0).get("row").asLong()).isEqualTo(4);
        assertThat(errors.get(0).get("value").asString()).isEqualTo("SYR-S-NOWHERE");
        assertThat(errors.get(1).get("code").asString()).isEqualTo("E2019");
        assertThat(errors.get(1).get("column").asString()).isEqualTo("'population'");
        assertThat(errors.get(1).get("value").asString()).isEqualTo("-5");
        assertThat(populations(coordinator, "SYR-S-ROJ", reporter)).containsExactly(2400);
        assertThat(populations(coordinator, "SYR-S-ARE", reporter)).containsExactly(1800);
        assertThat(populations(coordinator, "SYR-S-MAB", reporter)).isEmpty();

        JsonNode again = ImportJobs.run(coordinator, "site-populations", "VALID_ONLY", "camps", csv);
        assertThat(again.get("counts").get("created").asLong()).isZero();
        assertThat(again.get("counts").get("updated").asLong()).isZero();
        assertThat(again.get("counts").get("unchanged").asLong()).isEqualTo(2);

        JsonNode changed = ImportJobs.run(
                coordinator, "site-populations", "VALID_ONLY", "camps", csv.replace("2400,500", "2350,490"));
        assertThat(changed.get("counts").get("created").asLong()).isZero();
        assertThat(changed.get("counts").get("updated").asLong()).isEqualTo(1);
        assertThat(changed.get("counts").get("unchanged").asLong()).isEqualTo(1);
        assertThat(populations(coordinator, "SYR-S-ROJ", reporter)).containsExactly(2350);
    }

    @Test
    void aDryRunOfAnHxlFileChecksEveryRowAndSavesNothing() {
        HttpApi coordinator = coordinator();
        String reporter = "IT-" + UUID.randomUUID();
        String hxl = """
                Camp,Date,Individuals,Households,Reported by
                #loc+code,#date,#affected+ind,#affected+hh,#meta+source
                SYR-S-ROJ,2024-04-01,2500,510,%1$s
                """.formatted(reporter);

        JsonNode dry = ImportJobs.run(coordinator, "SITE_POPULATIONS", "DRY_RUN", "camps-hxl", hxl);
        assertThat(dry.get("status").asString()).as(dry.toString()).isEqualTo("SUCCEEDED");
        assertThat(dry.get("counts").get("validated").asLong()).isEqualTo(1);
        assertThat(dry.get("counts").get("saved").asLong()).isZero();
        assertThat(populations(coordinator, "SYR-S-ROJ", reporter)).isEmpty();

        JsonNode real = ImportJobs.run(coordinator, "SITE_POPULATIONS", "VALID_ONLY", "camps-hxl", hxl);
        assertThat(real.get("counts").get("created").asLong()).isEqualTo(1);
        assertThat(populations(coordinator, "SYR-S-ROJ", reporter)).containsExactly(2500);
    }

    @Test
    void arabicHeadersAndSiteNamesAreUnderstood() {
        HttpApi coordinator = coordinator();
        String reporter = "IT-" + UUID.randomUUID();
        String csv = """
                المخيم,التاريخ,عدد الأفراد,عدد الأسر,المصدر
                مخيم روج,2024-05-01,2600,520,%1$s
                """.formatted(reporter);

        JsonNode job = ImportJobs.run(coordinator, "site-populations", "ALL_OR_NOTHING", "camps-ar", csv);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(populations(coordinator, "SYR-S-ROJ", reporter)).containsExactly(2600);
    }

    @Test
    void aCaseworkerMayNotImportSitePopulations() {
        HttpApi caseworker = TestUsers.of(context)
                .create(Role.CASEWORKER, "SITES-ORG", Set.of("SY08"))
                .tokenApi(port);
        HttpApi.Reply reply = ImportJobs.upload(
                caseworker,
                "site-populations",
                "VALID_ONLY",
                "camps",
                "site,date,population\nSYR-S-ROJ,2024-03-01,5\n");
        assertThat(reply.status()).isEqualTo(403);
    }

    private HttpApi coordinator() {
        return TestUsers.of(context)
                .create(Role.COORDINATOR, "SITES-ORG", Set.of())
                .tokenApi(port);
    }

    /** The populations the site's reports by this reporter give, oldest first. */
    private static List<Integer> populations(HttpApi api, String site, String reporter) {
        HttpApi.Reply reply = api.get("/api/v1/sites/" + site);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<Integer> found = new ArrayList<>();
        for (JsonNode snapshot : reply.json().get("snapshots")) {
            if (snapshot.get("source").asString().equals(reporter)) {
                found.add(snapshot.get("population").asInt());
            }
        }
        return found;
    }
}
