package org.homeward.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.DocumentType;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;
import org.homeward.registry.internal.PersonData.BirthPrecision;
import org.homeward.registry.internal.PersonData.Names;

/** Checks one member of a household draft, adding problems under the member's field path. */
final class MemberValidator {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final int MAX_DOCUMENTS = 20;
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /\\-]{0,49}");

    private final Gazetteer gazetteer;
    private final Clock clock;

    MemberValidator(Gazetteer gazetteer, Clock clock) {
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    PersonData validate(String path, MemberDraft draft, Set<UUID> knownMemberIds, Errors errors) {
        if (draft == null) {
            errors.add(path, "required", "a member may not be null");
            return new PersonData(
                    null, null, null, null, null, BirthPrecision.UNKNOWN, emptyNames(), null, List.of(), List.of());
        }
        if (draft.id() != null && !knownMemberIds.contains(draft.id())) {
            errors.add(path + ".id", "unknown-member", "not a member of this household");
        }
        Relationship relationship = errors.enumValue(path + ".relationship", draft.relationship(), Relationship.class);
        Sex sex = sex(path, draft.sex(), errors);
        Names names = names(path, draft, errors);
        String nationality = null;
        if (draft.nationality() != null && !draft.nationality().isBlank()) {
            var country = gazetteer.country(draft.nationality().strip());
            if (country.isEmpty()) {
                errors.add(path + ".nationality", "unknown-country", "unknown country; expected an ISO 3166-1 code");
            } else {
                nationality = country.get().iso3();
            }
        }
        List<SpecificNeed> needs = new ArrayList<>();
        List<String> needCodes = draft.specificNeeds();
        if (needCodes.size() > SpecificNeed.values().length) {
            // More entries than there are codes: the list is oversized, and one error says so (not one per entry).
            errors.add(path + ".specificNeeds", "too-many", "at most " + SpecificNeed.values().length + " codes");
            needCodes = List.of();
        }
        for (int i = 0; i < needCodes.size(); i++) {
            String code = needCodes.get(i);
            SpecificNeed.ofCode(code == null ? "" : code.strip())
                    .ifPresentOrElse(
                            needs::add,
                            () -> errors.add(
                                    path + ".specificNeeds",
                                    "unknown-need",
                                    "unknown specific-needs code; see /api/v1/registry/specific-needs"));
        }
        List<PersonData.Document> documents = documents(path, draft.documents(), errors);
        return birth(path, draft, errors, relationship, sex, names, nationality, needs, documents);
    }

    private PersonData birth(
            String path,
            MemberDraft draft,
            Errors errors,
            Relationship relationship,
            Sex sex,
            Names names,
            String nationality,
            List<SpecificNeed> needs,
            List<PersonData.Document> documents) {
        LocalDate today = LocalDate.now(clock);
        // A record read back carries both dateOfBirth and the birthYear derived from it: they must agree.
        if (draft.dateOfBirth() != null
                && draft.birthYear() != null
                && draft.birthYear() != draft.dateOfBirth().getYear()) {
            errors.add(path + ".birthYear", "ambiguous-birth", "disagrees with dateOfBirth; send one of them");
        }
        if (draft.ageAtRegistration() != null && (draft.dateOfBirth() != null || draft.birthYear() != null)) {
            errors.add(
                    path + ".ageAtRegistration",
                    "ambiguous-birth",
                    "send an age only when the date or year of birth is unknown");
        }
        LocalDate dob = draft.dateOfBirth();
        Integer year = null;
        BirthPrecision precision = BirthPrecision.UNKNOWN;
        if (dob != null) {
            if (dob.isAfter(today)) {
                errors.add(path + ".dateOfBirth", "future-date", "date of birth is in the future");
            } else if (dob.isBefore(EARLIEST_BIRTH)) {
                errors.add(path + ".dateOfBirth", "out-of-range", "date of birth is before 1900");
            }
            year = dob.getYear();
            precision = BirthPrecision.EXACT;
        } else if (draft.birthYear() != null) {
            year = draft.birthYear();
            if (year > today.getYear() || year < EARLIEST_BIRTH.getYear()) {
                errors.add(path + ".birthYear", "out-of-range", "birth year must be between 1900 and this year");
            }
            precision = BirthPrecision.YEAR;
        } else if (draft.ageAtRegistration() != null) {
            int age = draft.ageAtRegistration();
            if (age < 0 || age > 120) {
                errors.add(path + ".ageAtRegistration", "out-of-range", "age must be between 0 and 120");
            }
            year = today.getYear() - age;
            precision = BirthPrecision.ESTIMATED;
        }
        return new PersonData(
                draft.id(), relationship, sex, dob, year, precision, names, nationality, needs, documents);
    }

    private static Sex sex(String path, String code, Errors errors) {
        if (code == null || code.isBlank()) {
            errors.add(path + ".sex", "required", "required; one of f, m, x, u");
            return null;
        }
        return Sex.ofCode(code.strip()).orElseGet(() -> {
            errors.add(path + ".sex", "invalid", "expected one of f, m, x, u");
            return null;
        });
    }

    private static Names names(String path, MemberDraft draft, Errors errors) {
        Names names = new Names(
                arabic(path + ".givenNameAr", draft.givenNameAr(), errors),
                arabic(path + ".fatherNameAr", draft.fatherNameAr(), errors),
                arabic(path + ".grandfatherNameAr", draft.grandfatherNameAr(), errors),
                arabic(path + ".familyNameAr", draft.familyNameAr(), errors),
                latin(path + ".givenNameLatin", draft.givenNameLatin(), errors),
                latin(path + ".fatherNameLatin", draft.fatherNameLatin(), errors),
                latin(path + ".grandfatherNameLatin", draft.grandfatherNameLatin(), errors),
                latin(path + ".familyNameLatin", draft.familyNameLatin(), errors));
        if (names.all().isEmpty()) {
            errors.add(path, "name-required", "at least one name, in Arabic or Latin script");
        }
        return names;
    }

    private static String arabic(String field, String value, Errors errors) {
        String text = errors.text(field, value, TextRules.NAME_MAX);
        if (text != null && !TextRules.hasControlCharacters(text) && !TextRules.isArabicName(text)) {
            errors.add(field, "wrong-script", "expected Arabic script (letters, spaces, hyphens)");
        }
        return text;
    }

    private static String latin(String field, String value, Errors errors) {
        String text = errors.text(field, value, TextRules.NAME_MAX);
        if (text != null && !TextRules.hasControlCharacters(text) && !TextRules.isLatinName(text)) {
            errors.add(field, "wrong-script", "expected Latin script (letters, spaces, hyphens, apostrophes)");
        }
        return text;
    }

    private List<PersonData.Document> documents(String path, List<MemberDraft.DocumentDraft> drafts, Errors errors) {
        List<PersonData.Document> documents = new ArrayList<>();
        if (drafts.size() > MAX_DOCUMENTS) {
            errors.add(path + ".documents", "too-many", "at most " + MAX_DOCUMENTS + " documents");
            return documents;
        }
        for (int i = 0; i < drafts.size(); i++) {
            String field = path + ".documents[" + i + "]";
            MemberDraft.DocumentDraft draft = drafts.get(i);
            if (draft == null) {
                errors.add(field, "required", "a document may not be null");
                continue;
            }
            DocumentType type = errors.enumValue(field + ".type", draft.type(), DocumentType.class);
            String number = draft.number() == null ? null : draft.number().strip();
            if (number == null || !DOCUMENT_NUMBER.matcher(number).matches()) {
                errors.add(field + ".number", "invalid", "1 to 50 letters, digits, spaces, / or -");
            }
            String issuer = null;
            if (draft.issuingCountry() != null && !draft.issuingCountry().isBlank()) {
                var country = gazetteer.country(draft.issuingCountry().strip());
                if (country.isEmpty()) {
                    errors.add(
                            field + ".issuingCountry",
                            "unknown-country",
                            "unknown country; expected an ISO 3166-1 code");
                } else {
                    issuer = country.get().iso3();
                }
            }
            documents.add(new PersonData.Document(null, type, number, issuer));
        }
        return documents;
    }

    private static Names emptyNames() {
        return new Names(null, null, null, null, null, null, null, null);
    }
}
