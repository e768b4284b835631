package org.homeward.exchange.export;

import java.time.LocalDate;
import java.util.Locale;
import org.homeward.statistics.ReportedFigure;
import org.springframework.context.MessageSource;

/** The report's words in one language, from the {@code exports} message bundle. */
record SitrepLabels(MessageSource messages, Locale locale, LocalDate from, LocalDate to, LocalDate issued) {

    String language() {
        return locale.getLanguage();
    }

    String title() {
        return text("exports.sitrep.title");
    }

    String period() {
        return text("exports.sitrep.period", ltr(from), ltr(to), ltr(issued));
    }

    String returns() {
        return text("exports.sitrep.returns");
    }

    String refugees() {
        return text("exports.sitrep.refugees");
    }

    String idps() {
        return text("exports.sitrep.idps");
    }

    String map() {
        return text("exports.sitrep.map");
    }

    String chart() {
        return text("exports.sitrep.chart");
    }

    String legendRefugees() {
        return text("exports.sitrep.legend.refugees");
    }

    String legendIdps() {
        return text("exports.sitrep.legend.idps");
    }

    String none() {
        return text("exports.sitrep.none");
    }

    String table() {
        return text("exports.sitrep.table");
    }

    String definitions() {
        return text("exports.sitrep.definitions");
    }

    String definitionReturn() {
        return text("exports.sitrep.definition.return");
    }

    String definitionTypes() {
        return text("exports.sitrep.definition.types");
    }

    String sources() {
        return text("exports.sitrep.sources");
    }

    String sourceRecords() {
        return text("exports.sitrep.source.records");
    }

    String sourceBoundaries() {
        return text("exports.sitrep.source.boundaries");
    }

    /** "UNHCR: 2,350,000 returnees_total (more than), 2018-01-01 to 2021-11-16, reported 2021-11-16". */
    String reported(ReportedFigure figure, String value) {
        return text(
                "exports.sitrep.source.reported",
                figure.publisher(),
                value,
                text("exports.sitrep.indicator." + figure.indicator().code()),
                text("exports.sitrep.qualifier." + figure.qualifier().name().toLowerCase(Locale.ROOT)),
                ltr(figure.periodStart()),
                ltr(figure.periodEnd()),
                ltr(figure.reportedOn()));
    }

    /** A date keeps its digits in order inside Arabic text (else the bidi algorithm may show 30-06-2025). */
    private static String ltr(LocalDate date) {
        return PdfCanvas.ltr(String.valueOf(date));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
