package org.homeward.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.exchange.ExchangeFiles.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The real HXL-tagged files from HDX read into tagged rows: IDMC's internal displacement figures and OCHA's global
 * P-codes, the inputs of the figures ledger and the gazetteer editions.
 */
class HdxFilesTest {

    @Test
    void idmcDisplacementFiguresReadWithTheirHashtags() {
        try (RowSource source = Tables.open(shared("hxl/hdx/idps_download-displacement-data.csv"), ReadOptions.hxl())) {
            Header header = source.header();
            assertThat(header.tags())
                    .extracting(HxlTag::spec)
                    .containsExactly(
                            "#country+code",
                            "#country+name",
                            "#date+year",
                            "#affected+conflict+idps+ind+stock",
                            "#affected+conflict+idps+ind+newdisp",
                            "#affected+disaster+idps+ind+newdisp",
                            "#affected+disaster+idps+ind+stock");
            assertThat(header.names().getFirst()).isEqualTo("ISO3");
            assertThat(header.matching("#affected+idps+stock")).hasSize(2);
            assertThat(header.matching("#affected+idps-disaster"))
                    .extracting(Column::name)
                    .containsExactly("Conflict Stock Displacement", "Conflict New Displacements");

            var syria = new TreeMap<String, Row>();
            long rows = 0;
            int country = position(header, "#country+code");
            int year = position(header, "#date+year");
            while (source.hasNext()) {
                Row row = source.next();
                rows++;
                if (row.cell(country).equals("SYR")) {
                    syria.put(row.cell(year), row);
                }
            }
            assertThat(rows).isEqualTo(1712);
            assertThat(syria).hasSize(12);
            Row latest = syria.lastEntry().getValue();
            assertThat(latest.cells())
                    .containsExactly("SYR", "Syrian Arab Republic", "2020", "6568000", "1822000", "25000", "");
        }
    }

    @Test
    void globalPcodesReadWithTheByteOrderMarkRemoved() {
        try (RowSource source = Tables.open(
                shared("hxl/hdx/download-global-pcodes-adm-1-2.csv"),
                ReadOptions.hxl().withRequired("#adm+code", "#adm+code+parent", "#country+code"))) {
            assertThat(source.description().encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(source.header().names().getFirst()).isEqualTo("Location");
            assertThat(source.header().tags())
                    .extracting(HxlTag::spec)
                    .containsExactly(
                            "#country+code",
                            "#geo+admin_level",
                            "#adm+code",
                            "#adm+name",
                            "#adm+code+parent",
                            "#date+start");
            int country = position(source.header(), "#country+code");
            int code = position(source.header(), "#adm+code-parent");
            var syria = new ArrayList<Row>();
            Map<String, String> names = new TreeMap<>();
            long rows = 0;
            while (source.hasNext()) {
                Row row = source.next();
                rows++;
                names.put(row.cell(code), row.cell(3));
                if (row.cell(country).equals("SYR")) {
                    syria.add(row);
                }
            }
            assertThat(rows).isEqualTo(33_363);
            assertThat(syria).hasSize(76);
            assertThat(syria.stream().filter(r -> r.cell(1).equals("1"))).hasSize(14);
            assertThat(syria.stream().map(r -> r.cell(code))).allMatch(pcode -> pcode.startsWith("SY"));
            assertThat(syria.getFirst().cells()).containsExactly("SYR", "1", "SY01", "Damascus", "SYR", "2020-12-17");
            assertThat(syria)
                    .anySatisfy(r -> assertThat(r.cells())
                            .containsExactly("SYR", "2", "SY0200", "Jebel Saman", "SY02", "2020-12-17"));
            assertThat(names).containsEntry("CO11", "Bogota, D.C."); // a quoted comma stays in the name
        }
    }

    @Test
    void pcodeLengthsReadWithEmptyTrailingLevels() {
        var rows = new ArrayList<List<String>>();
        try (RowSource source = Tables.open(shared("hxl/hdx/download-global-pcode-lengths.csv"), ReadOptions.hxl())) {
            assertThat(source.header().matching("#adm3+len")).hasSize(1);
            source.forEachRemaining(row -> rows.add(row.cells()));
        }
        assertThat(rows).hasSize(156).contains(List.of("SYR", "2", "2", "2", "2", "", ""));
    }

    private static int position(Header header, String pattern) {
        return header.matching(pattern).getFirst().position();
    }
}
