package org.homeward.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.registry.DisplacedPopulation;
import org.homeward.sites.SiteSummary;
import org.homeward.sites.Sites;
import org.homeward.statistics.Headline;
import org.homeward.statistics.RecomputeReport;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnQuery;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one implementation of the counting rules for everything that reads returns: breakdowns and headline figures
 * (this class), the public table and the reconciliation with reported figures ({@link RecordsCounts}).
 */
@Service
class ReturnStatisticsService implements ReturnStatistics {

    private final BreakdownQueries queries;
    private final ReturnQueryCheck check;
    private final RollupRecompute recompute;
    private final DisplacedPopulation.Query population;
    private final Sites sites;
    private final Clock clock;

    ReturnStatisticsService(
            BreakdownQueries queries,
            ReturnQueryCheck check,
            RollupRecompute recompute,
            DisplacedPopulation.Query population,
            Sites sites,
            Clock clock) {
        this.queries = queries;
        this.check = check;
        this.recompute = recompute;
        this.population = population;
        this.sites = sites;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ReturnBreakdown breakdown(ReturnQuery asked) {
        ReturnQuery query = check.checked(asked);
        Map<List<String>, Long> cells = count(query, query.groupBy());
        long total;
        if (query.groupBy().contains(ReturnDimension.NEED)) {
            total = count(query, List.of()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        } else {
            total = cells.values().stream().mapToLong(Long::longValue).sum();
        }
        List<ReturnBreakdown.Row> rows = new ArrayList<>();
        cells.entrySet().stream()
                .map(cell -> row(query.groupBy(), cell.getKey(), cell.getValue()))
                .sorted(rowOrder(query.groupBy()))
                .forEach(rows::add);
        return new ReturnBreakdown(query.groupBy(), rows, total);
    }

    /** Counts of one query, merged over the parts of its period. */
    private Map<List<String>, Long> count(ReturnQuery query, List<ReturnDimension> groupBy) {
        Set<ReturnDimension> used = new java.util.HashSet<>(groupBy);
        used.addAll(query.filters().keySet());
        RollupSource rollup = RollupSource.smallestFor(used);
        PeriodPlan plan = PeriodPlan.of(query.from(), query.to(), LocalDate.now(clock));
        Map<List<String>, Long> cells = new HashMap<>();
        if (plan.firstMonth() != null) {
            queries.addCounts(rollup, plan.firstMonth(), plan.lastMonth(), groupBy, query.filters(), cells);
        }
        for (PeriodPlan.Span days : plan.days()) {
            queries.addCounts(RollupSource.MOVEMENTS, days.from(), days.to(), groupBy, query.filters(), cells);
        }
        return cells;
    }

    private static ReturnBreakdown.Row row(List<ReturnDimension> groupBy, List<String> key, long returns) {
        Map<ReturnDimension, String> values = new EnumMap<>(ReturnDimension.class);
        for (int i = 0; i < groupBy.size(); i++) {
            String value = key.get(i);
            values.put(groupBy.get(i), value == null || value.isEmpty() ? null : value);
        }
        return new ReturnBreakdown.Row(values, returns);
    }

    private static Comparator<ReturnBreakdown.Row> rowOrder(List<ReturnDimension> groupBy) {
        Comparator<ReturnBreakdown.Row> order = (a, b) -> 0;
        for (ReturnDimension dimension : groupBy) {
            order = order.thenComparing(row -> row.values().get(dimension), dimension.valueOrder());
        }
        return order;
    }

    @Override
    @Transactional(readOnly = true)
    public Headline headline(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? SINCE : from;
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        ReturnBreakdown byType = breakdown(new ReturnQuery(start, end, List.of(ReturnDimension.TYPE), Map.of()));
        long idp = 0;
        long refugee = 0;
        for (ReturnBreakdown.Row row : byType.rows()) {
            if ("IDP".equals(row.values().get(ReturnDimension.TYPE))) {
                idp += row.returns();
            } else {
                refugee += row.returns();
            }
        }
        DisplacedPopulation now = population.now();
        long inCamps = 0;
        long inCampsAbroad = 0;
        for (SiteSummary site : sites.sites()) {
            if ("CAMP".equalsIgnoreCase(site.kind()) && site.estimatedPopulation() != null) {
                if ("SYR".equals(site.countryIso3())) {
                    inCamps += site.estimatedPopulation();
                } else {
                    inCampsAbroad += site.estimatedPopulation();
                }
            }
        }
        return new Headline(
                start, end, byType.total(), idp, refugee, now.refugeesAbroad(), now.idps(), inCamps, inCampsAbroad);
    }

    @Override
    public RecomputeReport recompute() {
        long began = System.nanoTime();
        RecomputeReport returns = recompute.run();
        // its own transaction after the roll-ups': locking household while holding return_movement could deadlock
        // with an arrival, which writes both
        DisplacedPopulation.Recount registry = population.recount();
        List<RecomputeReport.TableReport> tables = new ArrayList<>(returns.tables());
        tables.add(new RecomputeReport.TableReport(
                registry.table(),
                registry.cells(),
                registry.added(),
                registry.removed(),
                registry.changed(),
                registry.examples().stream()
                        .map(d -> new RecomputeReport.CellDifference(d.cell(), d.stored(), d.recounted()))
                        .toList()));
        boolean consistent = tables.stream().allMatch(RecomputeReport.TableReport::consistent);
        long millis = (System.nanoTime() - began) / 1_000_000;
        return new RecomputeReport(returns.startedAt(), millis, returns.arrivals(), consistent, tables);
    }

    @Override
    public Map<String, String> definitions() {
        return Definitions.ALL;
    }
}
