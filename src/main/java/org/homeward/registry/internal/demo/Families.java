package org.homeward.registry.internal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homeward.registry.Relationship;
import org.homeward.registry.internal.demo.NameBook.Name;

/**
 * Household structures of Syrian displaced families: couples with children spaced one to three years apart,
 * extended families with the head's parents, households headed by women, single men, older couples with
 * grandchildren, and a few households headed by a child. Every child is at least 18 years younger than its
 * mother (so older than 15 years than any parent), and names follow the Arabic pattern: a child's father name
 * is its father's given name, its grandfather name its father's father's, and the family name is shared.
 */
final class Families {

    enum Shape {
        COUPLE(0.55),
        EXTENDED(0.11),
        FEMALE_HEADED(0.22),
        SINGLE_MAN(0.05),
        OLDER_COUPLE(0.06),
        CHILD_HEADED(0.01);

        final double weight;

        Shape(double weight) {
            this.weight = weight;
        }
    }

    /** A member as generated: relationship, sex, true date of birth and names as entries of the name book. */
    record Person(
            Relationship relationship,
            boolean male,
            LocalDate born,
            Name given,
            Name father,
            Name grandfather,
            Name family) {

        int ageOn(LocalDate day) {
            return (int) ChronoUnit.YEARS.between(born, day);
        }
    }

    record Family(Shape shape, List<Person> members, boolean childHeaded) {}

    /** Children per mother, 0 to 9: Syrian families in displacement have about three to four. */
    private static final double[] CHILDREN = {3, 7, 13, 18, 19, 15, 11, 7, 4, 3};

    private static final Weighted<Shape> SHAPES = new Weighted<>(List.of(Shape.values()), shape -> shape.weight);

    private final NameBook names;
    private final LocalDate today;

    Families(NameBook names, LocalDate today) {
        this.names = names;
        this.today = today;
    }

    Family build(SplittableRandom random) {
        Shape shape = SHAPES.pick(random);
        List<Person> members = new ArrayList<>();
        switch (shape) {
            case COUPLE -> couple(members, 22 + random.nextInt(17) + random.nextInt(17), random);
            case EXTENDED -> extended(members, random);
            case FEMALE_HEADED -> femaleHeaded(members, random);
            case SINGLE_MAN ->
                members.add(adultMan(Relationship.HEAD, 18 + random.nextInt(15) + random.nextInt(14), random));
            case OLDER_COUPLE -> olderCouple(members, random);
            case CHILD_HEADED -> childHeaded(members, random);
        }
        return new Family(shape, List.copyOf(members), shape == Shape.CHILD_HEADED);
    }

    private Person couple(List<Person> members, int headAge, SplittableRandom random) {
        Person head = adultMan(Relationship.HEAD, headAge, random);
        int wifeAge = Math.max(18, headAge - random.nextInt(11));
        Name wifeFamily = random.nextDouble() < 0.25 ? head.family() : names.family(random);
        Person wife = new Person(
                Relationship.SPOUSE,
                false,
                born(wifeAge, random),
                names.female(random),
                names.male(random),
                names.male(random),
                wifeFamily);
        members.add(head);
        members.add(wife);
        children(members, wife.born(), head.given(), head.father(), head.family(), random);
        return head;
    }

    private void extended(List<Person> members, SplittableRandom random) {
        Person head = couple(members, 24 + random.nextInt(14) + random.nextInt(14), random);
        if (random.nextDouble() < 0.5) {
            LocalDate born = head.born().minusYears(22 + random.nextInt(17)).minusDays(random.nextInt(365));
            Name grandfather = names.male(random);
            members.add(new Person(
                    Relationship.PARENT, true, born, head.father(), head.grandfather(), grandfather, head.family()));
        }
        if (random.nextDouble() < 0.85) {
            LocalDate born = head.born().minusYears(18 + random.nextInt(15)).minusDays(random.nextInt(365));
            members.add(woman(Relationship.PARENT, born, names.family(random), random));
        }
        if (random.nextDouble() < 0.3) {
            int age = Math.max(16, head.ageOn(today) - 1 - random.nextInt(12));
            boolean male = random.nextBoolean();
            members.add(new Person(
                    Relationship.SIBLING,
                    male,
                    born(age, random),
                    male ? names.male(random) : names.female(random),
                    head.father(),
                    head.grandfather(),
                    head.family()));
        }
    }

