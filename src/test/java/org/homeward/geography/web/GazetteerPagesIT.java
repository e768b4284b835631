package org.homeward.geography.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.homeward.support.HttpApi;
import org.homeward.support.HttpApi.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The gazetteer pages render (no browser here: the Chromium tests live elsewhere). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GazetteerPagesIT {

    @LocalServerPort
    int port;

    Reply page(String path, String... headers) {
        Reply reply = new HttpApi(port).get(path, headers);
        assertThat(reply.status()).as(path).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        return reply;
    }

    @Test
    void theGazetteerListsTheGovernoratesInBothScripts() {
        String html = page("/gazetteer").body();
        assertThat(html).contains("Idleb", "إدلب", "/gazetteer/SY07", "gazetteer-map", "leaflet");
    }

    @Test
    void aGovernoratePageShowsItsDistrictsAndBothNames() {
        String html = page("/gazetteer/SY07").body();
        assertThat(html).contains("Idleb", "إدلب", "Ariha", "/gazetteer/SY0705", "boundaries?level=2&amp;parent=SY07");
    }

    @Test
    void aCommunityPageShowsBreadcrumbsOfItsAncestors() {
        String html = page("/gazetteer/C4121").body();
        assertThat(html).contains("Sarmada", "سرمدا", "/gazetteer/SY07", "/gazetteer/SY0703", "/gazetteer/SY070301");
    }

    @Test
    void arabicReadersSeeArabicNamesFirst() {
        String html = page("/gazetteer/SY07", "Accept-Language", "ar").body();
        assertThat(html.indexOf("إدلب")).isLessThan(html.indexOf("Idleb"));
        assertThat(html).contains("الدليل الجغرافي");
    }

    @Test
    void searchWorksWithoutJavaScriptAndAsAFragment() {
        String full = page("/gazetteer?q=Idlib").body();
        assertThat(full).contains("/gazetteer/SY07");
        String fragment = page("/gazetteer/search?q=" + URLEncoder.encode("ادلب", StandardCharsets.UTF_8))
                .body();
        assertThat(fragment).contains("/gazetteer/SY07").doesNotContain("<html");
    }

    @Test
    void aDamagedArabicNameIsExplainedNotShown() {
        String html = page("/gazetteer/C1466").body();
        assertThat(html).contains("Upper Dhak").doesNotContain("\uFFFD");
    }

    @Test
    void anUnknownAreaIsNotFound() {
        assertThat(new HttpApi(port).get("/gazetteer/SY99").status()).isEqualTo(404);
    }
}
