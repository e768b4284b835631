package org.homeward.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.statistics.ReturnCounts.GovernorateReturns;
import org.homeward.statistics.SituationFigures.MonthReturns;
import org.homeward.statistics.SituationFigures.Situation;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class SitrepDocumentTest {

    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);

    private static final List<SitrepDocument.Place> PLACES_EN = List.of(
            new SitrepDocument.Place("SY01", "Damascus"),
            new SitrepDocument.Place("SY02", "Aleppo"),
            new SitrepDocument.Place("SY07", "Idleb"));
    private static final List<SitrepDocument.Place> PLACES_AR = List.of(
            new SitrepDocument.Place("SY01", "دمشق"),
            new SitrepDocument.Place("SY02", "حلب"),
            new SitrepDocument.Place("SY07", "إدلب"));

    @Test
    void englishReportIsOnePageWithItsHeadlineFiguresAndLabels() throws IOException {
        String text = text(render("en", PLACES_EN, false));

        assertThat(text).contains("Situation report: voluntary returns", "People returned", "Refugees returned");
        assertThat(text).contains("13,579", "12,345", "1,234", "Idleb", "Definitions", "Sources", "2018-01-01");
    }

    @Test
    void arabicReportIsOnePageWithShapedLabelsThatExtractAsArabicText() throws IOException {
        String text = text(render("ar", PLACES_AR, true));

        assertThat(text).contains("تقرير الوضع", "العائدون", "إدلب", "تعريفات", "المصادر");
        assertThat(text).contains("13,579", "12,345", "1,234");
    }

    @Test
    void russianReportDrawsCyrillic() throws IOException {
        assertThat(text(render("ru", PLACES_EN, false))).contains("Сводка о ситуации");
    }

    private static byte[] render(String language, List<SitrepDocument.Place> places, boolean rightToLeft)
            throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/exports");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SitrepLabels labels = new SitrepLabels(messages, Locale.forLanguageTag(language), FROM, TO, TO);
        byte[] pdf = SitrepDocument.render(situation(), labels, places, new Boundaries(), rightToLeft);
        Path out = Path.of("target", "sitrep-test-" + language + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        return pdf;
    }

    private static Situation situation() {
        List<MonthReturns> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(new MonthReturns(YearMonth.of(2023, 7).plusMonths(i), 100L * (i % 7), 40L * (i % 5)));
        }
        return new Situation(
                FROM,
                TO,
                12_345,
                1_234,
                List.of(new GovernorateReturns("SY07", 10_000, 1_000), new GovernorateReturns("SY02", 2_345, 234)),
                months,
                List.of());
    }

    /** The page's text as a reader extracts it, presentation forms folded back to letters (NFKC). */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }
}
