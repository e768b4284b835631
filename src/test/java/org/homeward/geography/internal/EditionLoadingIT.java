package org.homeward.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homeward.geography.internal.GeographySettings.EditionSource;
import org.homeward.support.HttpApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditionLoadingIT {

    /** Not "syria-2020": a real 2020 edition may one day ship under that code. */
    static final String EDITION = "test-syria-2020";

    @LocalServerPort
    int port;

    @Autowired
    EditionLoader loader;

    @Autowired
    ReferenceTablesLoader tables;

    @Autowired
    GeographySettings settings;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadingTheShippedDataAgainChangesNothing() {
        long areas = count("SELECT count(*) FROM geo_area");
        long countries = count("SELECT count(*) FROM geo_country");
        long aliases = count("SELECT count(*) FROM geo_area_alias");
        settings.editions().forEach(source -> assertThat(loader.load(source)).isFalse());
        tables.load();
        assertThat(count("SELECT count(*) FROM geo_area")).isEqualTo(areas);
        assertThat(count("SELECT count(*) FROM geo_country")).isEqualTo(countries);
        assertThat(count("SELECT count(*) FROM geo_area_alias")).isEqualTo(aliases);
        assertThat(count("SELECT count(*) FROM geo_area WHERE edition = 'syria-2015'"))
                .isEqualTo(14 + 61 + 270 + 5251);
    }

    @Test
    void theShippedEditionRecordsItsSixDamagedArabicNamesAsNull() {
        assertThat(jdbc.sql("SELECT pcode FROM geo_area WHERE name_ar_damaged ORDER BY pcode")
                        .query(String.class)
                        .list())
                .containsExactly("C1466", "C2327", "C2929", "C2931", "C3935", "C5770");
        assertThat(count("SELECT count(*) FROM geo_area WHERE name_ar_damaged AND name_ar IS NOT NULL"))
                .isZero();
    }

    @Test
    void aLaterEditionLoadsBesideTheCurrentOneAndIsChosenByEditionParameter() throws IOException {
        writeSynthetic2020Edition();
        loader.load(new EditionSource(EDITION, "Syria 2020 (synthetic, for tests)", "test", "file:" + files + "/"));
        assertThat(loader.load(new EditionSource(EDITION, "again", "test", "file:" + files + "/")))
                .isFalse();

        HttpApi api = new HttpApi(port);
        assertThat(api.get("/api/v1/geography/areas/SY1006").status()).isEqualTo(404);
        JsonNode qadmous =
                api.get("/api/v1/geography/areas/SY1006?edition=" + EDITION).json();
        assertThat(qadmous.get("nameEn").asString()).isEqualTo("Qadmous");
        assertThat(qadmous.get("edition").asString()).isEqualTo(EDITION);
        assertThat(qadmous.get("ancestors").get(0).get("pcode").asString()).isEqualTo("SY10");

        JsonNode districts2020 = api.get("/api/v1/geography/areas?parent=SY10&edition=" + EDITION)
                .json();
        assertThat(districts2020.get("total").asInt()).isEqualTo(2);
        JsonNode districts2015 = api.get("/api/v1/geography/areas?parent=SY10").json();
        assertThat(districts2015.get("total").asInt()).isEqualTo(5);
        assertThat(districts2015.toString()).doesNotContain("SY1006");

        JsonNode found =
                api.get("/api/v1/geography/areas?q=Qadmous&edition=" + EDITION).json();
        assertThat(found.get("items").get(0).get("pcode").asString()).isEqualTo("SY1006");

        JsonNode editions = api.get("/api/v1/geography/editions").json();
        assertThat(editions.toString()).contains(EDITION, "syria-2015");
        editions.get("items")
                .forEach(edition -> assertThat(edition.get("current").asBoolean())
                        .isEqualTo(edition.get("code").asString().equals("syria-2015")));
    }

    private void writeSynthetic2020Edition() throws IOException {
        Files.writeString(files.resolve("admin1.csv"), "admin1Pcode,admin1Name_en,admin1Name_ar\nSY10,Tartous,طرطوس\n");
        Files.writeString(files.resolve("admin2.csv"), """
                admin2Pcode,admin2Name_en,admin2Name_ar,admin1Pcode
                SY1000,Tartous,مركز طرطوس,SY10
                SY1006,Qadmous,القدموس,SY10
                """);
        Files.writeString(files.resolve("admin3.csv"), """
                admin3Pcode,admin3Name_en,admin3Name_ar,admin2Pcode,admin1Pcode
                SY100000,Tartous,مركز طرطوس,SY1000,SY10
                SY100600,Qadmous,القدموس,SY1006,SY10
                """);
        Files.writeString(files.resolve("admin4.csv"), """
                admin4Pcode,admin4Name_en,admin4RefName_en,admin4Name_ar,admin3Pcode,admin2Pcode,admin1Pcode,latitude,longitude,capital_level
                C5221,Tartous,Tartous,طرطوس,SY100000,SY1000,SY10,34.889,35.886,1
                C9001,Qadmous,Qadmous,القدموس,SY100600,SY1006,SY10,35.101,36.161,2
                """);
    }
}
