package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;
import org.homeward.statistics.PublicTable.Cell;

/**
 * Returns by destination governorate, safe to publish: every count is either exact or suppressed (see
 * {@link DisclosureControl}).
 *
 * @param rows one per governorate of the current gazetteer, by P-code
 * @param refugees refugee returns in all governorates
 * @param idps IDP returns in all governorates
 * @param total all returns
 * @param suppressed true when at least one count is suppressed
 */
public record PublicReturns(
        LocalDate from,
        LocalDate to,
        List<Row> rows,
        Cell refugees,
        Cell idps,
        Cell total,
        boolean suppressed,
        String rule) {

    public PublicReturns {
        rows = List.copyOf(rows);
    }

    /** One governorate: refugee returns, IDP returns and both together. */
    public record Row(String adm1, String nameEn, String nameAr, Cell refugees, Cell idps, Cell returns) {}
}
