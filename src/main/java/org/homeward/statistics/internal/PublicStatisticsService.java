package org.homeward.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.statistics.DisclosureControl;
import org.homeward.statistics.PublicReturns;
import org.homeward.statistics.PublicStatistics;
import org.homeward.statistics.PublicTable;
import org.homeward.statistics.ReturnCounts;
import org.homeward.statistics.ReturnCounts.GovernorateReturns;
import org.homeward.statistics.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Builds the public table of returns: governorates by refugee and IDP returns, with totals, through disclosure
 * control. The counts come from the {@link ReturnCounts} bean once the returns module provides one.
 */
@Service
class PublicStatisticsService implements PublicStatistics {

    static final List<String> COLUMNS = List.of("refugees", "idps");

    private static final Logger log = LoggerFactory.getLogger(PublicStatisticsService.class);

    private final Gazetteer gazetteer;
    private final ObjectProvider<ReturnCounts> counts;

    PublicStatisticsService(Gazetteer gazetteer, ObjectProvider<ReturnCounts> counts) {
        this.gazetteer = gazetteer;
        this.counts = counts;
    }

    @Override
    public PublicReturns returnsByGovernorate(LocalDate from, LocalDate to) {
        List<Area> governorates = gazetteer.governorates().stream()
                .sorted(Comparator.comparing(Area::pcode))
                .toList();
        if (governorates.isEmpty()) {
            PublicTable.Cell zero = PublicTable.Cell.shown(0);
            return new PublicReturns(from, to, List.of(), zero, zero, zero, false, DisclosureControl.RULE);
        }
        Map<String, long[]> byPcode = new HashMap<>();
        for (GovernorateReturns returns :
                counts.getIfAvailable(ReturnCounts::none).byGovernorate(from, to)) {
            long[] row = byPcode.computeIfAbsent(returns.adm1Pcode(), pcode -> new long[2]);
            row[0] += returns.refugees();
            row[1] += returns.idps();
        }
        long[][] cells = new long[governorates.size()][];
        for (int r = 0; r < governorates.size(); r++) {
            cells[r] = byPcode.getOrDefault(governorates.get(r).pcode(), new long[2]);
        }
        byPcode.keySet().stream()
                .filter(pcode -> governorates.stream().noneMatch(g -> g.pcode().equals(pcode)))
                .forEach(pcode -> log.warn("Return counts name {}, which is not a governorate; left out", pcode));
        PublicTable table = DisclosureControl.suppress(
                new Table(governorates.stream().map(Area::pcode).toList(), COLUMNS, cells));
        List<PublicReturns.Row> rows = new ArrayList<>();
        for (int r = 0; r < governorates.size(); r++) {
            Area governorate = governorates.get(r);
            rows.add(new PublicReturns.Row(
                    governorate.pcode(),
                    governorate.nameEn(),
                    governorate.nameAr(),
                    table.cell(r, 0),
                    table.cell(r, 1),
                    table.rowTotals().get(r)));
        }
        return new PublicReturns(
                from,
                to,
                rows,
                table.columnTotals().get(0),
                table.columnTotals().get(1),
                table.grandTotal(),
                table.anySuppressed(),
                DisclosureControl.RULE);
    }
}
