package org.homeward.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;
import org.homeward.registry.internal.demo.Families.Family;
import org.homeward.registry.internal.demo.Families.Person;

/**
 * Specific needs for about one person in ten, where they arise: single parents and women at risk among
 * women heading households, older people at risk, pregnant or lactating women, children at risk and
 * separated children in child-headed households, disability and serious medical conditions across all ages;
 * the most sensitive codes (torture, sexual violence) are rare. The rates are illustrative, not statistics.
 */
final class Needs {

    List<String> of(Family family, Person person, int age, SplittableRandom random) {
        List<SpecificNeed> needs = new ArrayList<>();
        boolean head = person.relationship() == Relationship.HEAD;
        if (family.shape() == Families.Shape.CHILD_HEADED) {
            add(needs, SpecificNeed.SC, 0.6, random);
            add(needs, SpecificNeed.CR, 0.3, random);
        } else if (age < 18) {
            add(needs, SpecificNeed.CR, 0.015, random);
        }
        if (head && !person.male() && family.members().size() > 1 && age >= 18) {
            add(needs, SpecificNeed.SP, 0.35, random);
            add(needs, SpecificNeed.WR, 0.08, random);
        }
        if (age >= 60) {
            add(needs, SpecificNeed.ER, 0.20, random);
            add(needs, SpecificNeed.SM, 0.08, random);
        }
        if (!person.male() && age >= 18 && age <= 45 && family.members().size() > 1) {
            add(needs, SpecificNeed.PG, 0.05, random);
        }
        add(needs, SpecificNeed.DS, 0.025, random);
        add(needs, SpecificNeed.SM, 0.025, random);
        if (age >= 18) {
            add(needs, SpecificNeed.LP, 0.008, random);
            add(needs, person.male() ? SpecificNeed.TR : SpecificNeed.SV, 0.003, random);
        }
        if (head && family.shape() == Families.Shape.SINGLE_MAN) {
            add(needs, SpecificNeed.FU, 0.05, random);
        }
        return needs.stream().map(Enum::name).toList();
    }

    private static void add(List<SpecificNeed> needs, SpecificNeed need, double chance, SplittableRandom random) {
        if (random.nextDouble() < chance && !needs.contains(need)) {
            needs.add(need);
        }
    }
}
