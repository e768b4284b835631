package org.homeward.registry.internal.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic registry's names: common Syrian given names (male, female) and family names, each in Arabic
 * script with the Latin spellings met in real registrations, most common first (see demo/README.md).
 */
public final class NameBook {

    /** How often each Latin spelling is chosen, by rank: the first spelling is the most common. */
    private static final double[] SPELLING_WEIGHTS = {0.45, 0.25, 0.18, 0.12};

    private final Weighted<Name> male;
    private final Weighted<Name> female;
    private final Weighted<Name> family;

    /** A name in Arabic script and its Latin spellings. */
    public record Name(String arabic, List<String> latin, int weight) {

        public Name {
            latin = List.copyOf(latin);
        }
    }

    private NameBook(List<Name> male, List<Name> female, List<Name> family) {
        this.male = new Weighted<>(male, Name::weight);
        this.female = new Weighted<>(female, Name::weight);
        this.family = new Weighted<>(family, Name::weight);
    }

    /** The lists shipped under {@code demo/} on the classpath. */
    public static NameBook load() {
        return new NameBook(
                read("demo/given_names_male.csv"), read("demo/given_names_female.csv"), read("demo/family_names.csv"));
    }

    Name male(SplittableRandom random) {
        return male.pick(random);
    }

    Name female(SplittableRandom random) {
        return female.pick(random);
    }

    Name family(SplittableRandom random) {
        return family.pick(random);
    }

    public List<Name> maleNames() {
        return male.items();
    }

    public List<Name> femaleNames() {
        return female.items();
    }

    public List<Name> familyNames() {
        return family.items();
    }

    /** Picks one of the name's Latin spellings, common ones more often. */
    static int spelling(Name name, SplittableRandom random) {
        int count = Math.min(name.latin().size(), SPELLING_WEIGHTS.length);
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += SPELLING_WEIGHTS[i];
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < count; i++) {
            target -= SPELLING_WEIGHTS[i];
            if (target < 0) {
                return i;
            }
        }
        return count - 1;
    }

    private static List<Name> read(String resource) {
        return DemoCsv.rows(resource).stream()
                .map(row -> new Name(
                        row.getField("arabic").strip(),
                        Arrays.stream(row.getField("latin").split("\\|"))
                                .map(String::strip)
                                .toList(),
                        Integer.parseInt(row.getField("weight").strip())))
                .toList();
    }
}
