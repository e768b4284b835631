package org.homeward.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.Relationship;
import org.homeward.registry.internal.demo.Families.Person;
import org.homeward.registry.internal.demo.Scripts.Mode;

/**
 * Turns generated people into members as a registration would send them: names in the household's
 * scripts, dates of birth mostly exact (some only a year, some an estimated age, as registrations of older
 * people often are), specific needs and documents.
 */
final class MemberDrafts {

    private final Needs needs = new Needs();
    private final Documents documents = new Documents();
    private final LocalDate today;

    MemberDrafts(LocalDate today) {
        this.today = today;
    }

    /** Where the household lives decides its documents: the iso3 of the country, and whether it is an IDP. */
    record Context(Families.Family family, String country, Scripts scripts) {}

    List<MemberDraft> members(Context context, SplittableRandom random) {
        List<MemberDraft> members = new ArrayList<>();
        for (Person person : context.family().members()) {
            members.add(member(context, person, random));
        }
        return members;
    }

    private MemberDraft member(Context context, Person person, SplittableRandom random) {
        int age = person.ageOn(today);
        Birth birth = birth(person, age, random);
        Mode mode = context.scripts().memberMode(random);
        boolean arabic = mode != Mode.LATIN_ONLY;
        boolean latin = mode != Mode.ARABIC_ONLY;
        boolean grandfather = context.scripts().grandfatherRecorded();
        Scripts scripts = context.scripts();
        return new MemberDraft(
                null,
                person.relationship().name(),
                person.male() ? "m" : "f",
                birth.date(),
                birth.year(),
                birth.age(),
                arabic ? person.given().arabic() : null,
                arabic ? person.father().arabic() : null,
                arabic && grandfather ? person.grandfather().arabic() : null,
                arabic ? person.family().arabic() : null,
                latin ? scripts.latin(person.given(), random) : null,
                latin ? scripts.latin(person.father(), random) : null,
                latin && grandfather ? scripts.latin(person.grandfather(), random) : null,
                latin ? scripts.latin(person.family(), random) : null,
                random.nextDouble() < 0.95 ? "SYR" : null,
                needs.of(context.family(), person, age, random),
                documents.of(context.country(), person, age, random));
    }

    private record Birth(LocalDate date, Integer year, Integer age) {}

    /**
     * Exact dates for most; a year only or an estimated age for some, more often for older people. Some
     * exact adult dates are 1 January, the default civil registries wrote when the day was unknown.
     * Estimated ages of the head's parents are rounded up to five years ("about 70"), never down, so that a
     * parent stays older than the child.
     */
    private Birth birth(Person person, int age, SplittableRandom random) {
        double exact = age < 14 ? 0.90 : age < 60 ? 0.72 : 0.45;
        double draw = random.nextDouble();
        if (draw < exact) {
            LocalDate date = person.born();
            if (age >= 18 && random.nextDouble() < 0.12) {
                date = LocalDate.of(date.getYear(), 1, 1);
            }
            return new Birth(date, null, null);
        }
        if (draw < exact + (1 - exact) * 0.6) {
            return new Birth(null, person.born().getYear(), null);
        }
        int estimate = age;
        if (person.relationship() == Relationship.PARENT && age >= 50 && estimate % 5 != 0) {
            estimate += 5 - estimate % 5;
        }
        return new Birth(null, null, estimate);
    }
}
