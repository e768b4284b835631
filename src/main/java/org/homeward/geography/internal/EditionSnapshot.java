package org.homeward.geography.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.geography.Area;

/**
 * All areas of one edition in memory (some 5,600 for Syria 2015, well under a megabyte). Editions never
 * change once loaded, so a snapshot never goes stale and needs no locking.
 */
final class EditionSnapshot {

    static final Comparator<Area> BY_NAME =
            Comparator.comparing(Area::nameEn, String.CASE_INSENSITIVE_ORDER).thenComparing(Area::pcode);

    private final Map<String, Area> byPcode = new HashMap<>();
    private final Map<String, List<Area>> children = new HashMap<>();
    private final List<Area> governorates;

    EditionSnapshot(List<Area> areas) {
        List<Area> top = new ArrayList<>();
        for (Area area : areas) {
            byPcode.put(area.pcode(), area);
            if (area.parentPcode() == null) {
                top.add(area);
            } else {
                children.computeIfAbsent(area.parentPcode(), key -> new ArrayList<>())
                        .add(area);
            }
        }
        children.replaceAll((parent, list) -> list.stream().sorted(BY_NAME).toList());
        governorates = top.stream().sorted(BY_NAME).toList();
    }

    /** P-codes are upper case; a lower-case or padded one from a form still finds its area. */
    static String canonical(String pcode) {
        return pcode == null ? null : pcode.strip().toUpperCase(Locale.ROOT);
    }

    Optional<Area> find(String pcode) {
        return Optional.ofNullable(pcode == null ? null : byPcode.get(canonical(pcode)));
    }

    List<Area> ancestors(String pcode) {
        Area area = find(pcode).orElse(null);
        if (area == null) {
            return List.of();
        }
        List<Area> chain = new ArrayList<>();
        for (Area up = byPcode.get(area.parentPcode()); up != null; up = byPcode.get(up.parentPcode())) {
            chain.add(up);
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    List<Area> children(String pcode) {
        return pcode == null ? List.of() : children.getOrDefault(canonical(pcode), List.of());
    }

    int childCount(String pcode) {
        return children(pcode).size();
    }

    List<Area> governorates() {
        return governorates;
    }

    boolean isWithin(String pcode, String ancestorPcode) {
        Area area = find(pcode).orElse(null);
        Area ancestor = find(ancestorPcode).orElse(null);
        if (area == null || ancestor == null || ancestor.level() > area.level()) {
            return false;
        }
        return ancestor.pcode().equals(area.pcode()) || ancestor.pcode().equals(area.pcodeAtLevel(ancestor.level()));
    }

    int size() {
        return byPcode.size();
    }
}
