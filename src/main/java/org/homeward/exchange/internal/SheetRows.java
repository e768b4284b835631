package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.Row;
import org.homeward.exchange.TableDescription;
import org.homeward.exchange.internal.ExcelValues.Kind;

/**
 * The rows of one worksheet, pulled from its XML one row at a time: the sheet is never held in memory. Row numbers
 * and cell positions come from the {@code r} references (the declared dimension is not trusted); missing cells are
 * empty. Merged cells are not expanded: the merge list follows the data in the sheet part, after the rows are gone.
 */
final class SheetRows implements RawRows {

    private final XMLStreamReader xml;
    private final String part;
    private final SharedStrings strings;
    private final CellFormats formats;
    private final boolean date1904;
    private final Limits limits;
    private final TableDescription description;
    private final Runnable onClose;
    private final StringBuilder text = new StringBuilder();
    private long lastRow;
    private boolean ended;

    SheetRows(
            XlsxPackage pkg,
            XlsxPackage.Sheet sheet,
            SharedStrings strings,
            CellFormats formats,
            Limits limits,
            Runnable onClose) {
        this.part = sheet.part();
        this.xml = SafeXml.open(pkg.part(part), part);
        this.strings = strings;
        this.formats = formats;
        this.date1904 = pkg.date1904();
        this.limits = limits;
        this.description = TableDescription.xlsx(sheet.name());
        this.onClose = onClose;
    }

    @Override
    public Row next() {
        while (!ended) {
            int event = SafeXml.next(xml, part);
            if (event == XMLStreamConstants.END_DOCUMENT) {
                ended = true;
            } else if (event == XMLStreamConstants.START_ELEMENT
                    && xml.getLocalName().equals("row")) {
                return row();
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && xml.getLocalName().equals("sheetData")) {
                ended = true;
            }
        }
        return null;
    }

    private Row row() {
        long number = reference(SafeXml.attribute(xml, "r"), lastRow + 1);
        lastRow = number;
        var cells = new ArrayList<String>();
        int event;
        while ((event = SafeXml.next(xml, part)) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                cell(number, cells);
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && xml.getLocalName().equals("row")) {
                break;
            }
        }
        return new Row(number, List.copyOf(cells));
    }

    private void cell(long row, List<String> cells) {
        String ref = SafeXml.attribute(xml, "r");
        String type = SafeXml.attribute(xml, "t");
        String style = SafeXml.attribute(xml, "s");
        int column = ref == null ? cells.size() : columnIndex(ref, row);
        if (column >= limits.maxColumns()) {
            throw Problems.tooManyColumns(row, limits.maxColumns());
        }
        String value = value(type, style, readCellText(row, column), row, ref);
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value);
    }

    /** The text of {@code <v>}, or of the {@code <t>} runs of an inline string, without phonetic guides. */
    private String readCellText(long row, int column) {
        text.setLength(0);
        boolean capture = false;
        int phonetic = 0;
        int event;
        while ((event = SafeXml.next(xml, part)) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic++;
                }
                capture = (name.equals("v") || name.equals("t")) && phonetic == 0;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                if (name.equals("rPh")) {
                    phonetic--;
                }
                capture = false;
            } else if (capture && isText(event)) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                if (text.length() > limits.maxFieldChars()) {
                    throw Problems.fieldTooLong(row, column + 1, text.length(), limits.maxFieldChars());
                }
            }
        }
        return text.toString();
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private String value(String type, String style, String stored, long row, String ref) {
        if (type == null || type.equals("n")) {
            if (stored.isEmpty()) {
                return "";
            }
            Kind kind = formats.kind(style);
            return kind == Kind.NUMBER ? ExcelValues.number(stored) : ExcelValues.dateTime(stored, kind, date1904);
        }
        return switch (type) {
            case "s" -> stored.isEmpty() ? "" : strings.get(stored, row, ref);
            case "b" -> stored.strip().equals("1") ? "TRUE" : stored.isEmpty() ? "" : "FALSE";
            case "inlineStr", "str" -> ExcelValues.unescape(stored);
            default -> stored; // "e" (an error such as #N/A) and "d" (an ISO date) read as written
        };
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    private int columnIndex(String ref, long row) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > limits.maxColumns()) {
                throw Problems.tooManyColumns(row, limits.maxColumns());
            }
            i++;
        }
        if (i == 0) {
            throw Problems.of(FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "invalid cell reference")
                    .withValue(ref)
                    .atRow(row));
        }
        return column - 1;
    }

    private long reference(String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public TableDescription description() {
        return description;
    }

    @Override
    public void close() {
        try {
            SafeXml.close(xml);
        } finally {
            onClose.run();
        }
    }
}
