package org.homeward.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.statistics.FindingKind;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Qualifier;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.Severity;

/**
 * A finding before it is put into words: the message is a key of the statistics bundle
 * ({@code statistics.finding.<KIND>.<severity>}) with arguments that are text, counts ({@code Long}) or
 * {@link Stated} values, rendered in the reader's language.
 */
record Discrepancy(
        FindingKind kind,
        Severity severity,
        Indicator indicator,
        String area,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<ReportedFigure> figures,
        Map<String, Object> arithmetic,
        List<Object> messageArguments) {

    String messageKey() {
        return "statistics.finding." + kind.name() + "." + severity.code();
    }

    /** A value with its qualifier, as a message says it: "more than 2,350,000". */
    record Stated(Qualifier qualifier, long value) {
        static Stated of(ReportedFigure figure) {
            return new Stated(figure.qualifier(), figure.value());
        }
    }
}
