package org.homeward.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.homeward.registry.ConsentPurpose;
import org.homeward.registry.Consents.ConsentGiven;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.internal.BulkHousehold;
import org.homeward.registry.internal.BulkHousehold.MemberConsent;
import org.homeward.registry.internal.demo.DemoPlaces.Governorate;
import org.homeward.registry.internal.demo.DemoPlaces.HostPlace;

/**
 * A generator of synthetic displaced households, for the demo and for benchmarks. Household {@code n} of a
 * seed is always the same household (for the same day): each has its own random stream, so households can be
 * generated in any order, in parallel, or resumed after the last one written.
 *
 * <p>Refugees and IDPs, countries of asylum and camps follow the weights of {@link DemoPlaces}; families,
 * names, dates of birth, needs and documents those of {@link Families}, {@link Scripts}, {@link MemberDrafts},
 * {@link Needs} and {@link Documents}. Every household says in its notes that it is synthetic.
 */
public final class SyntheticRegistry {

    /** The notes of every synthetic household, so that it is labelled wherever it shows. */
    public static final String NOTE = "SYNTHETIC DEMO RECORD";

    public static final String PARTNER = "DEMO-NGO";

    private static final Set<String> NEIGHBOURS = Set.of("TUR", "LBN", "JOR", "IRQ", "EGY");
    private static final double[] DISPLACED_BY_YEAR = {3, 14, 20, 15, 14, 10, 7, 6, 5, 4, 1, 1};
    private static final int FIRST_DISPLACEMENT_YEAR = 2011;
    private static final String[] CONSENT_METHODS = {"WRITTEN", "THUMBPRINT", "VERBAL", "DIGITAL"};
    private static final double[] CONSENT_METHOD_WEIGHTS = {0.55, 0.20, 0.15, 0.10};

    private final DemoPlaces places;
    private final Families families;
    private final MemberDrafts members;
    private final long seed;
    private final LocalDate today;

    public SyntheticRegistry(NameBook names, DemoPlaces places, long seed, LocalDate today) {
        this.places = places;
        this.families = new Families(names, today);
        this.members = new MemberDrafts(today);
        this.seed = seed;
        this.today = today;
    }

    /** Households {@code from} to {@code from + count - 1}. */
    public List<BulkHousehold> households(long from, int count) {
        List<BulkHousehold> households = new ArrayList<>(count);
        for (long index = from; index < from + count; index++) {
            households.add(household(index));
        }
        return households;
    }

    public BulkHousehold household(long index) {
        SplittableRandom random = new SplittableRandom(mix(seed + index * 0x9E3779B97F4A7C15L));
        boolean refugee = random.nextDouble() < places.refugeeShare();
        Governorate origin = places.origin(random);
        String originPcode = DemoPlaces.community(origin, random);
        Location location = refugee ? abroad(random) : inSyria(origin, random);
        Families.Family family = families.build(random);
        Scripts scripts = Scripts.choose(!refugee, NEIGHBOURS.contains(location.country()), random);
        List<MemberDraft> drafts =
                members.members(new MemberDrafts.Context(family, location.country(), scripts), random);
        LocalDate displaced = random.nextDouble() < 0.92 ? displaced(random) : null;
        HouseholdDraft draft = new HouseholdDraft(
                refugee ? DisplacementStatus.REFUGEE.name() : DisplacementStatus.IDP.name(),
                originPcode,
                location.country(),
                location.locality(),
                location.pcode(),
                location.site(),
                displaced,
                random.nextDouble() < 0.65 ? phone(random) : null,
                NOTE,
                family.childHeaded() ? Boolean.TRUE : null,
                drafts);
        String organisation = organisation(refugee, location, random);
        return new BulkHousehold(draft, organisation, consents(draft, organisation, displaced, random));
    }

    private record Location(String country, String locality, String pcode, String site) {}

    private Location abroad(SplittableRandom random) {
        HostPlace place = places.asylum(random);
        return new Location(place.iso3(), place.locality(), null, place.site());
    }

