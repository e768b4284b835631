package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.homeward.exchange.internal.ExcelValues.Kind;

/**
 * Which cell styles show numbers as dates or times, from the workbook's styles part: the number format of each
 * cell format ({@code cellXfs}), built-in or custom.
 */
final class CellFormats {

    private final List<Kind> kinds;

    private CellFormats(List<Kind> kinds) {
        this.kinds = kinds;
    }

    static CellFormats none() {
        return new CellFormats(List.of());
    }

    Kind kind(String style) {
        if (style == null || kinds.isEmpty()) {
            return Kind.NUMBER;
        }
        try {
            int index = Integer.parseInt(style.strip());
            return index >= 0 && index < kinds.size() ? kinds.get(index) : Kind.NUMBER;
        } catch (NumberFormatException e) {
            return Kind.NUMBER;
        }
    }

    static CellFormats read(XlsxPackage pkg) {
        String part = pkg.stylesPart();
        if (!pkg.hasPart(part)) {
            return none();
        }
        Map<Integer, String> custom = new HashMap<>();
        var kinds = new ArrayList<Kind>();
        boolean inCellXfs = false;
        XMLStreamReader xml = SafeXml.open(pkg.part(part), part);
        try {
            for (int event = SafeXml.next(xml, part);
                    event != XMLStreamConstants.END_DOCUMENT;
                    event = SafeXml.next(xml, part)) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" ->
                            custom.put(parse(SafeXml.attribute(xml, "numFmtId")), SafeXml.attribute(xml, "formatCode"));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                int id = parse(SafeXml.attribute(xml, "numFmtId"));
                                kinds.add(custom.containsKey(id) ? ofCode(custom.get(id)) : builtIn(id));
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            SafeXml.close(xml);
        }
        return new CellFormats(kinds);
    }

    /** Built-in number formats of ECMA-376 (part 1, 18.8.30), including the East Asian date formats. */
    static Kind builtIn(int id) {
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
            return Kind.DATE;
        }
        if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) {
            return Kind.TIME;
        }
        return id == 22 ? Kind.DATE_TIME : Kind.NUMBER;
    }

    /** A custom format is a date or time if, outside quoted text, escapes and [colour] brackets, it uses d m y h s. */
    static Kind ofCode(String code) {
        if (code == null) {
            return Kind.NUMBER;
        }
        var plain = new StringBuilder();
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracket) {
                if (c == ']') {
                    bracket = false;
                } else if ("hHmMsS".indexOf(c) >= 0) {
                    plain.append(c); // elapsed time such as [h]
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // escaped, padding or fill character
            } else {
                plain.append(c);
            }
        }
        String letters = plain.toString().toLowerCase(Locale.ROOT);
        boolean date = letters.contains("y") || letters.contains("d");
        boolean time = letters.contains("h") || letters.contains("s");
        if (!date && !time && letters.contains("m")) {
            date = true; // months alone, such as "mmm"
        }
        if (date && time) {
            return Kind.DATE_TIME;
        }
        return date ? Kind.DATE : time ? Kind.TIME : Kind.NUMBER;
    }

    private static int parse(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
