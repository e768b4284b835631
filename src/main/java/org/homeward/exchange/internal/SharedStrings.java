package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;

/**
 * The shared-strings table of a workbook, which cells refer to by index. It is the one part held in memory (cells
 * may refer to any entry at any time), so its total size is capped by {@link Limits#maxSharedStringChars()}.
 * Rich-text runs are joined; phonetic guides ({@code rPh}) are not part of the text.
 */
final class SharedStrings {

    private static final int ENTRY_OVERHEAD = 16;

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(XlsxPackage pkg, Limits limits) {
        String part = pkg.sharedStringsPart();
        if (!pkg.hasPart(part)) {
            return none();
        }
        var collector = new Collector(limits.maxSharedStringChars());
        XMLStreamReader xml = SafeXml.open(pkg.part(part), part);
        try {
            for (int event = SafeXml.next(xml, part);
                    event != XMLStreamConstants.END_DOCUMENT;
                    event = SafeXml.next(xml, part)) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> collector.start(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        collector.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> collector.end(xml.getLocalName());
                    default -> {}
                }
            }
        } finally {
            SafeXml.close(xml);
        }
        return new SharedStrings(collector.strings);
    }

    /** Gathers the text of each {@code <si>}: its {@code <t>} runs outside phonetic guides. */
    private static final class Collector {

        final List<String> strings = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final long maxChars;
        long total;
        int phonetic;
        boolean inText;

        Collector(long maxChars) {
            this.maxChars = maxChars;
        }

        void start(String element) {
            switch (element) {
                case "si" -> text.setLength(0);
                case "rPh" -> phonetic++;
                case "t" -> inText = phonetic == 0;
                default -> {}
            }
        }

        void text(char[] chars, int start, int length) {
            if (inText) {
                text.append(chars, start, length);
            }
        }

        void end(String element) {
            switch (element) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> add();
                default -> {}
            }
        }

        private void add() {
            // Each entry costs memory beyond its characters; count that too, or millions of empty entries would
            // slip under the limit.
            total += text.length() + ENTRY_OVERHEAD;
            if (total > maxChars) {
                throw Problems.of(FileProblem.of(
                                ProblemCode.ARCHIVE_TOO_LARGE,
                                "the workbook's shared strings exceed " + Problems.count(maxChars) + " characters")
                        .expecting("a smaller workbook, or the data saved as CSV"));
            }
            strings.add(ExcelValues.unescape(text.toString()));
        }
    }

    String get(String index, long row, String cell) {
        try {
            return strings.get(Integer.parseInt(index.strip()));
        } catch (RuntimeException e) {
            throw Problems.of(FileProblem.of(
                            ProblemCode.MALFORMED_WORKBOOK, "a cell refers to a shared string that does not exist")
                    .inColumn(cell)
                    .atRow(row)
                    .expecting("an index below " + strings.size()));
        }
    }
}