    /** An IDP lives in a community of another governorate, or in one of the camps (over-represented: README). */
    private Location inSyria(Governorate origin, SplittableRandom random) {
        if (random.nextDouble() < 0.12) {
            HostPlace site = places.syrianSite(random);
            return new Location(DemoPlaces.SYRIA, site.locality(), null, site.site());
        }
        return new Location(DemoPlaces.SYRIA, null, places.communityOutside(origin.pcode(), random), null);
    }

    private LocalDate displaced(SplittableRandom random) {
        double target = random.nextDouble() * 100;
        int year = FIRST_DISPLACEMENT_YEAR;
        for (double weight : DISPLACED_BY_YEAR) {
            target -= weight;
            if (target < 0) {
                break;
            }
            year++;
        }
        LocalDate date = LocalDate.of(Math.min(year, 2022), 1, 1).plusDays(random.nextInt(365));
        return date.isAfter(today) ? today : date;
    }

    /** +999 is not the calling code of any country: no real phone can be dialled from the demo. */
    private static String phone(SplittableRandom random) {
        return "+999 %03d %03d %04d".formatted(random.nextInt(1000), random.nextInt(1000), random.nextInt(10000));
    }

    /** SARC and IOM register IDPs, UNHCR refugees; the demo partner NGO registers some of both. */
    private static String organisation(boolean refugee, Location location, SplittableRandom random) {
        double draw = random.nextDouble();
        if (!refugee) {
            return draw < 0.55 ? "SARC" : draw < 0.85 ? "IOM" : PARTNER;
        }
        double unhcr = NEIGHBOURS.contains(location.country()) ? 0.85 : 0.75;
        return draw < unhcr ? "UNHCR" : PARTNER;
    }

    /**
     * Registration consent, given by each member (a guardian for children), for most households; a few
     * heads also consent to sharing with the demo partner NGO.
     */
    private List<MemberConsent> consents(
            HouseholdDraft draft, String organisation, LocalDate displaced, SplittableRandom random) {
        List<MemberConsent> consents = new ArrayList<>();
        if (random.nextDouble() >= 0.95) {
            return consents;
        }
        LocalDate earliest = today.minusYears(3);
        if (displaced != null && displaced.isAfter(earliest)) {
            earliest = displaced;
        }
        long span = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
        LocalDate date = earliest.plusDays(random.nextLong(span));
        String method = method(random);
        String place = draft.currentLocality();
        for (int i = 0; i < draft.members().size(); i++) {
            String givenBy = isMinor(draft.members().get(i)) ? "GUARDIAN" : "SELF";
            consents.add(new MemberConsent(
                    i,
                    new ConsentGiven(
                            ConsentPurpose.REGISTRATION.name(), null, givenBy, date, method, place, organisation)));
        }
        if (!organisation.equals(PARTNER) && random.nextDouble() < 0.05) {
            int head = headIndex(draft);
            consents.add(new MemberConsent(
                    head,
                    new ConsentGiven(
                            ConsentPurpose.SHARING.name(), PARTNER, "SELF", date, method, place, organisation)));
        }
        return consents;
    }

    private boolean isMinor(MemberDraft member) {
        Integer year = member.dateOfBirth() != null
                ? Integer.valueOf(member.dateOfBirth().getYear())
                : member.birthYear();
        if (year != null) {
            return today.getYear() - year < 18;
        }
        return member.ageAtRegistration() != null && member.ageAtRegistration() < 18;
    }

    private static int headIndex(HouseholdDraft draft) {
        for (int i = 0; i < draft.members().size(); i++) {
            if ("HEAD".equals(draft.members().get(i).relationship())) {
                return i;
            }
        }
        return 0;
    }

    private static String method(SplittableRandom random) {
        double target = random.nextDouble();
        for (int i = 0; i < CONSENT_METHODS.length; i++) {
            target -= CONSENT_METHOD_WEIGHTS[i];
            if (target < 0) {
                return CONSENT_METHODS[i];
            }
        }
        return CONSENT_METHODS[0];
    }

    /** MurmurHash3's finaliser: spreads consecutive indexes over unrelated random streams. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb53fe85a903bL;
        return z ^ (z >>> 33);
    }
}
