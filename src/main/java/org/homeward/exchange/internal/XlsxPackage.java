package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.ProblemCode;

/**
 * The structure of an XLSX workbook: its sheets in order, where their parts are, the shared strings and styles
 * parts, and the date system. Parts are found through the package relationships, not by fixed names.
 */
final class XlsxPackage {

    record Sheet(String name, boolean hidden, String part) {}

    private record Relationship(String type, String target) {}

    private final ZipGuard zip;
    private final List<Sheet> sheets = new ArrayList<>();
    private String sharedStringsPart;
    private String stylesPart;
    private boolean date1904;

    private XlsxPackage(ZipGuard zip) {
        this.zip = zip;
    }

    static boolean isWorkbook(ZipGuard zip) {
        return zip.entry("xl/workbook.xml") != null
                || zip.entry("[Content_Types].xml") != null && zip.entry("_rels/.rels") != null;
    }

    static XlsxPackage read(ZipGuard zip) {
        var pkg = new XlsxPackage(zip);
        String workbook = pkg.relationships("_rels/.rels", "").values().stream()
                .filter(r -> r.type().endsWith("/officeDocument"))
                .map(Relationship::target)
                .findFirst()
                .orElse("xl/workbook.xml");
        pkg.readWorkbook(workbook);
        return pkg;
    }

    List<Sheet> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    String sharedStringsPart() {
        return sharedStringsPart;
    }

    String stylesPart() {
        return stylesPart;
    }

    private void readWorkbook(String workbook) {
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        String fileName = workbook.substring(folder.length());
        Map<String, Relationship> rels = relationships(folder + "_rels/" + fileName + ".rels", folder);
        for (Relationship r : rels.values()) {
            if (r.type().endsWith("/sharedStrings")) {
                sharedStringsPart = r.target();
            } else if (r.type().endsWith("/styles")) {
                stylesPart = r.target();
            }
        }
        var xml = SafeXml.open(part(workbook), workbook);
        try {
            while (SafeXml.next(xml, workbook) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "workbookPr" -> date1904 = isTrue(SafeXml.attribute(xml, "date1904"));
                    case "sheet" -> addSheet(xml, rels, workbook);
                    default -> {}
                }
            }
        } finally {
            SafeXml.close(xml);
        }
        if (sheets.isEmpty()) {
            throw Problems.of(FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "the workbook has no sheets"));
        }
    }

    private void addSheet(XMLStreamReader xml, Map<String, Relationship> rels, String workbook) {
        String name = SafeXml.attribute(xml, "name");
        String id = SafeXml.attribute(xml, "id");
        String state = SafeXml.attribute(xml, "state");
        Relationship rel = id == null ? null : rels.get(id);
        if (rel == null) {
            throw Problems.of(FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "no worksheet part for sheet")
                    .withValue(name)
                    .expecting("relationships for every sheet in " + workbook));
        }
        sheets.add(new Sheet(name == null ? "" : name, state != null && !state.equals("visible"), rel.target()));
    }

    private Map<String, Relationship> relationships(String relsPart, String folder) {
        Map<String, Relationship> rels = new HashMap<>();
        if (zip.entry(relsPart) == null) {
            return rels;
        }
        var xml = SafeXml.open(part(relsPart), relsPart);
        try {
            while (SafeXml.next(xml, relsPart) != XMLStreamConstants.END_DOCUMENT) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("Relationship")) {
                    String target = SafeXml.attribute(xml, "Target");
                    String type = SafeXml.attribute(xml, "Type");
                    if (target != null && type != null && !"External".equals(SafeXml.attribute(xml, "TargetMode"))) {
                        rels.put(SafeXml.attribute(xml, "Id"), new Relationship(type, resolve(folder, target)));
                    }
                }
            }
        } finally {
            SafeXml.close(xml);
        }
        return rels;
    }

    /** A relationship target as a part name: absolute ("/xl/...") or relative to the source's folder. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        var parts = new ArrayList<String>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Opens a part by name, guarded against expansion. */
    InputStream part(String name) {
        ZipEntry entry = zip.entry(name);
        if (entry == null) {
            throw Problems.of(FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "missing workbook part")
                    .withValue(name)
                    .expecting("a complete .xlsx file"));
        }
        return zip.open(entry);
    }

    boolean hasPart(String name) {
        return name != null && zip.entry(name) != null;
    }

    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // reading only
        }
    }
}
