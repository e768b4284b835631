package org.homeward.exchange.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.HeaderMode;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;

/** Opens a sheet of an XLSX workbook as a row source. */
final class XlsxTables {

    private XlsxTables() {}

    static RowSource open(ZipGuard zip, ReadOptions options) {
        XlsxPackage pkg = XlsxPackage.read(zip);
        SharedStrings strings = SharedStrings.read(pkg, options.limits());
        CellFormats formats = CellFormats.read(pkg);
        XlsxPackage.Sheet sheet = choose(pkg, strings, formats, options);
        var rows = new SheetRows(pkg, sheet, strings, formats, options.limits(), zip::close);
        return TabularRowSource.open(rows, options);
    }

    /**
     * The sheet asked for by name or 1-based number; else the first visible sheet, or for HXL the first visible
     * sheet with a hashtag row (HXL workbooks often start with a notes sheet).
     */
    private static XlsxPackage.Sheet choose(
            XlsxPackage pkg, SharedStrings strings, CellFormats formats, ReadOptions options) {
        List<XlsxPackage.Sheet> sheets = pkg.sheets();
        if (options.sheet() != null) {
            return sheets.stream()
                    .filter(s -> s.name().equals(options.sheet()))
                    .findFirst()
                    .orElseGet(() -> byNumber(sheets, options.sheet()));
        }
        List<XlsxPackage.Sheet> visible =
                sheets.stream().filter(s -> !s.hidden()).toList();
        List<XlsxPackage.Sheet> candidates = visible.isEmpty() ? sheets : visible;
        if (options.headerMode() == HeaderMode.HXL) {
            for (XlsxPackage.Sheet sheet : candidates) {
                if (hasHashtagRow(pkg, sheet, strings, formats, options)) {
                    return sheet;
                }
            }
        }
        return candidates.getFirst();
    }

    private static XlsxPackage.Sheet byNumber(List<XlsxPackage.Sheet> sheets, String wanted) {
        try {
            int number = Integer.parseInt(wanted.strip());
            if (number >= 1 && number <= sheets.size()) {
                return sheets.get(number - 1);
            }
        } catch (NumberFormatException e) {
            // not a number either
        }
        String names = sheets.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        throw Problems.of(FileProblem.of(ProblemCode.SHEET_NOT_FOUND, "the workbook has no sheet")
                .withValue(wanted)
                .expecting("one of " + names + " or a number from 1 to " + sheets.size()));
    }

    private static boolean hasHashtagRow(
            XlsxPackage pkg, XlsxPackage.Sheet sheet, SharedStrings strings, CellFormats formats, ReadOptions options) {
        var rows = new SheetRows(pkg, sheet, strings, formats, options.limits(), () -> {});
        try {
            int searched = 0;
            for (Row row = rows.next();
                    row != null && searched < options.limits().maxHeaderSearchRows();
                    row = rows.next()) {
                if (!row.isBlank()) {
                    if (HeaderFinder.isHashtagRow(row)) {
                        return true;
                    }
                    searched++;
                }
            }
            return false;
        } finally {
            rows.close();
        }
    }
}
