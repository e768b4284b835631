package org.homeward.registry.internal.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small CSV files shipped under {@code demo/} on the classpath. */
final class DemoCsv {

    private DemoCsv() {}

    static List<NamedCsvRecord> rows(String resource) {
        InputStream stream = DemoCsv.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (var csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            csv.forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
