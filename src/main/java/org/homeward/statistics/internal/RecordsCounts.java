package org.homeward.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.RegistryFigures;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnCounts;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnQuery;
import org.homeward.statistics.ReturnStatistics;
import org.springframework.stereotype.Component;

/**
 * The public table ({@link ReturnCounts}) and the reconciliation ({@link RegistryFigures}) count through {@link
 * ReturnStatistics}, so that every figure Homeward shows follows the same rule.
 */
@Component
class RecordsCounts implements ReturnCounts, RegistryFigures {

    /** An open start: before any return Homeward can hold. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final ReturnStatistics statistics;
    private final Gazetteer gazetteer;
    private final Clock clock;

    RecordsCounts(ReturnStatistics statistics, Gazetteer gazetteer, Clock clock) {
        this.statistics = statistics;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @Override
    public List<GovernorateReturns> byGovernorate(LocalDate from, LocalDate to) {
        ReturnBreakdown breakdown = statistics.breakdown(new ReturnQuery(
                from == null ? EARLIEST : from,
                to == null ? LocalDate.now(clock) : to,
                List.of(ReturnDimension.ADM1, ReturnDimension.TYPE),
                Map.of()));
        Map<String, long[]> byAdm1 = new HashMap<>();
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            String adm1 = row.values().get(ReturnDimension.ADM1);
            if (adm1 == null) {
                continue;
            }
            long[] counts = byAdm1.computeIfAbsent(adm1, key -> new long[2]);
            counts["IDP".equals(row.values().get(ReturnDimension.TYPE)) ? 1 : 0] += row.returns();
        }
        return byAdm1.entrySet().stream()
                .map(entry -> new GovernorateReturns(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    /**
     * Counts the return indicators for Syria (ISO3 SYR) or one governorate, district or sub-district; empty for
     * other indicators (stocks the registry holds only for today), other countries and communities.
     */
    @Override
    public OptionalLong count(String indicator, LocalDate from, LocalDate to, String area) {
        Indicator counted = Indicator.fromCode(indicator).orElse(null);
        if (counted == null || !counted.countedByRegistry() || area == null) {
            return OptionalLong.empty();
        }
        Map<ReturnDimension, Set<String>> filters = new HashMap<>();
        if (!"SYR".equalsIgnoreCase(area)) {
            Area found = gazetteer.find(area).orElse(null);
            if (found == null || found.level() < Area.GOVERNORATE || found.level() > Area.SUB_DISTRICT) {
                return OptionalLong.empty();
            }
            ReturnDimension level = List.of(ReturnDimension.ADM1, ReturnDimension.ADM2, ReturnDimension.ADM3)
                    .get(found.level() - 1);
            filters.put(level, Set.of(found.pcode()));
        }
        switch (counted) {
            case RETURNEES_IDP -> filters.put(ReturnDimension.TYPE, Set.of("IDP"));
            case RETURNEES_REFUGEE -> filters.put(ReturnDimension.TYPE, Set.of("REFUGEE"));
            default -> {}
        }
        LocalDate start = from == null ? EARLIEST : from;
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        if (end.isBefore(start)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(statistics
                .breakdown(new ReturnQuery(start, end, List.of(), filters))
                .total());
    }
}
