package org.homeward.geography.internal;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the shipped reference data in place during start-up, before anything can ask the gazetteer: the
 * gazetteer depends on this bean, so any bean that injects it finds the data loaded. Start-up fails with a
 * clear message when the data cannot be loaded or the configured current edition does not exist.
 */
@Component
@EnableConfigurationProperties(GeographySettings.class)
class ReferenceDataInitializer implements InitializingBean {

    private final GeographySettings settings;
    private final EditionLoader editions;
    private final ReferenceTablesLoader tables;
    private final JdbcClient jdbc;

    ReferenceDataInitializer(
            GeographySettings settings, EditionLoader editions, ReferenceTablesLoader tables, JdbcClient jdbc) {
        this.settings = settings;
        this.editions = editions;
        this.tables = tables;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        if (settings.loadOnStartup()) {
            tables.load();
            settings.editions().forEach(editions::load);
            editions.rekeyStaleEditions();
        }
        List<String> loaded = jdbc.sql("SELECT code FROM geo_edition ORDER BY code")
                .query(String.class)
                .list();
        if (settings.loadOnStartup() && !loaded.contains(settings.currentEdition())) {
            throw new IllegalStateException("homeward.geography.current-edition is '" + settings.currentEdition()
                    + "' but the loaded gazetteer editions are " + loaded);
        }
    }
}
