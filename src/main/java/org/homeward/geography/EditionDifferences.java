package org.homeward.geography;

import java.util.List;

/**
 * How an edition differs from the edition it was compared with, at the levels the new edition has (an edition of
 * governorates and districts is not missing the communities of the other).
 *
 * @param stored true when the edition was stored now; false on a dry run or when it existed already
 * @param added P-codes of the new edition that the compared one lacks
 * @param removed P-codes of the compared edition, at the new edition's levels, that the new one lacks
 * @param renamed P-codes in both whose English name differs (ignoring letter case and spacing)
 */
public record EditionDifferences(
        String edition,
        String comparedWith,
        boolean stored,
        int areas,
        List<Integer> levels,
        List<String> added,
        List<String> removed,
        List<Renamed> renamed) {

    public record Renamed(String pcode, String before, String after) {}
}
