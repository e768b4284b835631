package org.homeward.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeographyIT {

    static final String AREAS = "/api/v1/geography/areas";

    @LocalServerPort
    int port;

    HttpApi api() {
        return new HttpApi(port);
    }

    JsonNode getJson(String path) {
        Reply reply = api().get(path);
        assertThat(reply.status()).as(path + " -> " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> pcodes(JsonNode page) {
        List<String> pcodes = new ArrayList<>();
        page.get("items").forEach(item -> pcodes.add(item.get("pcode").asString()));
        return pcodes;
    }

    @ParameterizedTest(name = "level {0} has {1} areas")
    @CsvSource({"1, 14", "2, 61", "3, 270", "4, 5251"})
    void syria2015HasTheAreasOfItsSourceAtEachLevel(int level, long count) {
        assertThat(getJson(AREAS + "?size=1&level=" + level).get("total").asLong())
                .isEqualTo(count)
                .isEqualTo(SharedData.csvRows("geo/syria/admin" + level + ".csv"));
    }

    @Test
    void everyAreasParentExistsOneLevelUpAndNoArabicNameIsGarbage() {
        Map<String, JsonNode> all = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode reply = getJson(AREAS + "?size=500&page=" + page);
            reply.get("items").forEach(item -> all.put(item.get("pcode").asString(), item));
            if (reply.get("items").size() < 500) {
                break;
            }
        }
        assertThat(all).hasSize(14 + 61 + 270 + 5251);
        all.values().forEach(area -> {
            int level = area.get("level").asInt();
            if (level == 1) {
                assertThat(area.has("parentPcode")).isFalse();
            } else {
                JsonNode parent = all.get(area.get("parentPcode").asString());
                assertThat(parent).as(area.toString()).isNotNull();
                assertThat(parent.get("level").asInt()).isEqualTo(level - 1);
            }
            assertThat(area.toString()).doesNotContain("\uFFFD");
        });
    }

    @Test
    void governoratesComeWithArabicNames() {
        JsonNode page = getJson(AREAS + "?level=1");
        assertThat(page.get("total").asInt()).isEqualTo(14);
        page.get("items").forEach(item -> {
            assertThat(item.get("nameAr").asString()).matches(".*\\p{IsArabic}.*");
            assertThat(item.get("nameEn").asString()).isNotBlank();
        });
        assertThat(pcodes(page)).contains("SY01", "SY07", "SY14");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "Idleb, SY07",
        "Idlib, SY07",
        "idlib, SY07",
        "إدلب, SY07",
        "ادلب, SY07",
        "Deir-ez-Zor, SY09",
        "Deir ez Zor, SY09",
        "Dayr az Zawr, SY09",
        "Al-Hasakeh, SY08",
        "Hasakah, SY08",
        "Hassakeh, SY08",
        "Ar-Raqqa, SY11",
        "Raqqa, SY11",
        "Homs, SY04",
        "Hims, SY04",
        "Hama, SY05",
        "Hamah, SY05",
        "Dar'a, SY12",
        "Daraa, SY12",
        "Deraa, SY12",
        "Quneitra, SY14",
        "Al Qunaytirah, SY14",
        "Tartous, SY10",
        "Tartus, SY10",
        "Lattakia, SY06",
        "Latakia, SY06",
        "Al Ladhiqiyah, SY06",
        "As-Sweida, SY13",
        "Suwayda, SY13",
        "Aleppo, SY02",
        "Halab, SY02",
        "حلب, SY02",
        "دمشق, SY01",
        "حماه, SY05",
        "SY07, SY07",
        "sy07, SY07"
    })
    void governoratesAreFoundByAnySpellingFirst(String query, String pcode) {
        JsonNode page = getJson(AREAS + "?level=1&q=" + encode(query));
        assertThat(pcodes(page)).as(query).first().isEqualTo(pcode);
    }

    @Test
    void searchWithoutLevelPutsTheGovernorateFirst() {
        JsonNode page = getJson(AREAS + "?q=Idlib");
        assertThat(pcodes(page)).first().isEqualTo("SY07");
        assertThat(page.get("total").asInt()).isGreaterThan(1);
    }

    @Test
    void searchFindsCommunitiesInBothScriptsWithinAParent() {
        JsonNode latin = getJson(AREAS + "?q=Sarmada&level=4");
        assertThat(pcodes(latin)).contains("C4121");
        JsonNode arabic = getJson(AREAS + "?q=" + encode("سرمدا") + "&within=SY07");
        assertThat(pcodes(arabic)).contains("C4121");
        JsonNode elsewhere = getJson(AREAS + "?q=Sarmada&within=SY04");
        assertThat(pcodes(elsewhere)).doesNotContain("C4121");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Bab Elhawa", "Ras Al Ain"})
    void repeatedNamesComeBackOncePerPlaceWithTheirGovernorates(String name) {
        JsonNode page = getJson(AREAS + "?level=4&q=" + encode(name));
        List<JsonNode> exact = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (item.get("nameEn").asString().equals(name)) {
                exact.add(item);
            }
        });
        assertThat(exact).hasSize(2);
        assertThat(exact.get(0).get("adm1Pcode").asString())
                .isNotEqualTo(exact.get(1).get("adm1Pcode").asString());
        assertThat(exact).allSatisfy(item -> {
            assertThat(item.get("adm1NameEn").asString()).isNotBlank();
            assertThat(item.get("parentNameEn").asString()).isNotBlank();
        });
    }

    @Test
    void damagedArabicNamesAreNotServedButTheCommunityIsFoundByItsEnglishName() {
        JsonNode area = getJson(AREAS + "/C1466");
        assertThat(area.has("nameAr")).isFalse();
        assertThat(area.get("nameArDamaged").asBoolean()).isTrue();
        assertThat(area.get("nameEn").asString()).isEqualTo("Upper Dhak - Upper Kolyan");
        assertThat(pcodes(getJson(AREAS + "?q=" + encode("Upper Dhak")))).contains("C1466");
        JsonNode healthy = getJson(AREAS + "/C4121");
        assertThat(healthy.has("nameArDamaged")).isFalse();
        assertThat(healthy.get("nameAr").asString()).isEqualTo("سرمدا");
    }

    @Test
    void anAreaComesWithItsAncestorsFromTheGovernorateDown() {
        JsonNode area = getJson(AREAS + "/C4121");
        assertThat(area.get("level").asInt()).isEqualTo(4);
        List<String> ancestors = new ArrayList<>();
        area.get("ancestors").forEach(a -> ancestors.add(a.get("pcode").asString()));
        assertThat(ancestors).containsExactly("SY07", "SY0703", "SY070301");
        assertThat(getJson(AREAS + "/SY07").get("childrenCount").asInt()).isEqualTo(5);
    }

    @Test
    void childrenOfAParentAreListed() {
        JsonNode page = getJson(AREAS + "?parent=SY07");
        assertThat(page.get("total").asInt()).isEqualTo(5);
        page.get("items")
                .forEach(item -> assertThat(item.get("parentPcode").asString()).isEqualTo("SY07"));
    }

    @Test
    void unknownPcodeAnswers404NamingIt() {
        Reply reply = api().get(AREAS + "/SY99");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("SY99");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "?level=7|level",
                "?level=abc|level",
                "?size=100000|size",
                "?page=-1|page",
                "?page=abc|page",
                "?size=abc|size",
                "?parent=SY99|parent",
                "?within=SY99|within",
                "?edition=nope-1999|edition"
            })
    void badParametersAnswer400NamingTheParameter(String query, String parameter) {
        Reply reply = api().get(AREAS + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains(parameter);
    }

    @Test
    void boundariesAreGeoJsonWithNamesAndPcodes() {
        Reply reply = api().get("/api/v1/geography/boundaries?level=1");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/geo+json");
        JsonNode collection = reply.json();
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(14);
        JsonNode first = collection.get("features").get(0);
        assertThat(first.get("properties").get("pcode").asString()).startsWith("SY");
        assertThat(first.get("properties").get("nameEn").asString()).isNotBlank();
        assertThat(first.get("properties").get("nameAr").asString()).isNotBlank();
        assertThat(first.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        assertThat(getJson("/api/v1/geography/boundaries?level=2").get("features"))
                .hasSize(61);
        assertThat(getJson("/api/v1/geography/boundaries?level=2&parent=SY07").get("features"))
                .hasSize(5);
    }

    @Test
    void boundariesOfALevelWithoutThemAnswer400() {
        Reply reply = api().get("/api/v1/geography/boundaries?level=4");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asString()).contains("level");
    }

    @Test
    void countriesIncludeSyriaAndItsNeighboursWithArabicNames() {
        JsonNode page = getJson("/api/v1/geography/countries");
        Map<String, JsonNode> byIso3 = new HashMap<>();
        page.get("items").forEach(item -> byIso3.put(item.get("iso3").asString(), item));
        assertThat(page.get("total").asInt()).isEqualTo(byIso3.size()).isGreaterThan(240);
        for (String iso3 : List.of("SYR", "TUR", "LBN", "JOR", "IRQ")) {
            assertThat(byIso3.get(iso3).get("nameAr").asString()).matches(".*\\p{IsArabic}.*");
        }
        assertThat(byIso3.get("SYR").get("iso2").asString()).isEqualTo("SY");
        assertThat(byIso3.get("TUR").get("m49").asInt()).isEqualTo(792);
    }

    @Test
    void crossingPointsAndSitesAreThoseOfTheShippedFiles() {
        JsonNode crossings = getJson("/api/v1/geography/crossing-points");
        assertThat(crossings.get("total").asLong())
                .isEqualTo(SharedData.csvRows("reference/crossing_points.csv"))
                .isEqualTo(16);
        JsonNode sites = getJson("/api/v1/geography/sites");
        assertThat(sites.get("total").asLong())
                .isEqualTo(SharedData.csvRows("reference/sites.csv"))
                .isEqualTo(15);
        assertThat(getJson("/api/v1/geography/sites?country=jo").get("total").asInt())
                .isEqualTo(3);
        assertThat(getJson("/api/v1/geography/crossing-points?country=TUR")
                        .get("total")
                        .asInt())
                .isEqualTo(6);
        Reply unknown = api().get("/api/v1/geography/sites?country=XX");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("country");
    }
}
