package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void publishesOpenApi31() {
        HttpApi.Reply reply = new HttpApi(port).get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("openapi").asString()).startsWith("3.1");
        assertThat(reply.json().at("/info/title").asString()).isEqualTo("Homeward API");
    }

    @Test
    void metricsAreNotPublic() {
        HttpApi.Reply reply = new HttpApi(port).get("/actuator/prometheus");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void anAdministratorScrapesPrometheusMetrics() {
        HttpApi admin = org.homeward.support.TestUsers.of(context)
                .create(org.homeward.identity.Role.ADMIN)
                .api(port);

        HttpApi.Reply reply = admin.get("/actuator/prometheus");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void exposesOnlyHealthInfoAndPrometheus() {
        assertThat(new HttpApi(port).get("/actuator/env").status()).isIn(302, 401, 404);
        assertThat(new HttpApi(port).get("/actuator/health/liveness").status()).isEqualTo(200);
    }
}
