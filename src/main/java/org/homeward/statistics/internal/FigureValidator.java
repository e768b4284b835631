package org.homeward.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.homeward.statistics.FigureDraft;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Qualifier;
import org.homeward.statistics.SourceKind;
import org.springframework.stereotype.Component;

/**
 * Checks a figure as a client sent it and normalises it (trimmed text, area as a code), collecting every
 * problem so that the answer lists them all. The API, the import and the seed all go through here.
 */
@Component
class FigureValidator {

    static final long MAX_VALUE = 10_000_000_000L;
    static final int MAX_PUBLISHER = 300;
    static final int MAX_SPEAKER = 200;
    static final int MAX_REFERENCE = 1000;
    static final int MAX_NOTE = 2000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern CONTROL_OR_NEWLINE = Pattern.compile("\\p{Cc}");

    private final AreaCodes areas;
    private final Clock clock;

    FigureValidator(AreaCodes areas, Clock clock) {
        this.areas = areas;
        this.clock = clock;
    }

    /** A checked draft: the data when there is no problem, else the problems. */
    record Checked(FigureData data, List<FieldError> problems) {}

    FigureData validate(FigureDraft draft) {
        Checked checked = check(draft);
        if (!checked.problems().isEmpty()) {
            throw new ValidationException(checked.problems());
        }
        return checked.data();
    }

    Checked check(FigureDraft draft) {
        List<FieldError> problems = new ArrayList<>();
        Indicator indicator = indicator(draft.indicator(), problems);
        Qualifier qualifier = enumValue(
                "qualifier", draft.qualifier(), Qualifier.EXACT, Qualifier::parse, Qualifier.names(), problems);
        SourceKind sourceKind = enumValue(
                "sourceKind",
                draft.sourceKind(),
                SourceKind.STATEMENT,
                SourceKind::parse,
                SourceKind.names(),
                problems);
        checkValue(draft.value(), qualifier, problems);
        checkPeriod(draft.periodStart(), draft.periodEnd(), draft.reportedOn(), problems);
        String area = area(draft.area(), problems);
        String publisher = text("publisher", draft.publisher(), MAX_PUBLISHER, CONTROL_OR_NEWLINE, problems);
        if (publisher == null && problems.stream().noneMatch(p -> p.field().equals("publisher"))) {
            problems.add(new FieldError(
                    "publisher", "required", "a figure needs its source: say who published it (publisher)"));
        }
        String speaker = text("speaker", draft.speaker(), MAX_SPEAKER, CONTROL_OR_NEWLINE, problems);
        String reference = text("reference", draft.reference(), MAX_REFERENCE, CONTROL_OR_NEWLINE, problems);
        String note = text("note", draft.note(), MAX_NOTE, CONTROL, problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(
                new FigureData(
                        indicator,
                        draft.value(),
                        qualifier,
                        draft.periodStart(),
                        draft.periodEnd(),
                        area,
                        publisher,
                        speaker,
                        draft.reportedOn(),
                        reference,
                        note,
                        sourceKind),
                List.of());
    }

    private static Indicator indicator(String code, List<FieldError> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldError("indicator", "required", "say what the figure counts (indicator)"));
            return null;
        }
        Optional<Indicator> indicator = Indicator.fromCode(code);
        if (indicator.isEmpty()) {
            problems.add(new FieldError(
                    "indicator",
                    "unknown",
                    "unknown indicator '" + shorten(code) + "'; expected one of " + Indicator.codes()));
        }
        return indicator.orElse(null);
    }

    private static <T> T enumValue(
            String field,
            String text,
            T absent,
            Function<String, Optional<T>> parse,
            String names,
            List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            problems.add(new FieldError(
                    field, "unknown", "unknown " + field + " '" + shorten(text) + "'; expected one of " + names));
        }
        return value.orElse(null);
    }

    private static void checkValue(Long value, Qualifier qualifier, List<FieldError> problems) {
        if (value == null) {
            problems.add(new FieldError("value", "required", "a figure needs its value"));
        } else if (value < 0) {
            problems.add(new FieldError("value", "negative", "a count of people cannot be negative"));
        } else if (value > MAX_VALUE) {
            problems.add(new FieldError("value", "too-large", "at most " + MAX_VALUE + " people"));
        } else if (value == 0 && qualifier == Qualifier.LESS_THAN) {
            problems.add(new FieldError("qualifier", "impossible", "no count is less than 0"));
        }
    }

    private void checkPeriod(LocalDate start, LocalDate end, LocalDate reportedOn, List<FieldError> problems) {
        if (start == null) {
            problems.add(new FieldError("periodStart", "required", "say when the period counted starts"));
        }
        if (end == null) {
            problems.add(new FieldError("periodEnd", "required", "say when the period counted ends"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldError(
                    "periodEnd", "before-start", "the period ends (" + end + ") before it starts (" + start + ")"));
        }
        if (reportedOn == null) {
            problems.add(new FieldError("reportedOn", "required", "say when the figure was reported"));
        } else if (reportedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldError("reportedOn", "in-future", "a figure cannot be reported after today"));
        } else if (start != null && reportedOn.isBefore(start)) {
            problems.add(new FieldError(
                    "reportedOn", "before-period", "the figure was reported before the period it counts began"));
        }
    }

    private String area(String text, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldError("area", "required", "say where the figure counts (area)"));
            return null;
        }
        Optional<String> code = areas.resolve(text);
        if (code.isEmpty()) {
            problems.add(new FieldError(
                    "area",
                    "unknown",
                    "unknown area '" + shorten(text) + "'; expected a P-code (SY07), an ISO 3166 country code"
                            + " (SYR) or a country or governorate name"));
        }
        return code.orElse(null);
    }

    private static String text(String field, String text, int max, Pattern forbidden, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            problems.add(new FieldError(field, "too-long", "at most " + max + " characters"));
        } else if (forbidden.matcher(value).find()) {
            problems.add(new FieldError(field, "control-characters", "holds control characters"));
        }
        return value;
    }

    private static String shorten(String text) {
        String value = text.strip();
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
