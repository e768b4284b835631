package org.homeward.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
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

/** Households from a person-per-row CSV, through the import API, into the registry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HouseholdImportIT {

    static final String HEADER = "household_id,displacement_status,origin_pcode,current_country,relationship,sex,"
            + "date_of_birth,given_name_latin,family_name_latin,given_name_ar\n";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestUser coordinator;
    HttpApi api;
    String source;

    @BeforeEach
    void setUp() {
        coordinator = TestUsers.of(context).create(Role.COORDINATOR, "IMPORT-ORG", Set.of());
        api = coordinator.tokenApi(port);
        source = "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String twoHouseholdsAndOneBadRow(String prefix) {
        return HEADER
                + prefix + "1,REFUGEE,C4121,TUR,HEAD,m,1980-05-01,Ahmad,Haddad,أحمد\n"
                + prefix + "1,REFUGEE,C4121,TUR,CHILD,f,2010-02-03,Lina,Haddad,لينا\n"
                + prefix + "2,IDP,Idleb,SYR,head,female,07/03/1975,Mona,Saleh,منى\n"
                + prefix + "3,IDP,SY9999,SYR,HEAD,m,1990-01-01,Omar,Khalil,عمر\n";
    }

    @Test
    void validRowsAreSavedAndTheBadRowIsReportedWithRowColumnAndExpectation() {
        JsonNode job = ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, twoHouseholdsAndOneBadRow("A"));

        assertThat(job.get("status").asString()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode counts = job.get("counts");
        assertThat(counts.get("read").asLong()).isEqualTo(4);
        assertThat(counts.get("created").asLong()).isEqualTo(2);
        assertThat(counts.get("saved").asLong()).isEqualTo(3);
        assertThat(counts.get("errors").asLong()).isEqualTo(1);
        JsonNode error = job.get("errors").get("items").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(5);
        assertThat(error.get("code").asString()).isEqualTo("E2002");
        assertThat(error.get("column").asString()).isEqualTo("'origin_pcode'");
        assertThat(error.get("value").asString()).isEqualTo("SY9999");
        assertThat(error.get("expected").asString()).contains("P-code");
        assertThat(householdsOf(source)).isEqualTo(2);
    }

    @Test
    void reimportingTheSameFileCreatesNothingAndAChangedRowUpdatesOnlyItsHousehold() {
        String file = twoHouseholdsAndOneBadRow("B");
        ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, file);

        JsonNode again = ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, file);
        assertThat(again.get("counts").get("created").asLong()).isZero();
        assertThat(again.get("counts").get("unchanged").asLong()).isEqualTo(2);

        JsonNode changed =
                ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, file.replace("2010-02-03", "2011-02-03"));
        assertThat(changed.get("counts").get("created").asLong()).isZero();
        assertThat(changed.get("counts").get("updated").asLong()).isEqualTo(1);
        assertThat(changed.get("counts").get("unchanged").asLong()).isEqualTo(1);
        assertThat(householdsOf(source)).isEqualTo(2);
    }

    @Test
    void dryRunReportsEverythingAndSavesNothing() {
        JsonNode job = ImportJobs.run(api, "HOUSEHOLDS", "DRY_RUN", source, twoHouseholdsAndOneBadRow("C"));

        assertThat(job.get("counts").get("created").asLong()).isEqualTo(2);
        assertThat(job.get("counts").get("saved").asLong()).isZero();
        assertThat(job.get("counts").get("errors").asLong()).isEqualTo(1);
        assertThat(householdsOf(source)).isZero();
    }

    @Test
    void allOrNothingSavesNothingWhenOneRowIsBad() {
        JsonNode job = ImportJobs.run(api, "HOUSEHOLDS", "ALL_OR_NOTHING", source, twoHouseholdsAndOneBadRow("D"));

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("problem").get("code").asString()).isEqualTo("E2000");
        assertThat(householdsOf(source)).isZero();
    }

    @Test
    void allOrNothingSavesEverythingWhenEveryRowIsGood() {
        String good = twoHouseholdsAndOneBadRow("E").replace("SY9999", "C4121");
        JsonNode job = ImportJobs.run(api, "HOUSEHOLDS", "ALL_OR_NOTHING", source, good);

        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("counts").get("created").asLong()).isEqualTo(3);
        assertThat(householdsOf(source)).isEqualTo(3);
    }

    @Test
    void theErrorReportIsTheBadRowsAsTheyWereWithAnErrorColumn() {
        JsonNode job = ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, twoHouseholdsAndOneBadRow("F"));

        HttpApi.Reply report = api.get(job.get("errorReport").asString());
        assertThat(report.status()).isEqualTo(200);
        String[] lines = report.body().replace("\uFEFF", "").split("\r?\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).endsWith(",import_errors");
        assertThat(lines[1]).startsWith("F3,IDP,SY9999,SYR,HEAD").contains("E2002");
    }

    @Test
    void arabicHeadersMapToTheirFields() {
        String csv = "معرف الأسرة,وضع النزوح,مكان المنشأ,البلد,صلة القرابة,الجنس,تاريخ الميلاد,الاسم\n"
                + "G1,نازح,C4121,SYR,رب الأسرة,أنثى,1970-01-01,فاطمة\n";
        JsonNode job = ImportJobs.run(api, "HOUSEHOLDS", "VALID_ONLY", source, csv);

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(householdsOf(source)).isEqualTo(1);
    }

    @Test
    void anAnalystMayNotImportHouseholds() {
        HttpApi analyst = TestUsers.of(context).create(Role.ANALYST).tokenApi(port);
        HttpApi.Reply reply = ImportJobs.upload(analyst, "HOUSEHOLDS", "VALID_ONLY", source, HEADER);
        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() {
        HttpApi.Reply reply = ImportJobs.upload(api, "PETS", "VALID_ONLY", source, HEADER);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("parameter").asString()).isEqualTo("kind");
    }

    @Test
    void anotherUsersJobDoesNotExist() {
        HttpApi.Reply started = ImportJobs.upload(api, "HOUSEHOLDS", "DRY_RUN", source, twoHouseholdsAndOneBadRow("H"));
        HttpApi other = TestUsers.of(context)
                .create(Role.COORDINATOR, "IMPORT-ORG", Set.of())
                .tokenApi(port);
        assertThat(other.get(started.header("Location")).status()).isEqualTo(404);
    }

    private long householdsOf(String source) {
        // Through the registry's own table: a record of an import without its household would count nothing.
        return jdbc.sql("""
                        SELECT count(*) FROM import_record r JOIN household h ON h.id::text = r.target_id
                        WHERE r.source = ? AND r.kind = 'HOUSEHOLDS' AND h.deleted_at IS NULL""").param("IMPORT-ORG:" + source).query(Long.class).single();
    }
}
