package org.homeward.geography.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one gazetteer edition from its files: {@code admin1.csv} .. {@code admin4.csv} in the shape of the OCHA
 * COD-AB tables ({@code admin<N>Pcode}, {@code admin<N>Name_en}, {@code admin<N>Name_ar}, the parents'
 * {@code admin<K>Pcode}; communities add {@code latitude}, {@code longitude}, {@code capital_level}), and
 * optional boundaries {@code admin1.geojson}, {@code admin2.geojson} whose features carry {@code PCODE}.
 */
final class GazetteerFiles {

    /** What U+FFFD marks: the source had bytes that were not UTF-8, so the name is incomplete. */
    private static final String REPLACEMENT_CHARACTER = "\uFFFD";

    private GazetteerFiles() {}

    record Boundary(String pcode, int level, String geometryJson) {}

    /** An edition as read: areas ordered by level, so parents come before children. */
    record EditionData(List<AreaRow> areas, List<Boundary> boundaries, List<String> damagedArabicNames) {}

    static EditionData read(ResourceLoader resources, String location, JsonMapper json) {
        // (b) Names repeat across governorates (two communities called Bab Elhawa, in Homs and Al-Hasakeh; two
        // called Ras Al Ain): the P-code is the only identity, so nothing here is keyed or deduplicated by name.
        // Search answers carry each area's governorate and parent so that a reader can tell the two apart.
        Map<String, AreaRow> areas = new LinkedHashMap<>();
        List<String> damaged = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            Resource file = resources.getResource(location + "admin" + level + ".csv");
            if (!file.exists()) {
                throw new IllegalStateException("Gazetteer edition at " + location + " has no admin" + level + ".csv");
            }
            int wanted = level;
            for (AreaRow row : ReferenceCsv.read(file, record -> area(record, wanted))) {
                checkParent(row, areas, file.getFilename());
                if (areas.putIfAbsent(row.pcode(), row) != null) {
                    throw new IllegalStateException(file.getFilename() + ": P-code " + row.pcode() + " repeats");
                }
                if (row.nameArDamaged()) {
                    damaged.add(row.pcode());
                }
            }
        }
        List<AreaRow> withPoints = SeatPoints.place(new ArrayList<>(areas.values()));
        List<Boundary> boundaries = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            Resource file = resources.getResource(location + "admin" + level + ".geojson");
            if (file.exists()) {
                boundaries.addAll(boundaries(file, level, areas, json));
            }
        }
        return new EditionData(withPoints, boundaries, damaged);
    }

    private static AreaRow area(ReferenceCsv.Row row, int level) {
        String prefix = "admin" + level;
        String nameAr = row.optional(prefix + "Name_ar");
        // (a) Damaged Arabic names: six communities of the 2015 source end in U+FFFD where its bytes were not
        // UTF-8 (the name is cut short). Serving them would show garbage, so the name is dropped and flagged;
        // search still finds these communities by their English name.
        boolean damaged = nameAr != null && nameAr.contains(REPLACEMENT_CHARACTER);
        return new AreaRow(
                row.required(prefix + "Pcode"),
                level,
                row.required(prefix + "Name_en"),
                damaged ? null : nameAr,
                damaged,
                row.optional(prefix + "RefName_en"),
                level == 1 ? null : row.required("admin" + (level - 1) + "Pcode"),
                row.required("admin1Pcode"),
                level >= 2 ? row.required("admin2Pcode") : null,
                level >= 3 ? row.required("admin3Pcode") : null,
                row.optionalDouble("latitude"),
                row.optionalDouble("longitude"),
                row.optionalInt("capital_level"),
                row.optionalInt("area_sqkm"));
    }

    /** The parent must be known and the hierarchy consistent (a community's governorate is its parent's). */
    private static void checkParent(AreaRow row, Map<String, AreaRow> known, String file) {
        if (row.level() == 1) {
            if (!row.pcode().equals(row.adm1Pcode())) {
                throw new IllegalStateException(file + ": governorate " + row.pcode() + " names another admin1Pcode");
            }
            return;
        }
        AreaRow parent = known.get(row.parentPcode());
        if (parent == null || parent.level() != row.level() - 1) {
            throw new IllegalStateException(file + ": " + row.pcode() + " has unknown parent " + row.parentPcode());
        }
        for (int level = 1; level < row.level(); level++) {
            if (!same(ancestorAt(parent, level), ancestorAt(row, level))) {
                throw new IllegalStateException(file + ": " + row.pcode() + " disagrees with its parent "
                        + parent.pcode() + " at level " + level);
            }
        }
    }

    private static String ancestorAt(AreaRow row, int level) {
        if (level == row.level()) {
            return row.pcode();
        }
        return switch (level) {
            case 1 -> row.adm1Pcode();
            case 2 -> row.adm2Pcode();
            case 3 -> row.adm3Pcode();
            default -> null;
        };
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static List<Boundary> boundaries(Resource file, int level, Map<String, AreaRow> areas, JsonMapper json) {
        JsonNode collection;
        try (InputStream in = file.getInputStream()) {
            collection = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getDescription(), e);
        }
        List<Boundary> result = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (JsonNode feature : collection.path("features")) {
            String pcode = feature.path("properties").path("PCODE").asString(null);
            AreaRow area = pcode == null ? null : areas.get(pcode);
            if (area == null || area.level() != level) {
                throw new IllegalStateException(file.getFilename() + ": feature with unknown PCODE " + pcode);
            }
            if (seen.put(pcode, Boolean.TRUE) != null) {
                throw new IllegalStateException(file.getFilename() + ": PCODE " + pcode + " repeats");
            }
            result.add(new Boundary(pcode, level, json.writeValueAsString(feature.path("geometry"))));
        }
        return result;
    }
}
