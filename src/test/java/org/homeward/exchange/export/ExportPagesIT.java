package org.homeward.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.homeward.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The export control on the list pages, and its download with the UI's session (no token). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExportPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void householdListOffersTheExportWithItsFiltersAndAPurposeOnlyToRolesThatMayUseIt() {
        WebSession coordinator = WebSession.signIn(port, TestUsers.of(context).create(Role.COORDINATOR));
        WebSession analyst = WebSession.signIn(port, TestUsers.of(context).create(Role.ANALYST));
        TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port).post("/api/v1/households", """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"JOR",
                 "members":[{"relationship":"HEAD","sex":"f","birthYear":1980,"givenNameLatin":"Rima"}]}""");

        String coordinatorPage = coordinator.get("/households?country=JOR").body();
        String analystPage = analyst.get("/households?country=JOR").body();

        assertThat(coordinatorPage)
                .contains(
                        "action=\"/exports/households\"",
                        "name=\"country\" value=\"JOR\"",
                        "name=\"purpose\"",
                        "value=\"xlsx\"");
        assertThat(analystPage).contains("action=\"/exports/households\"").doesNotContain("name=\"purpose\"");
        HttpApi.Reply download = analyst.get("/exports/households?format=csv&country=JOR&status=&origin=&site=");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(download.body()).startsWith("householdReference,member,sex,ageGroup");
    }

    @Test
    void returnListOffersTheExportWithItsFilters() {
        HttpApi caseworker = TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port);
        HttpApi.Reply household = caseworker.post("/api/v1/households", """
                {"displacementStatus":"REFUGEE","originPcode":"C4121","currentCountry":"LBN",
                 "members":[{"relationship":"HEAD","sex":"m","birthYear":1975,"givenNameLatin":"Sami"}]}""");
        String member = household.json().get("members").get(0).get("id").asString();
        caseworker.post(
                "/api/v1/returns", """
                {"householdId":"%s","memberIds":["%s"],"intendedDestinationPcode":"C4121"}""".formatted(household.json().get("id").asString(), member));
        WebSession analyst = WebSession.signIn(port, TestUsers.of(context).create(Role.ANALYST));

        String page = analyst.get("/returns?status=INTENTION_RECORDED").body();

        assertThat(page).contains("action=\"/exports/returns\"", "name=\"status\" value=\"INTENTION_RECORDED\"");
        HttpApi.Reply download = analyst.get("/exports/returns?format=json&status=INTENTION_RECORDED&destination=");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("[{\"caseReference\":");
    }

    @Test
    void theSituationReportDownloadsWithTheUiSession() {
        WebSession analyst = WebSession.signIn(port, TestUsers.of(context).create(Role.ANALYST));

        HttpApi.Reply pdf = analyst.get("/statistics/sitrep.pdf?lang=ar");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new HttpApi(port).get("/statistics/sitrep.pdf").status()).isEqualTo(302);
    }
}
