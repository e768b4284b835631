package org.homeward.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.homeward.exchange.ExportColumn;
import org.homeward.exchange.ExportFormat;
import org.homeward.exchange.ExportWriter;
import org.homeward.exchange.Exports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A million rows leave each writer holding no more memory than a few rows: nothing accumulates. */
class ExportMemoryTest {

    private static final int ROWS = 1_000_000;
    private static final long ALLOWED_GROWTH = 16L * 1024 * 1024;

    private static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.of("reference", "#beneficiary+code"),
            ExportColumn.of("governorate", "#adm1+code"),
            ExportColumn.of("name"),
            ExportColumn.of("persons", "#affected+ind"));

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aMillionRowsStreamInBoundedHeap(ExportFormat format) {
        Counting out = new Counting();
        long before = 0;
        long after = 0;
        try (ExportWriter writer = Exports.open(format, COLUMNS, out)) {
            for (int i = 0; i < ROWS; i++) {
                writer.row(List.of("HH-SYR-" + i, "SY07", "عبد الرحمن " + i, i));
                if (i == 10_000) {
                    before = usedHeapAfterGc();
                }
            }
            after = usedHeapAfterGc();
            assertThat(writer.rows()).isEqualTo(ROWS);
        }

        assertThat(out.count).isGreaterThan(ROWS); // compressed, for XLSX
        assertThat(after - before).isLessThan(ALLOWED_GROWTH);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts bytes and drops them, so the only memory is the writer's own. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
