package org.homeward.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Qualifier;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.SourceKind;

/** A validated, normalised figure, ready to store. */
record FigureData(
        Indicator indicator,
        long value,
        Qualifier qualifier,
        LocalDate periodStart,
        LocalDate periodEnd,
        String area,
        String publisher,
        String speaker,
        LocalDate reportedOn,
        String reference,
        String note,
        SourceKind sourceKind) {

    static FigureData of(ReportedFigure figure) {
        return new FigureData(
                figure.indicator(),
                figure.value(),
                figure.qualifier(),
                figure.periodStart(),
                figure.periodEnd(),
                figure.area(),
                figure.publisher(),
                figure.speaker(),
                figure.reportedOn(),
                figure.reference(),
                figure.note(),
                figure.sourceKind());
    }

    /**
     * What identifies a figure in the world: what it counts, for when and where, who said it and when. Two
     * live figures never share it.
     */
    String naturalKey() {
        return String.join(
                "|",
                indicator.code(),
                periodStart.toString(),
                periodEnd.toString(),
                area,
                publisher,
                reportedOn.toString(),
                speaker == null ? "" : speaker);
    }

    boolean sameKey(FigureData other) {
        return naturalKey().equals(other.naturalKey());
    }

    /** The names of the fields that differ, for the audit log (names only, never values). */
    List<String> changedFields(FigureData after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "indicator", indicator, after.indicator);
        compare(changed, "value", value, after.value);
        compare(changed, "qualifier", qualifier, after.qualifier);
        compare(changed, "periodStart", periodStart, after.periodStart);
        compare(changed, "periodEnd", periodEnd, after.periodEnd);
        compare(changed, "area", area, after.area);
        compare(changed, "publisher", publisher, after.publisher);
        compare(changed, "speaker", speaker, after.speaker);
        compare(changed, "reportedOn", reportedOn, after.reportedOn);
        compare(changed, "reference", reference, after.reference);
        compare(changed, "note", note, after.note);
        compare(changed, "sourceKind", sourceKind, after.sourceKind);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
