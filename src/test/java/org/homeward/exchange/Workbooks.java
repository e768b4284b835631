package org.homeward.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small XLSX workbooks for tests, part by part, so each test shows the XML it reads. */
final class Workbooks {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Workbooks() {}

    /** A workbook with the given sheets (name to sheetData rows), shared strings and cell formats. */
    static Map<String, String> parts(Map<String, String> sheets, String sharedStrings, String cellXfs) {
        var parts = new LinkedHashMap<String, String>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + RELS
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        var workbook = new StringBuilder(
                "<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>");
        var rels = new StringBuilder(
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rIdS\" Type=\"" + RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "<Relationship Id=\"rIdT\" Type=\"" + RELS + "/styles\" Target=\"/xl/styles.xml\"/>");
        int n = 0;
        for (var sheet : sheets.entrySet()) {
            n++;
            String hidden = sheet.getKey().startsWith("hidden") ? " state=\"hidden\"" : "";
            workbook.append("<sheet name=\"")
                    .append(sheet.getKey())
                    .append("\" sheetId=\"")
                    .append(n)
                    .append("\" r:id=\"rId")
                    .append(n)
                    .append('"')
                    .append(hidden)
                    .append("/>");
            rels.append("<Relationship Id=\"rId")
                    .append(n)
                    .append("\" Type=\"")
                    .append(RELS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(n)
                    .append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", sheet(sheet.getValue()));
        }
        parts.put("xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        parts.put(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
        parts.put(
                "xl/styles.xml",
                "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + MAIN + "\">"
                        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy hh:mm\"/><numFmt numFmtId=\"165\" formatCode=\"&quot;day&quot; 0\"/></numFmts>"
                        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + cellXfs
                        + "</cellXfs></styleSheet>");
        return parts;
    }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1\"/><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    static Path write(Path file, Map<String, String> parts) {
        try (OutputStream out = Files.newOutputStream(file);
                var zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
