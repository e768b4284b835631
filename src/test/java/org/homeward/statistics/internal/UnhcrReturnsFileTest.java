package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped UNHCR yearly returns file is what its attribution says: per year, the returned refugees and
 * returned IDPs of UNHCR's solutions data where Syria is the country of origin, summed over countries of asylum.
 */
class UnhcrReturnsFileTest {

    static final Path SHIPPED = Path.of("src/main/resources/reference/unhcr_syria_returns.csv");

    static Path sharedData() {
        return Path.of(System.getProperty("homeward.shared-data", "../shared/data"));
    }

    @Test
    void shippedYearlySumsEqualThoseComputedFromUnhcrData() throws IOException {
        Map<String, Long> expected = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv =
                CsvReader.builder().ofNamedCsvRecord(sharedData().resolve("unhcr/solutions_syria.csv"))) {
            for (NamedCsvRecord row : csv) {
                if (row.getField("coo_iso").equals("SYR")) {
                    add(expected, "returned_refugees " + row.getField("year"), row.getField("returned_refugees"));
                    add(expected, "returned_idps " + row.getField("year"), row.getField("returned_idps"));
                }
            }
        }
        expected.values().removeIf(value -> value == 0);

        Map<String, Long> shipped = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(SHIPPED)) {
            for (NamedCsvRecord row : csv) {
                assertThat(row.getField("period_end"))
                        .isEqualTo(row.getField("period_start").substring(0, 4) + "-12-31");
                assertThat(row.getField("source_kind")).isEqualTo("UNHCR");
                shipped.put(
                        row.getField("indicator") + " "
                                + row.getField("period_start").substring(0, 4),
                        Long.parseLong(row.getField("value")));
            }
        }

        assertThat(shipped).isEqualTo(expected);
        assertThat(shipped).containsEntry("returned_refugees 2018", 210_946L);
    }

    private static void add(Map<String, Long> sums, String key, String value) {
        if (!value.isBlank()) {
            sums.merge(key, Math.round(Double.parseDouble(value)), Long::sum);
        }
    }
}
