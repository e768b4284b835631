package org.homeward.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.statistics.Finding;
import org.homeward.statistics.FindingKind;
import org.homeward.statistics.ReportedFigure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Figures and findings as the pages show them: labels in the reader's language, counts formatted. */
@Component
class FigureViews {

    private final MessageSource messages;
    private final Gazetteer gazetteer;

    FigureViews(MessageSource messages, Gazetteer gazetteer) {
        this.messages = messages;
        this.gazetteer = gazetteer;
    }

    record FigureRow(
            long id,
            String indicator,
            String value,
            String period,
            String area,
            String areaCode,
            String publisher,
            String speaker,
            String reportedOn,
            String sourceKind,
            String reference,
            String note) {}

    record FindingRow(
            String kind,
            String severity,
            String severityCode,
            String indicator,
            String area,
            String period,
            List<String> figures,
            String arithmetic,
            String message) {}

    FigureRow row(ReportedFigure figure, Locale locale) {
        return new FigureRow(
                figure.id(),
                indicator(figure.indicator().code(), locale),
                stated(figure.qualifier().name(), figure.value(), locale),
                figure.periodStart() + " – " + figure.periodEnd(),
                areaName(figure.area(), locale),
                figure.area(),
                figure.publisher(),
                figure.speaker(),
                figure.reportedOn().toString(),
                message("statistics.source." + figure.sourceKind().name(), locale),
                figure.reference(),
                figure.note());
    }

    FindingRow row(Finding finding, Locale locale) {
        List<String> figures = finding.figures().stream()
                .map(f -> "#" + f.id() + " " + indicator(f.indicator().code(), locale) + ": "
                        + stated(f.qualifier().name(), f.value(), locale) + " (" + f.publisher()
                        + (f.speaker() == null ? "" : ", " + f.speaker()) + ", " + f.reportedOn() + ")")
                .toList();
        return new FindingRow(
                message("statistics.kind." + finding.kind().name(), locale),
                message("statistics.severity." + finding.severity().code(), locale),
                finding.severity().code(),
                indicator(finding.indicator().code(), locale),
                areaName(finding.area(), locale),
                finding.periodStart() + " – " + finding.periodEnd(),
                figures,
                arithmetic(finding.kind(), finding.arithmetic(), locale),
                finding.message());
    }

    String indicator(String code, Locale locale) {
        return message("statistics.indicator." + code, locale);
    }

    String stated(String qualifier, long value, Locale locale) {
        return messages.getMessage(
                "statistics.stated." + qualifier, new Object[] {Counts.format(value, locale)}, locale);
    }

    String areaName(String code, Locale locale) {
        if (code.length() == 3) {
            return gazetteer.country(code).map(c -> c.name(locale)).orElse(code);
        }
        return gazetteer.find(code).map(a -> a.name(locale)).orElse(code);
    }

    /** For the area filter's list: countries first named, then governorates. */
    List<Option> areaOptions(Locale locale) {
        List<Option> options = new ArrayList<>();
        gazetteer.country("SYR").ifPresent(c -> options.add(new Option(c.iso3(), c.name(locale))));
        for (Area governorate : gazetteer.governorates()) {
            options.add(new Option(governorate.pcode(), governorate.name(locale)));
        }
        return options;
    }

    record Option(String code, String label) {}

    private String arithmetic(FindingKind kind, Map<String, Object> numbers, Locale locale) {
        Object[] arguments = switch (kind) {
            case PARTS_DO_NOT_SUM ->
                new Object[] {
                    sum((List<?>) numbers.get("parts"), locale),
                    count(numbers.get("sumOfParts"), locale),
                    count(numbers.get("total"), locale),
                    count(numbers.get("gap"), locale)
                };
            case SOURCES_DISAGREE -> {
                List<?> values = (List<?>) numbers.get("values");
                yield new Object[] {
                    count(values.get(0), locale), count(values.get(1), locale), count(numbers.get("difference"), locale)
                };
            }
            case CUMULATIVE_SHRINKS ->
                new Object[] {
                    count(numbers.get("earlier"), locale),
                    count(numbers.get("later"), locale),
                    count(numbers.get("decrease"), locale)
                };
            case REGISTRY_DIFFERS ->
                new Object[] {
                    count(numbers.get("reported"), locale),
                    count(numbers.get("registry"), locale),
                    count(numbers.get("difference"), locale)
                };
        };
        return messages.getMessage("statistics.arithmetic." + kind.name(), arguments, locale);
    }

    private static String sum(List<?> parts, Locale locale) {
        return String.join(
                " + ", parts.stream().map(part -> count(part, locale)).toList());
    }

    private static String count(Object number, Locale locale) {
        return Counts.format(((Number) number).longValue(), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
