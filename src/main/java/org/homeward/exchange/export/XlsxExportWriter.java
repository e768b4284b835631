package org.homeward.exchange.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.homeward.exchange.ExportColumn;
import org.homeward.exchange.ExportWriter;

/**
 * An Office Open XML workbook (ECMA-376), written part by part into a zip stream: each sheet's rows go out as they
 * come, and the parts that list the sheets are written last, when their number is known. Past Excel's limit of
 * 1,048,576 rows a sheet, rows continue on a new sheet under the same header. Text is always an inline string cell,
 * which no spreadsheet evaluates as a formula; numbers are numeric cells; the header row is bold and frozen.
 */
public final class XlsxExportWriter implements ExportWriter {

    /** Rows a sheet holds besides its header row. */
    static final int ROWS_PER_SHEET = 1_048_575;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final List<ExportColumn> columns;
    private final int rowsPerSheet;
    private final ZipOutputStream zip;
    private final Writer xml;
    private int sheets;
    private int rowsInSheet;
    private long rows;

    public XlsxExportWriter(List<ExportColumn> columns, OutputStream out) {
        this(columns, out, ROWS_PER_SHEET);
    }

    XlsxExportWriter(List<ExportColumn> columns, OutputStream out, int rowsPerSheet) {
        this.columns = List.copyOf(columns);
        this.rowsPerSheet = rowsPerSheet;
        this.zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        this.xml = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 64 * 1024);
        io(this::startSheet);
    }

    @Override
    public void row(List<?> values) {
        Cells.requireWidth(columns, values);
        io(() -> {
            if (rowsInSheet == rowsPerSheet) {
                endSheet();
                startSheet();
            }
            xml.write("<row>");
            for (Object value : values) {
                cell(value, false);
            }
            xml.write("</row>\n");
        });
        rowsInSheet++;
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        io(() -> {
            endSheet();
            part("[Content_Types].xml", contentTypes());
            part(
                    "_rels/.rels",
                    DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\""
                            + " Target=\"xl/workbook.xml\"/></Relationships>");
            part("xl/workbook.xml", workbook());
            part("xl/_rels/workbook.xml.rels", workbookRelationships());
            part("xl/styles.xml", STYLES);
            zip.finish();
            zip.flush();
        });
    }

    private void startSheet() throws IOException {
        sheets++;
        rowsInSheet = 0;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets + ".xml"));
        xml.write(DECLARATION);
        xml.write("<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "</sheetView></sheetViews><sheetData>\n<row>");
        for (ExportColumn column : columns) {
            cell(column.name(), true);
        }
        xml.write("</row>\n");
    }

    private void endSheet() throws IOException {
        xml.write("</sheetData></worksheet>");
        xml.flush();
        zip.closeEntry();
    }

    private void cell(Object value, boolean bold) throws IOException {
        if (value == null) {
            xml.write("<c/>");
        } else if (value instanceof Boolean flag) {
            xml.write(flag ? "<c t=\"b\"><v>1</v></c>" : "<c t=\"b\"><v>0</v></c>");
        } else if (Cells.isNumber(value)) {
            xml.write("<c><v>");
            xml.write(value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString());
            xml.write("</v></c>");
        } else {
            xml.write(bold ? "<c t=\"inlineStr\" s=\"1\">" : "<c t=\"inlineStr\">");
            xml.write("<is><t xml:space=\"preserve\">");
            XmlText.write(Cells.text(value), xml);
            xml.write("</t></is></c>");
        }
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder(DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append(
                        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(
                        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append(
                        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int sheet = 1; sheet <= sheets; sheet++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(sheet)
                    .append(
                            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder workbook = new StringBuilder(DECLARATION)
                .append("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>");
        for (int sheet = 1; sheet <= sheets; sheet++) {
            workbook.append("<sheet name=\"Sheet")
                    .append(sheet)
                    .append("\" sheetId=\"")
                    .append(sheet)
                    .append("\" r:id=\"rId")
                    .append(sheet)
                    .append("\"/>");
        }
        return workbook.append("</sheets></workbook>").toString();
    }

    private String workbookRelationships() {
        StringBuilder relationships =
                new StringBuilder(DECLARATION).append("<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">");
        for (int sheet = 1; sheet <= sheets; sheet++) {
            relationships
                    .append("<Relationship Id=\"rId")
                    .append(sheet)
                    .append("\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet")
                    .append(sheet)
                    .append(".xml\"/>");
        }
        int styles = sheets + 1;
        return relationships
                .append("<Relationship Id=\"rId")
                .append(styles)
                .append("\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/></Relationships>")
                .toString();
    }

    /** Two cell formats: 0 plain, 1 bold (the header). */
    private static final String STYLES = DECLARATION + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
