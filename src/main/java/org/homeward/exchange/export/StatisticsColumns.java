package org.homeward.exchange.export;

import java.util.Arrays;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.statistics.PublicReturns;
import org.homeward.statistics.PublicTable.Cell;
import org.homeward.statistics.ReportedFigure;

/** Columns of the figures ledger and of the public returns table. */
final class StatisticsColumns {

    static final List<ExportColumn> FIGURES = List.of(
            ExportColumn.of("id", "#meta+id"),
            ExportColumn.of("indicator", "#indicator+code"),
            ExportColumn.of("value", "#indicator+value+num"),
            ExportColumn.of("qualifier", "#indicator+qualifier"),
            ExportColumn.of("periodStart", "#date+start"),
            ExportColumn.of("periodEnd", "#date+end"),
            ExportColumn.of("area", "#loc+code"),
            ExportColumn.of("publisher", "#meta+source"),
            ExportColumn.of("speaker", "#meta+speaker"),
            ExportColumn.of("reportedOn", "#date+reported"),
            ExportColumn.of("reference", "#meta+url"),
            ExportColumn.of("note", "#description"),
            ExportColumn.of("sourceKind", "#meta+source+type"));

    /** A suppressed count is its marker ({@code <5} or {@code x}) as text; a shown count is a number. */
    static final List<ExportColumn> PUBLIC_RETURNS = List.of(
            ExportColumn.of("adm1", "#adm1+code"),
            ExportColumn.of("nameEn", "#adm1+name+i_en"),
            ExportColumn.of("nameAr", "#adm1+name+i_ar"),
            ExportColumn.of("refugees", "#affected+returnees+refugees+ind"),
            ExportColumn.of("idps", "#affected+returnees+idps+ind"),
            ExportColumn.of("returns", "#affected+returnees+ind"));

    private StatisticsColumns() {}

    static List<?> row(ReportedFigure figure) {
        return Arrays.asList(
                figure.id(),
                figure.indicator().code(),
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

    static List<?> row(PublicReturns.Row row) {
        return Arrays.asList(
                row.adm1(), row.nameEn(), row.nameAr(), cell(row.refugees()), cell(row.idps()), cell(row.returns()));
    }

    /** The line of totals closing the public table. */
    static List<?> totals(PublicReturns table) {
        return Arrays.asList(
                "SYR", "Total", "المجموع", cell(table.refugees()), cell(table.idps()), cell(table.total()));
    }

    private static Object cell(Cell cell) {
        return cell.display();
    }
}
