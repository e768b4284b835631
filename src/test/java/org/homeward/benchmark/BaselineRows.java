package org.homeward.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.internal.NameKeys;

/**
 * The rows a household becomes in {@code household}, {@code person} and {@code identity_document}, derived
 * here without the application (no validation, no audit) for the baselines: what PostgreSQL alone costs.
 */
final class BaselineRows {

    static final String ACTOR = "benchmark-baseline";
    static final String HOUSEHOLD_COLUMNS = "id, reference, organisation_id, displacement_status, origin_pcode,"
            + " origin_areas, current_country, current_locality, current_pcode, current_site, current_areas,"
            + " date_displaced, phone, notes, child_headed, member_count, version, created_at, created_by, updated_at,"
            + " updated_by";
    static final String PERSON_COLUMNS = "id, household_id, position, relationship, sex, date_of_birth, birth_year,"
            + " birth_precision, given_name_ar, father_name_ar, grandfather_name_ar, family_name_ar, given_name_latin,"
            + " father_name_latin, grandfather_name_latin, family_name_latin, nationality, specific_needs, name_keys";
    static final String DOCUMENT_COLUMNS = "id, person_id, document_type, document_number, issuing_country";

    /** Which values are text[] literals, by column position, so that INSERT can cast them. */
    static final int[] HOUSEHOLD_ARRAYS = {5, 10};

    static final int[] PERSON_ARRAYS = {17, 18};

    record Household(List<Object> household, List<List<Object>> persons, List<List<Object>> documents) {}

    private static final AtomicLong REFERENCES = new AtomicLong();

    private final Gazetteer gazetteer;
    private final long organisation;
    private final LocalDate today;

    BaselineRows(Gazetteer gazetteer, long organisation, LocalDate today) {
        this.gazetteer = gazetteer;
        this.organisation = organisation;
        this.today = today;
    }

    Household of(HouseholdDraft draft) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object> household = Arrays.asList(
                id,
                "BL-" + REFERENCES.incrementAndGet() + "-" + id.toString().substring(0, 8),
                organisation,
                draft.displacementStatus(),
                draft.originPcode(),
                literal(withAncestors(draft.originPcode())),
                draft.currentCountry(),
                draft.currentLocality(),
                draft.currentPcode(),
                draft.currentSite(),
                literal(currentAreas(draft)),
                draft.dateDisplaced(),
                draft.phone(),
                draft.notes(),
                Boolean.TRUE.equals(draft.childHeaded()),
                draft.members().size(),
                0,
                now,
                ACTOR,
                now,
                ACTOR);
        List<List<Object>> persons = new ArrayList<>();
        List<List<Object>> documents = new ArrayList<>();
        for (int position = 0; position < draft.members().size(); position++) {
            MemberDraft member = draft.members().get(position);
            UUID personId = UUID.randomUUID();
            persons.add(person(id, personId, position, member));
            for (MemberDraft.DocumentDraft document : member.documents()) {
                documents.add(Arrays.asList(
                        UUID.randomUUID(), personId, document.type(), document.number(), document.issuingCountry()));
            }
        }
        return new Household(household, persons, documents);
    }

    private List<Object> person(UUID household, UUID id, int position, MemberDraft member) {
        Integer year = member.dateOfBirth() != null
                ? Integer.valueOf(member.dateOfBirth().getYear())
                : member.birthYear() != null
                        ? member.birthYear()
                        : member.ageAtRegistration() == null ? null : today.getYear() - member.ageAtRegistration();
        String precision = member.dateOfBirth() != null
                ? "EXACT"
                : member.birthYear() != null ? "YEAR" : member.ageAtRegistration() != null ? "ESTIMATED" : "UNKNOWN";
        List<String> names = java.util.stream.Stream.of(
                        member.givenNameAr(),
                        member.fatherNameAr(),
                        member.grandfatherNameAr(),
                        member.familyNameAr(),
                        member.givenNameLatin(),
                        member.fatherNameLatin(),
                        member.grandfatherNameLatin(),
                        member.familyNameLatin())
                .filter(Objects::nonNull)
                .toList();
        return Arrays.asList(
                id,
                household,
                position,
                member.relationship(),
                member.sex(),
                member.dateOfBirth(),
                year,
                precision,
                member.givenNameAr(),
                member.fatherNameAr(),
                member.grandfatherNameAr(),
                member.familyNameAr(),
                member.givenNameLatin(),
                member.fatherNameLatin(),
                member.grandfatherNameLatin(),
                member.familyNameLatin(),
                member.nationality(),
                literal(member.specificNeeds()),
                literal(List.copyOf(NameKeys.keysOf(names))));
    }

    private List<String> withAncestors(String pcode) {
        List<String> areas = new ArrayList<>(
                gazetteer.ancestors(pcode).stream().map(Area::pcode).toList());
        areas.add(pcode);
        return areas;
    }

    private List<String> currentAreas(HouseholdDraft draft) {
        List<String> areas = new ArrayList<>();
        if (draft.currentPcode() != null) {
            areas.addAll(withAncestors(draft.currentPcode()));
        }
        if (draft.currentSite() != null) {
            areas.add(draft.currentSite());
            gazetteer
                    .site(draft.currentSite())
                    .map(site -> site.admin1Pcode())
                    .filter(Objects::nonNull)
                    .ifPresent(areas::add);
        }
        return areas;
    }

    private static String literal(List<String> codes) {
        return "{" + String.join(",", codes) + "}";
    }
}