    /** A widow or a woman whose husband is absent: her children carry their father's names. */
    private void femaleHeaded(List<Person> members, SplittableRandom random) {
        if (random.nextDouble() < 0.10) {
            members.add(woman(Relationship.HEAD, born(55 + random.nextInt(26), random), names.family(random), random));
            return;
        }
        Person head = woman(
                Relationship.HEAD,
                born(20 + random.nextInt(21) + random.nextInt(20), random),
                names.family(random),
                random);
        members.add(head);
        Name husbandFamily = random.nextDouble() < 0.25 ? head.family() : names.family(random);
        children(members, head.born(), names.male(random), names.male(random), husbandFamily, random);
        if (random.nextDouble() < 0.2) {
            LocalDate born = head.born().minusYears(18 + random.nextInt(15)).minusDays(random.nextInt(365));
            members.add(woman(Relationship.PARENT, born, names.family(random), random));
        }
    }

    private void olderCouple(List<Person> members, SplittableRandom random) {
        Person head = adultMan(Relationship.HEAD, 58 + random.nextInt(23), random);
        int wifeAge = Math.max(50, head.ageOn(today) - random.nextInt(9));
        Person wife = woman(Relationship.SPOUSE, born(wifeAge, random), names.family(random), random);
        members.add(head);
        members.add(wife);
        if (random.nextDouble() < 0.5) {
            // an unmarried adult child, born when the mother was 18 to 44
            LocalDate born = wife.born().plusYears(18 + random.nextInt(27)).plusDays(random.nextInt(365));
            if (ChronoUnit.YEARS.between(born, today) >= 18) {
                members.add(child(Relationship.CHILD, born, head.given(), head.father(), head.family(), random));
            }
        }
        int youngestPossible = Math.min(14, wife.ageOn(today) - 37);
        if (random.nextDouble() < 0.4 && youngestPossible >= 0) {
            // grandchildren cared for by their grandparents; their father, the head's son, is not in the household
            Name son = names.male(random);
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                LocalDate born = born(random.nextInt(youngestPossible + 1), random);
                members.add(child(Relationship.GRANDCHILD, born, son, head.given(), head.family(), random));
            }
        }
    }

    private void childHeaded(List<Person> members, SplittableRandom random) {
        Name father = names.male(random);
        Name grandfather = names.male(random);
        Name family = names.family(random);
        boolean male = random.nextDouble() < 0.6;
        LocalDate born = born(14 + random.nextInt(3), random);
        members.add(new Person(
                Relationship.HEAD,
                male,
                born,
                male ? names.male(random) : names.female(random),
                father,
                grandfather,
                family));
        int siblings = 1 + random.nextInt(3);
        for (int i = 0; i < siblings; i++) {
            born = born.plusDays(365 + random.nextInt(730));
            if (born.isAfter(today.minusMonths(6))) {
                break;
            }
            members.add(child(Relationship.SIBLING, born, father, grandfather, family, random));
        }
    }

    /**
     * Children of one mother: the first born when she was 18 to 26, then one every one to three years, none
     * after today; children over 24 have mostly left to found their own households.
     */
    private void children(
            List<Person> members,
            LocalDate motherBorn,
            Name father,
            Name grandfather,
            Name family,
            SplittableRandom random) {
        int count = count(random);
        LocalDate born = motherBorn.plusYears(18 + random.nextInt(9)).plusDays(random.nextInt(365));
        for (int i = 0; i < count && born.isBefore(today.minusMonths(1)); i++) {
            if (ChronoUnit.YEARS.between(born, today) < 25 || random.nextDouble() < 0.3) {
                members.add(child(Relationship.CHILD, born, father, grandfather, family, random));
            }
            born = born.plusDays(365 + random.nextInt(731));
        }
    }

    private static int count(SplittableRandom random) {
        double target = random.nextDouble() * 100;
        for (int i = 0; i < CHILDREN.length; i++) {
            target -= CHILDREN[i];
            if (target < 0) {
                return i;
            }
        }
        return CHILDREN.length - 1;
    }

    private Person child(
            Relationship relationship,
            LocalDate born,
            Name father,
            Name grandfather,
            Name family,
            SplittableRandom random) {
        boolean male = random.nextDouble() < 0.51;
        Name given = male ? names.male(random) : names.female(random);
        return new Person(relationship, male, born, given, father, grandfather, family);
    }

    private Person adultMan(Relationship relationship, int age, SplittableRandom random) {
        return new Person(
                relationship,
                true,
                born(age, random),
                names.male(random),
                names.male(random),
                names.male(random),
                names.family(random));
    }

    private Person woman(Relationship relationship, LocalDate born, Name family, SplittableRandom random) {
        return new Person(
                relationship, false, born, names.female(random), names.male(random), names.male(random), family);
    }

    private LocalDate born(int age, SplittableRandom random) {
        return today.minusYears(age).minusDays(random.nextInt(365));
    }
}
