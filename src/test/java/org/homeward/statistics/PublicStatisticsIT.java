package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** Public figures need no sign-in and have a fixed shape; until returns are recorded every count is 0. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicStatisticsIT {

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
        assertThat(body.get("total").asLong()).isZero();
        assertThat(body.at("/totals/returns").asLong()).isZero();
        assertThat(body.get("suppressed").asBoolean()).isFalse();
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
                .contains("figures appear here once returns are recorded")
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
