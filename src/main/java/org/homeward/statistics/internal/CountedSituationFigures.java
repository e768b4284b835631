package org.homeward.statistics.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.shared.PageRequest;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.ReturnCounts;
import org.homeward.statistics.ReturnCounts.GovernorateReturns;
import org.homeward.statistics.SituationFigures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Situation figures from {@link ReturnCounts} (the period by governorate, then each month of it) and the figures
 * ledger. One count per month keeps this independent of how the counting is done; a counting implementation that
 * groups by month in one query can replace this bean.
 */
@Service
class CountedSituationFigures implements SituationFigures {

    private static final Set<Indicator> RETURNEES =
            EnumSet.of(Indicator.RETURNEES_TOTAL, Indicator.RETURNEES_IDP, Indicator.RETURNEES_REFUGEE);

    private final ObjectProvider<ReturnCounts> counts;
    private final FigureLedger ledger;

    CountedSituationFigures(ObjectProvider<ReturnCounts> counts, FigureLedger ledger) {
        this.counts = counts;
        this.ledger = ledger;
    }

    @Override
    public Situation situation(LocalDate from, LocalDate to) {
        ReturnCounts returns = counts.getIfAvailable(ReturnCounts::none);
        List<GovernorateReturns> byGovernorate = returns.byGovernorate(from, to);
        long refugees =
                byGovernorate.stream().mapToLong(GovernorateReturns::refugees).sum();
        long idps = byGovernorate.stream().mapToLong(GovernorateReturns::idps).sum();
        List<MonthReturns> byMonth = new ArrayList<>();
        YearMonth first = YearMonth.from(from).isBefore(YearMonth.from(to).minusMonths(MONTHS - 1))
                ? YearMonth.from(to).minusMonths(MONTHS - 1)
                : YearMonth.from(from);
        for (YearMonth month = first; !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            List<GovernorateReturns> inMonth = returns.byGovernorate(start, end);
            byMonth.add(new MonthReturns(
                    month,
                    inMonth.stream().mapToLong(GovernorateReturns::refugees).sum(),
                    inMonth.stream().mapToLong(GovernorateReturns::idps).sum()));
        }
        return new Situation(from, to, refugees, idps, byGovernorate, byMonth, latestReported());
    }

    /** The newest figure per returnee indicator, among the most recent page of the ledger. */
    private List<ReportedFigure> latestReported() {
        Map<Indicator, ReportedFigure> latest = new LinkedHashMap<>();
        ledger.search(FigureSearch.all(), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(figure -> RETURNEES.contains(figure.indicator()) && "SYR".equals(figure.area()))
                .sorted(Comparator.comparing(ReportedFigure::reportedOn).reversed())
                .forEach(figure -> latest.putIfAbsent(figure.indicator(), figure));
        return List.copyOf(latest.values());
    }
}
