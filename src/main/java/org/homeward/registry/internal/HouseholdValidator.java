package org.homeward.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.Relationship;
import org.homeward.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Checks a whole household draft and lists every problem at once, by field path ({@code members[1].sex}).
 * Messages name the rule and, for reference codes, the code; they never repeat personal data.
 */
@Component
class HouseholdValidator {

    static final int MAX_MEMBERS = 60;
    private static final LocalDate EARLIEST_DISPLACEMENT = LocalDate.of(1948, 1, 1);

    private final Gazetteer gazetteer;
    private final MemberValidator members;
    private final Clock clock;

    HouseholdValidator(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.members = new MemberValidator(gazetteer, clock);
        this.clock = clock;
    }

    /**
     * @param knownMemberIds ids of the household's current members (empty for a registration)
     * @throws ValidationException listing every problem
     */
    HouseholdData validate(HouseholdDraft draft, Set<UUID> knownMemberIds) {
        Errors errors = new Errors();
        DisplacementStatus status =
                errors.enumValue("displacementStatus", draft.displacementStatus(), DisplacementStatus.class);
        String origin = originPcode(draft, errors);
        String country = currentCountry(draft, status, errors);
        String currentPcode = TextRules.blankToNull(draft.currentPcode());
        if (currentPcode != null && !gazetteer.exists(currentPcode)) {
            errors.add("currentPcode", "unknown-pcode", "unknown P-code" + Errors.quotedIfPcode(currentPcode));
        }
        String site = TextRules.blankToNull(draft.currentSite());
        if (site != null && gazetteer.site(site).isEmpty()) {
            errors.add("currentSite", "unknown-site", "unknown site or camp code");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate displaced = draft.dateDisplaced();
        if (displaced != null && (displaced.isAfter(today) || displaced.isBefore(EARLIEST_DISPLACEMENT))) {
            errors.add("dateDisplaced", "out-of-range", "must be between 1948-01-01 and today");
        }
        String locality = errors.text("currentLocality", draft.currentLocality(), TextRules.LOCALITY_MAX);
        String notes = errors.text("notes", draft.notes(), TextRules.NOTES_MAX);
        String phone = errors.text("phone", draft.phone(), 30);
        if (phone != null && !TextRules.isPhone(phone)) {
            errors.add("phone", "invalid-phone", "expected digits, spaces, (), - and an optional leading +");
        }
        boolean childHeaded = Boolean.TRUE.equals(draft.childHeaded());
        List<PersonData> people = memberList(draft.members(), knownMemberIds, childHeaded, errors);
        errors.throwIfAny();
        return new HouseholdData(
                status, origin, country, locality, currentPcode, site, displaced, phone, notes, childHeaded, people);
    }

    private String originPcode(HouseholdDraft draft, Errors errors) {
        String origin = TextRules.blankToNull(draft.originPcode());
        if (origin == null) {
            errors.add("originPcode", "required", "the community (or finest known area) of origin is required");
        } else if (!gazetteer.exists(origin)) {
            errors.add("originPcode", "unknown-pcode", "unknown P-code" + Errors.quotedIfPcode(origin));
        }
        return origin;
    }

    private String currentCountry(HouseholdDraft draft, DisplacementStatus status, Errors errors) {
        String given = TextRules.blankToNull(draft.currentCountry());
        if (given == null) {
            if (status == DisplacementStatus.REFUGEE) {
                errors.add("currentCountry", "required", "a refugee household needs its country of asylum");
            }
            return "SYR";
        }
        var country = gazetteer.country(given);
        if (country.isEmpty()) {
            errors.add("currentCountry", "unknown-country", "unknown country; expected an ISO 3166-1 code");
            return null;
        }
        String iso3 = country.get().iso3();
        if (status == DisplacementStatus.REFUGEE && iso3.equals("SYR")) {
            errors.add("currentCountry", "refugee-in-origin", "a refugee household lives outside Syria");
        }
        if (status == DisplacementStatus.IDP && !iso3.equals("SYR")) {
            errors.add("currentCountry", "idp-abroad", "an IDP household lives inside Syria (SYR)");
        }
        return iso3;
    }

    private List<PersonData> memberList(
            List<MemberDraft> drafts, Set<UUID> knownMemberIds, boolean childHeaded, Errors errors) {
        if (drafts.isEmpty()) {
            errors.add("members", "required", "a household has at least one member");
            return List.of();
        }
        if (drafts.size() > MAX_MEMBERS) {
            errors.add("members", "too-many", "at most " + MAX_MEMBERS + " members");
            return List.of();
        }
        List<PersonData> people = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            people.add(members.validate("members[" + i + "]", drafts.get(i), knownMemberIds, errors));
        }
        long heads = people.stream()
                .filter(person -> person.relationship() == Relationship.HEAD)
                .count();
        if (heads != 1) {
            errors.add("members", "one-head", "exactly one member must be HEAD; found " + heads);
        }
        // Every head is checked, not only a single one: a request with two heads, one of them a child, has
        // two problems, and one answer names both.
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < people.size(); i++) {
            Integer age = people.get(i).ageOn(today);
            boolean minor = age != null && age >= 0 && age < 18; // a negative age is a future birth, named already
            if (people.get(i).relationship() == Relationship.HEAD && minor && !childHeaded) {
                errors.add(
                        "members[" + i + "].relationship",
                        "minor-head",
                        "the head is under 18: set childHeaded to true for a child-headed household");
            }
        }
        return people;
    }
}
