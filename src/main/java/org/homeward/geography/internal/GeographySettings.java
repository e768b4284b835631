package org.homeward.geography.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration under {@code homeward.geography}.
 *
 * @param currentEdition the edition the API and UI serve unless asked for another
 * @param loadOnStartup load the shipped reference data at start-up when missing (idempotent)
 * @param editions the gazetteer editions to load at start-up; by default the shipped {@code syria-2015}
 */
@ConfigurationProperties("homeward.geography")
public record GeographySettings(String currentEdition, Boolean loadOnStartup, List<EditionSource> editions) {

    public static final String SHIPPED_EDITION = "syria-2015";

    public GeographySettings {
        if (currentEdition == null || currentEdition.isBlank()) {
            currentEdition = SHIPPED_EDITION;
        }
        if (loadOnStartup == null) {
            loadOnStartup = Boolean.TRUE;
        }
        if (editions == null || editions.isEmpty()) {
            editions = List.of(new EditionSource(
                    SHIPPED_EDITION,
                    "Syria administrative areas, 2015",
                    "OCHA Syria COD-AB 2015 (via alahwa/Syria-GeoJson-Maps @81d1da2)",
                    "classpath:reference/geo/syria/"));
        }
    }

    /**
     * Where an edition's files are: {@code admin1.csv} to {@code admin4.csv} and optionally
     * {@code admin1.geojson}, {@code admin2.geojson}, under a Spring resource location ending in '/'.
     */
    public record EditionSource(String code, String title, String source, String location) {}
}
