package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Public figures need no sign-in and have a fixed shape; until returns are recorded every count is 0. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicStatisticsIT {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void returnsByGovernorateNeedNoSignInAndHaveTheirShape() {
        Reply reply = new HttpApi(port).get("/api/v1/public/statistics/returns");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("rows")).hasSize(14);
        JsonNode idleb = body.get("rows").get(6);
        assertThat(idleb.get("adm1").asString()).isEqualTo("SY07");
        assertThat(idleb.get("nameEn").asString()).isEqualTo("Idleb");
        assertThat(idleb.get("nameAr").asString()).isEqualTo("إدلب");
        assertThat(idleb.get("returns").isNumber()).isTrue();
        assertThat(idleb.get("refugees").isNumber()).isTrue();
        assertThat(idleb.get("idps").isNumber()).isTrue();
        // the same counting as the signed-in statistics (other tests' returns included), as long as it is shown
        long counted = TestUsers.of(context)
                .create(Role.ANALYST)
                .tokenApi(port)
                .get("/api/v1/statistics/returns?from=1900-01-01")
                .json()
                .get("total")
                .asLong();
        if (body.get("total").isNumber()) {
            assertThat(body.get("total").asLong()).isEqualTo(counted);
        }
        assertThat(body.get("rule").asString())
                .isEqualTo("counts 1-4 shown as <5; complementary suppression shown as x");
        assertThat(body.at("/legend/<5").asString()).isEqualTo("a count from 1 to 4");
        assertThat(body.at("/legend/x").asString())
                .isEqualTo("a count of 5 or more, withheld so that small counts cannot be worked out");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Reply reply = new HttpApi(port).get("/api/v1/public/statistics/returns?from=2024-01-01&to=2023-01-01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("parameter").asString()).isEqualTo("to");
    }

    @Test
    void thePublicPageShowsTheTableWithoutSignIn() {
        Reply page = new HttpApi(port).get("/public/statistics", "Accept", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Returns by governorate")
                .contains("Idleb")
                .contains("a count from 1 to 4")
                .contains("withheld so that small counts cannot be worked out");
        assertThat(new HttpApi(port)
                        .get("/public/statistics?lang=ar", "Accept", "text/html")
                        .body())
                .contains("العودة حسب المحافظة")
                .contains("إدلب")
                .contains("حُجب كي لا يمكن استنتاج الأعداد الصغيرة");
    }
}
