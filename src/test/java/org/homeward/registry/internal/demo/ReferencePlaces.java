package org.homeward.registry.internal.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The places of the shipped reference files, for tests that run without the gazetteer. */
final class ReferencePlaces {

    /** Community P-code to governorate P-code, from the shipped admin4.csv. */
    static final Map<String, String> GOVERNORATE_OF_COMMUNITY = new LinkedHashMap<>();

    static final Set<String> SITES = new HashSet<>();

    static {
        for (NamedCsvRecord row : rows("reference/geo/syria/admin4.csv")) {
            GOVERNORATE_OF_COMMUNITY.put(row.getField("admin4Pcode"), row.getField("admin1Pcode"));
        }
        for (NamedCsvRecord row : rows("reference/sites.csv")) {
            SITES.add(row.getField("code"));
        }
    }

    private ReferencePlaces() {}

    static DemoPlaces places() {
        Map<String, List<String>> communities = new LinkedHashMap<>();
        GOVERNORATE_OF_COMMUNITY.forEach((community, governorate) -> communities
                .computeIfAbsent(governorate, key -> new ArrayList<>())
                .add(community));
        return DemoPlaces.of(communities, SITES);
    }

    private static List<NamedCsvRecord> rows(String resource) {
        List<NamedCsvRecord> rows = new ArrayList<>();
        try (var csv = CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(
                        ReferencePlaces.class.getClassLoader().getResourceAsStream(resource),
                        StandardCharsets.UTF_8))) {
            csv.forEach(rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
