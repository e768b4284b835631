package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.homeward.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With HOMEWARD_DB_URL set, Homeward uses that server and starts no PostgreSQL of its own. The external
 * server here is a separate PostgreSQL process started by the test before the application, and the
 * application reaches it only through the documented settings.
 */
class ExternalDatabaseIT {

    @Test
    void usesTheConfiguredExternalServerAndMigratesIt() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (Connection connection = external.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE homeward LOGIN PASSWORD 'external-secret'");
                statement.execute("CREATE DATABASE homeward OWNER homeward");
            }
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/homeward";

            try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Homeward.class)
                    .profiles("test")
                    .run(
                            "--server.port=0",
                            "--homeward.db.url=" + url,
                            "--homeward.db.user=homeward",
                            "--homeward.db.password=external-secret")) {
                assertThat(application.getBeanNamesForType(EmbeddedPostgres.class))
                        .isEmpty();
                int port = ((WebServerApplicationContext) application)
                        .getWebServer()
                        .getPort();
                HttpApi.Reply health = new HttpApi(port).get("/actuator/health");
                assertThat(health.status()).isEqualTo(200);
            }

            try (Connection connection =
                            external.getDatabase("homeward", "homeward").getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet migrations =
                            statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                migrations.next();
                assertThat(migrations.getInt(1)).isPositive();
            }
        }
    }
}
