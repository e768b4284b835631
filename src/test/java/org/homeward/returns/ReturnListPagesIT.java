package org.homeward.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.identity.Role;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.homeward.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The case list page's filters: those the statistics dashboard links with (status, crossing point, period). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReturnListPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theListFiltersByCrossingPointAndTheDayTheStatusTookEffect() {
        ReturnFixture returns =
                new ReturnFixture(TestUsers.of(context).create(Role.CASEWORKER).tokenApi(port));
        ReturnFixture.Household household = returns.register();
        String id = returns.open(household, "C4121");
        returns.driveTo(id, household, "CROSSED");
        JsonNode crossed = returns.get(id);
        String reference = crossed.get("reference").asString();
        String day = crossed.get("statusDate").asString();
        WebSession coordinator = WebSession.signIn(port, TestUsers.of(context).create(Role.COORDINATOR));

        String onTheDay = coordinator
                .get("/returns?status=CROSSED&crossing=XP-TUR-BHW&from=" + day + "&to=" + day)
                .body();
        String elsewhere = coordinator
                .get("/returns?status=CROSSED&crossing=XP-LBN-JDY&from=" + day + "&to=" + day)
                .body();
        String dayAfter = coordinator
                .get("/returns?status=CROSSED&crossing=XP-TUR-BHW&from="
                        + java.time.LocalDate.parse(day).plusDays(1))
                .body();

        assertThat(onTheDay).contains(reference, "name=\"from\" value=\"" + day + "\"");
        assertThat(onTheDay).contains("name=\"crossing\" value=\"XP-TUR-BHW\"");
        assertThat(elsewhere).doesNotContain(reference);
        assertThat(dayAfter).doesNotContain(reference);
    }

    @Test
    void aMalformedOrReversedPeriodIsNamedAndListsNothing() {
        WebSession coordinator = WebSession.signIn(port, TestUsers.of(context).create(Role.COORDINATOR));

        Reply malformed = coordinator.get("/returns?from=April&lang=en");
        Reply reversed = coordinator.get("/returns?from=2025-05-01&to=2025-04-01&lang=en");
        Reply unknownArea = coordinator.get("/returns?destination=SY99&lang=en");

        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.body()).contains("id=\"refused-filter\"", "must be a date like 2025-04-01");
        assertThat(reversed.body()).contains("id=\"refused-filter\"", "on or after");
        assertThat(unknownArea.body()).contains("id=\"refused-filter\"", "There is no area with this P-code.");
        assertThat(malformed.body()).doesNotContain("<table class=\"cases\"");
    }
}
