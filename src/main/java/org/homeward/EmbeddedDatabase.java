package org.homeward;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a PostgreSQL server inside the application when no external database is configured
 * ({@code HOMEWARD_DB_URL} unset), so a newcomer needs nothing installed but a JDK. Its data lives under
 * {@code ./data/postgres} and survives restarts; the server stops when the application context closes,
 * after the connection pool (the pool depends on it, so Spring destroys the pool first).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${homeward.db.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabase.Settings.class)
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * @param dataDirectory where the cluster lives; kept between runs unless {@code ephemeral}
     * @param ephemeral a throw-away cluster in a temporary directory, removed on shutdown (tests)
     * @param port fixed port, or 0 for any free port
     */
    @ConfigurationProperties("homeward.db.embedded")
    record Settings(Path dataDirectory, boolean ephemeral, int port) {
        Settings {
            if (dataDirectory == null) {
                dataDirectory = Path.of("data", "postgres");
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (settings.ephemeral()) {
            builder.setCleanDataDirectory(true);
        } else {
            // The library's defaults trade durability for test speed; data kept under ./data must survive a crash.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
            Path directory = settings.dataDirectory().toAbsolutePath();
            Files.createDirectories(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "Embedded PostgreSQL started on port {} ({})",
                postgres.getPort(),
                settings.ephemeral() ? "ephemeral" : settings.dataDirectory());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("homeward-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
