package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One finding of reconciliation: which figures, the arithmetic that shows the problem, and a sentence saying it.
 *
 * @param arithmetic the numbers behind the finding, e.g. {@code {"parts":[1372000,947000],"sumOfParts":2319000,
 *     "total":2350000,"gap":31000}}
 * @param message the finding in one sentence, in the language asked for
 */
public record Finding(
        FindingKind kind,
        Severity severity,
        Indicator indicator,
        String area,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<FigureRef> figures,
        Map<String, Object> arithmetic,
        String message) {

    /** A figure as a finding names it. */
    public record FigureRef(
            long id,
            Indicator indicator,
            long value,
            Qualifier qualifier,
            String publisher,
            String speaker,
            LocalDate reportedOn) {

        public static FigureRef of(ReportedFigure figure) {
            return new FigureRef(
                    figure.id(),
                    figure.indicator(),
                    figure.value(),
                    figure.qualifier(),
                    figure.publisher(),
                    figure.speaker(),
                    figure.reportedOn());
        }
    }
}
