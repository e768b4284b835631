package org.homeward.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.statistics.FindingKind;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Indicator.Composition;
import org.homeward.statistics.RegistryFigures;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.Severity;
import org.homeward.statistics.internal.Discrepancy.Stated;

/**
 * Finds where reported figures disagree: parts that do not sum to their total, sources that disagree, cumulative
 * figures that shrink, and figures that differ from what Homeward's records count. Each figure stands for an
 * {@link Interval}; a finding is a {@link Severity#WARNING} when the allowed intervals rule out that all the
 * figures are true, and a {@link Severity#NOTICE} when only the qualifiers reconcile the numbers as written. The
 * rules and a worked example are in docs/reconciliation.md. Pure: no database, no Spring.
 */
final class Reconciler {

    private static final Comparator<ReportedFigure> REPORTED =
            Comparator.comparing(ReportedFigure::reportedOn).thenComparingLong(ReportedFigure::id);

    private final double tolerance;
    private final RegistryFigures registry;

    Reconciler(double tolerance, RegistryFigures registry) {
        this.tolerance = tolerance;
        this.registry = registry;
    }

    List<Discrepancy> reconcile(List<ReportedFigure> figures) {
        List<Discrepancy> found = new ArrayList<>();
        found.addAll(partsThatDoNotSum(figures));
        found.addAll(sourcesThatDisagree(figures));
        found.addAll(cumulativeFiguresThatShrink(figures));
        found.addAll(registryDifferences(figures));
        return found;
    }

