package org.homeward.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.internal.BulkHousehold;
import org.homeward.registry.internal.NameKeys;
import org.homeward.registry.internal.demo.NameBook;
import org.homeward.registry.internal.demo.SyntheticRegistry;

/**
 * Name queries drawn from the households the preload wrote, as a caseworker would type them: given and
 * family name, the family name alone, or given and family name spelt differently from the record (another
 * Latin transliteration; in Arabic, the hamza, ta marbuta or article written otherwise).
 */
final class SearchQueries {

    enum Kind {
        GIVEN_AND_FAMILY,
        FAMILY,
        VARIANT
    }

    enum Script {
        ARABIC,
        LATIN
    }

    /**
     * @param keysMatch whether the registry's search rule (every query key among one member's name keys)
     *     holds for the member the query was drawn from, i.e. whether the search can find it at all
     */
    record Query(Script script, Kind kind, String text, UUID household, boolean keysMatch) {}

    private final SyntheticRegistry generator;
    private final Map<String, NameBook.Name> byLatin = new HashMap<>();

    SearchQueries(SyntheticRegistry generator, NameBook names) {
        this.generator = generator;
        Stream.of(names.maleNames(), names.femaleNames(), names.familyNames())
                .flatMap(List::stream)
                .forEach(name -> name.latin().forEach(spelling -> byLatin.putIfAbsent(spelling, name)));
    }

    /** {@code perScript} queries in each script, kinds in turn, interleaved Arabic and Latin. */
    List<Query> draw(List<UUID> ids, int perScript, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Query> queries = new ArrayList<>();
        int arabic = 0;
        int latin = 0;
        while (arabic < perScript || latin < perScript) {
            int index = random.nextInt(ids.size());
            BulkHousehold household = generator.household(index);
            MemberDraft member = household
                    .draft()
                    .members()
                    .get(random.nextInt(household.draft().members().size()));
            Script script = arabic <= latin ? Script.ARABIC : Script.LATIN;
            String given = script == Script.ARABIC ? member.givenNameAr() : member.givenNameLatin();
            String family = script == Script.ARABIC ? member.familyNameAr() : member.familyNameLatin();
            if (given == null || family == null) {
                continue;
            }
            Kind kind = Kind.values()[(script == Script.ARABIC ? arabic : latin) % Kind.values().length];
            String text = switch (kind) {
                case GIVEN_AND_FAMILY -> given + " " + family;
                case FAMILY -> family;
                case VARIANT ->
                    script == Script.ARABIC
                            ? arabicVariant(given) + " " + arabicVariant(family)
                            : otherSpelling(given, random) + " " + otherSpelling(family, random);
            };
            queries.add(new Query(script, kind, text, ids.get(index), keysMatch(text, member)));
            if (script == Script.ARABIC) {
                arabic++;
            } else {
                latin++;
            }
        }
        return queries;
    }

    private String otherSpelling(String spelling, SplittableRandom random) {
        NameBook.Name name = byLatin.get(spelling);
        if (name == null || name.latin().size() < 2) {
            return spelling;
        }
        List<String> others =
                name.latin().stream().filter(other -> !other.equals(spelling)).toList();
        return others.get(random.nextInt(others.size()));
    }

    /** The same name as it is often written in Arabic script: without hamza, ha for ta marbuta, without the article. */
    static String arabicVariant(String name) {
        String variant = name.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        if (variant.endsWith("ة")) {
            variant = variant.substring(0, variant.length() - 1) + "ه";
        } else if (variant.endsWith("ى")) {
            variant = variant.substring(0, variant.length() - 1) + "ي";
        }
        if (variant.equals(name)) {
            if (variant.startsWith("ال") && variant.length() > 4) {
                variant = variant.substring(2);
            } else if (variant.contains(" ")) {
                variant = variant.replace(" ", "");
            }
        }
        return variant;
    }

    private static boolean keysMatch(String text, MemberDraft member) {
        Set<String> stored = NameKeys.keysOf(Stream.of(
                        member.givenNameAr(),
                        member.fatherNameAr(),
                        member.grandfatherNameAr(),
                        member.familyNameAr(),
                        member.givenNameLatin(),
                        member.fatherNameLatin(),
                        member.grandfatherNameLatin(),
                        member.familyNameLatin())
                .filter(java.util.Objects::nonNull)
                .toList());
        return stored.containsAll(NameKeys.keys(text));
    }
}
