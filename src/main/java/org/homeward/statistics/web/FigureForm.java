package org.homeward.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.homeward.statistics.FigureDraft;
import org.homeward.statistics.ReportedFigure;

/**
 * The add/edit form of a figure, every field as typed, so that a wrong value comes back to the user as they
 * typed it with a message beside it.
 */
record FigureForm(
        String indicator,
        String value,
        String qualifier,
        String periodStart,
        String periodEnd,
        String area,
        String publisher,
        String speaker,
        String reportedOn,
        String reference,
        String note,
        String sourceKind,
        Integer version) {

    static FigureForm blank() {
        return new FigureForm("returnees_total", "", "EXACT", "", "", "", "", "", "", "", "", "STATEMENT", null);
    }

    static FigureForm of(ReportedFigure figure) {
        return new FigureForm(
                figure.indicator().code(),
                Long.toString(figure.value()),
                figure.qualifier().name(),
                figure.periodStart().toString(),
                figure.periodEnd().toString(),
                figure.area(),
                figure.publisher(),
                figure.speaker(),
                figure.reportedOn().toString(),
                figure.reference(),
                figure.note(),
                figure.sourceKind().name(),
                figure.version());
    }

    /** The draft, with what cannot be read (a number, a date) left empty and its error code put in {@code errors}. */
    FigureDraft toDraft(Map<String, String> errors) {
        return new FigureDraft(
                indicator,
                number(value, errors),
                qualifier,
                date("periodStart", periodStart, errors),
                date("periodEnd", periodEnd, errors),
                area,
                publisher,
                speaker,
                date("reportedOn", reportedOn, errors),
                reference,
                note,
                sourceKind);
    }

    private static Long number(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "");
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            errors.put("value", "not-a-number");
            return null;
        }
    }

    private static LocalDate date(String field, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "not-a-date");
            return null;
        }
    }
}