    /** Per source, period and area: the source's latest parts against its latest total. */
    List<Discrepancy> partsThatDoNotSum(List<ReportedFigure> figures) {
        List<Discrepancy> found = new ArrayList<>();
        Map<List<Object>, List<ReportedFigure>> bySource =
                group(figures, f -> List.of(f.publisher(), f.area(), f.periodStart(), f.periodEnd()));
        for (List<ReportedFigure> statement : bySource.values()) {
            Map<Indicator, ReportedFigure> latest = statement.stream()
                    .collect(Collectors.toMap(
                            ReportedFigure::indicator, f -> f, (a, b) -> REPORTED.compare(a, b) >= 0 ? a : b));
            for (Composition composition : Indicator.compositions()) {
                ReportedFigure total = latest.get(composition.total());
                List<ReportedFigure> parts =
                        composition.parts().stream().map(latest::get).toList();
                if (total != null && parts.stream().allMatch(part -> part != null)) {
                    checkSum(total, parts).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private Optional<Discrepancy> checkSum(ReportedFigure total, List<ReportedFigure> parts) {
        Interval allowedSum = Interval.exactly(0);
        Interval writtenSum = Interval.exactly(0);
        long sum = 0;
        for (ReportedFigure part : parts) {
            allowedSum = allowedSum.plus(allowed(part));
            writtenSum = writtenSum.plus(written(part));
            sum += part.value();
        }
        Optional<Severity> severity = severity(allowedSum, allowed(total), writtenSum, written(total));
        if (severity.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> arithmetic = new LinkedHashMap<>();
        arithmetic.put("parts", parts.stream().map(ReportedFigure::value).toList());
        arithmetic.put(
                "partIndicators", parts.stream().map(p -> p.indicator().code()).toList());
        arithmetic.put("sumOfParts", sum);
        arithmetic.put("total", total.value());
        arithmetic.put("gap", total.value() - sum);
        arithmetic.put("consistentByQualifiers", severity.get() == Severity.NOTICE);
        List<ReportedFigure> involved = new ArrayList<>(parts);
        involved.addFirst(total);
        return Optional.of(discrepancy(
                FindingKind.PARTS_DO_NOT_SUM,
                severity.get(),
                total,
                involved,
                arithmetic,
                List.of(total.publisher(), sum, Stated.of(total), Math.abs(total.value() - sum))));
    }

    /** Per indicator, period and area: each source's latest figure against every other source's. */
    List<Discrepancy> sourcesThatDisagree(List<ReportedFigure> figures) {
        List<Discrepancy> found = new ArrayList<>();
        Map<List<Object>, List<ReportedFigure>> byMeasure =
                group(figures, f -> List.of(f.indicator(), f.area(), f.periodStart(), f.periodEnd()));
        for (List<ReportedFigure> same : byMeasure.values()) {
            List<ReportedFigure> latest = latestPerPublisher(same);
            for (int i = 0; i < latest.size(); i++) {
                for (int j = i + 1; j < latest.size(); j++) {
                    compareSources(latest.get(i), latest.get(j)).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private Optional<Discrepancy> compareSources(ReportedFigure a, ReportedFigure b) {
        return severity(allowed(a), allowed(b), written(a), written(b)).map(severity -> {
            Map<String, Object> arithmetic = new LinkedHashMap<>();
            arithmetic.put("values", List.of(a.value(), b.value()));
            arithmetic.put("difference", Math.abs(a.value() - b.value()));
            arithmetic.put("consistentByQualifiers", severity == Severity.NOTICE);
            return discrepancy(
                    FindingKind.SOURCES_DISAGREE,
                    severity,
                    a,
                    List.of(a, b),
                    arithmetic,
                    List.of(a.publisher(), Stated.of(a), b.publisher(), Stated.of(b), Math.abs(a.value() - b.value())));
        });
    }

    /**
     * Per cumulative indicator, area, start date and source: a figure for a later end date (or the same end
     * date, reported later) must not be smaller than the largest earlier one.
     */
    List<Discrepancy> cumulativeFiguresThatShrink(List<ReportedFigure> figures) {
        List<Discrepancy> found = new ArrayList<>();
        Map<List<Object>, List<ReportedFigure>> series = group(
                figures.stream().filter(f -> f.indicator().cumulative()).toList(),
                f -> List.of(f.indicator(), f.area(), f.periodStart(), f.publisher()));
        Comparator<ReportedFigure> order =
                Comparator.comparing(ReportedFigure::periodEnd).thenComparing(REPORTED);
        for (List<ReportedFigure> one : series.values()) {
            List<ReportedFigure> sorted = one.stream().sorted(order).toList();
            for (int i = 1; i < sorted.size(); i++) {
                ReportedFigure later = sorted.get(i);
                sorted.subList(0, i).stream()
                        .filter(earlier -> isEarlier(earlier, later))
                        .max(Comparator.comparingLong(ReportedFigure::value).thenComparing(REPORTED))
                        .flatMap(earlier -> checkShrink(earlier, later))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private static boolean isEarlier(ReportedFigure earlier, ReportedFigure later) {
        return earlier.periodEnd().isBefore(later.periodEnd())
                || (earlier.periodEnd().equals(later.periodEnd())
                        && earlier.reportedOn().isBefore(later.reportedOn()));
    }

    private Optional<Discrepancy> checkShrink(ReportedFigure earlier, ReportedFigure later) {
        Severity severity;
        if (allowed(later).below(allowed(earlier))) {
            severity = Severity.WARNING;
        } else if (written(later).below(written(earlier))) {
            severity = Severity.NOTICE;
        } else {
            return Optional.empty();
        }
        Map<String, Object> arithmetic = new LinkedHashMap<>();
        arithmetic.put("earlier", earlier.value());
        arithmetic.put("later", later.value());
        arithmetic.put("decrease", earlier.value() - later.value());
        arithmetic.put("consistentByQualifiers", severity == Severity.NOTICE);
        return Optional.of(discrepancy(
                FindingKind.CUMULATIVE_SHRINKS,
                severity,
                later,
                List.of(earlier, later),
                arithmetic,
                List.of(
                        later.publisher(),
                        Stated.of(earlier),
                        earlier.periodEnd().toString(),
                        Stated.of(later),
                        later.periodEnd().toString(),
                        earlier.value() - later.value())));
    }

    /** Per figure Homeward's records can count: each source's latest figure against the records' count. */
    List<Discrepancy> registryDifferences(List<ReportedFigure> figures) {
        List<Discrepancy> found = new ArrayList<>();
        Map<List<Object>, List<ReportedFigure>> byMeasure = group(
                figures.stream().filter(f -> f.indicator().countedByRegistry()).toList(),
                f -> List.of(f.indicator(), f.area(), f.periodStart(), f.periodEnd()));
        for (List<ReportedFigure> same : byMeasure.values()) {
            ReportedFigure first = same.getFirst();
            OptionalLong counted =
                    registry.count(first.indicator().code(), first.periodStart(), first.periodEnd(), first.area());
            if (counted.isEmpty()) {
                continue;
            }
            Interval records = Interval.exactly(counted.getAsLong());
            for (ReportedFigure figure : latestPerPublisher(same)) {
                severity(allowed(figure), records, written(figure), records)
                        .map(severity -> registryDiscrepancy(figure, counted.getAsLong(), severity))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private Discrepancy registryDiscrepancy(ReportedFigure figure, long counted, Severity severity) {
        Map<String, Object> arithmetic = new LinkedHashMap<>();
        arithmetic.put("reported", figure.value());
        arithmetic.put("registry", counted);
        arithmetic.put("difference", figure.value() - counted);
        arithmetic.put("consistentByQualifiers", severity == Severity.NOTICE);
        return discrepancy(
                FindingKind.REGISTRY_DIFFERS,
                severity,
                figure,
                List.of(figure),
                arithmetic,
                List.of(figure.publisher(), Stated.of(figure), counted, Math.abs(figure.value() - counted)));
    }

    /** Warning when the allowed intervals do not meet, notice when only the written ones do not. */
    private static Optional<Severity> severity(
            Interval allowedA, Interval allowedB, Interval writtenA, Interval writtenB) {
        if (!allowedA.intersects(allowedB)) {
            return Optional.of(Severity.WARNING);
        }
        if (!writtenA.intersects(writtenB)) {
            return Optional.of(Severity.NOTICE);
        }
        return Optional.empty();
    }

    private Interval allowed(ReportedFigure figure) {
        return Interval.allowed(figure.qualifier(), figure.value(), tolerance);
    }

    private Interval written(ReportedFigure figure) {
        return Interval.written(figure.qualifier(), figure.value(), tolerance);
    }

    private static List<ReportedFigure> latestPerPublisher(List<ReportedFigure> figures) {
        return figures.stream()
                .collect(Collectors.toMap(
                        ReportedFigure::publisher,
                        f -> f,
                        (a, b) -> REPORTED.compare(a, b) >= 0 ? a : b,
                        LinkedHashMap::new))
                .values()
                .stream()
                .sorted(Comparator.comparingLong(ReportedFigure::id))
                .toList();
    }

    private static Map<List<Object>, List<ReportedFigure>> group(
            List<ReportedFigure> figures, Function<ReportedFigure, List<Object>> key) {
        return figures.stream()
                .sorted(Comparator.comparingLong(ReportedFigure::id))
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static Discrepancy discrepancy(
            FindingKind kind,
            Severity severity,
            ReportedFigure subject,
            List<ReportedFigure> figures,
            Map<String, Object> arithmetic,
            List<Object> arguments) {
        LocalDate start = subject.periodStart();
        LocalDate end = subject.periodEnd();
        return new Discrepancy(
                kind, severity, subject.indicator(), subject.area(), start, end, figures, arithmetic, arguments);
    }
}
