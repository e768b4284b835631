package org.homeward.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.homeward.geography.Area;
import org.homeward.geography.EditionDifferences;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.GazetteerEditions;
import org.homeward.geography.internal.GazetteerFiles.EditionData;
import org.homeward.geography.internal.GeographySettings.EditionSource;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.springframework.stereotype.Service;

/** Editions from rows: checked as the gazetteer files are, compared with the current edition, stored by the loader. */
@Service
class EditionImports implements GazetteerEditions {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern PCODE = Pattern.compile("[A-Z0-9]{2,20}");

    private final EditionLoader loader;
    private final EditionCache cache;
    private final Gazetteer gazetteer;

    EditionImports(EditionLoader loader, EditionCache cache, Gazetteer gazetteer) {
        this.loader = loader;
        this.cache = cache;
        this.gazetteer = gazetteer;
    }

    @Override
    public EditionDifferences importEdition(NewEdition edition, boolean dryRun) {
        List<FieldError> problems = new ArrayList<>();
        if (edition.code() == null || !CODE.matcher(edition.code()).matches()) {
            problems.add(new FieldError("code", "format", "2 to 40 lower-case letters, digits or '-'"));
        }
        List<AreaRow> rows = rows(edition.areas(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        EditionDifferences differences = compare(edition.code(), rows);
        boolean stored = !dryRun
                && loader.store(
                        new EditionSource(edition.code(), text(edition.title()), text(edition.source()), null),
                        new EditionData(rows, List.of(), List.of()));
        return new EditionDifferences(
                differences.edition(),
                differences.comparedWith(),
                stored,
                differences.areas(),
                differences.levels(),
                differences.added(),
                differences.removed(),
                differences.renamed());
    }

    /** The areas as stored, each with its ancestors' P-codes; problems named by the area's index. */
    private static List<AreaRow> rows(List<NewArea> areas, List<FieldError> problems) {
        Map<String, NewArea> byPcode = new HashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            NewArea area = areas.get(i);
            String at = "areas[" + i + "].";
            if (area.pcode() == null || !PCODE.matcher(area.pcode()).matches()) {
                problems.add(new FieldError(at + "pcode", "format", "2 to 20 upper-case letters or digits"));
            } else if (byPcode.putIfAbsent(area.pcode(), area) != null) {
                problems.add(new FieldError(at + "pcode", "duplicate", "each P-code once in an edition"));
            }
            if (area.level() < 1 || area.level() > 4) {
                problems.add(new FieldError(at + "level", "range", "an administrative level from 1 to 4"));
            }
            if (area.nameEn() == null
                    || area.nameEn().isBlank()
                    || area.nameEn().length() > 200) {
                problems.add(new FieldError(at + "nameEn", "required", "the English name, 1 to 200 characters"));
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            NewArea area = areas.get(i);
            NewArea parent = area.parentPcode() == null ? null : byPcode.get(area.parentPcode());
            if (area.level() == 1 && area.parentPcode() != null) {
                problems.add(new FieldError("areas[" + i + "].parentPcode", "not-allowed", "no parent for level 1"));
            } else if (area.level() > 1 && (parent == null || parent.level() != area.level() - 1)) {
                problems.add(new FieldError(
                        "areas[" + i + "].parentPcode",
                        "unknown-parent",
                        "the P-code of an area of this edition one level up"));
            }
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<AreaRow> rows = new ArrayList<>();
        areas.stream()
                .sorted(java.util.Comparator.comparingInt(NewArea::level))
                .forEach(area -> rows.add(row(area, byPcode)));
        return rows;
    }

    private static AreaRow row(NewArea area, Map<String, NewArea> byPcode) {
        String[] chain = new String[5];
        for (NewArea up = area; up != null; up = up.parentPcode() == null ? null : byPcode.get(up.parentPcode())) {
            chain[up.level()] = up.pcode();
        }
        String nameAr = area.nameAr() == null || area.nameAr().isBlank()
                ? null
                : area.nameAr().strip();
        return new AreaRow(
                area.pcode(),
                area.level(),
                area.nameEn().strip(),
                nameAr,
                false,
                null,
                area.parentPcode(),
                chain[1],
                chain[2],
                chain[3],
                null,
                null,
                null,
                null);
    }

    private EditionDifferences compare(String code, List<AreaRow> rows) {
        String current = gazetteer.currentEdition();
        TreeSet<Integer> levels = new TreeSet<>();
        Map<String, AreaRow> imported = new HashMap<>();
        for (AreaRow row : rows) {
            levels.add(row.level());
            imported.put(row.pcode(), row);
        }
        Map<String, Area> before = new HashMap<>();
        cache.get(current).ifPresent(snapshot -> collect(snapshot, levels, before));
        List<String> added = new ArrayList<>();
        List<EditionDifferences.Renamed> renamed = new ArrayList<>();
        for (AreaRow row : rows) {
            Area old = before.get(row.pcode());
            if (old == null) {
                added.add(row.pcode());
            } else if (!comparable(old.nameEn()).equals(comparable(row.nameEn()))) {
                renamed.add(new EditionDifferences.Renamed(row.pcode(), old.nameEn(), row.nameEn()));
            }
        }
        List<String> removed = before.keySet().stream()
                .filter(pcode -> !imported.containsKey(pcode))
                .sorted()
                .toList();
        added.sort(null);
        renamed.sort(java.util.Comparator.comparing(EditionDifferences.Renamed::pcode));
        return new EditionDifferences(code, current, false, rows.size(), List.copyOf(levels), added, removed, renamed);
    }

    /** The current edition's areas at the given levels, walking down from the governorates. */
    private static void collect(EditionSnapshot snapshot, TreeSet<Integer> levels, Map<String, Area> into) {
        List<Area> frontier = snapshot.governorates();
        for (int level = 1; level <= levels.last() && !frontier.isEmpty(); level++) {
            List<Area> next = new ArrayList<>();
            for (Area area : frontier) {
                if (levels.contains(level)) {
                    into.put(area.pcode(), area);
                }
                next.addAll(snapshot.children(area.pcode()));
            }
            frontier = next;
        }
    }

    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "imported" : value.strip();
    }
}
