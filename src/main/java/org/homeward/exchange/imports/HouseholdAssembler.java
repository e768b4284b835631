package org.homeward.exchange.imports;

import static org.homeward.exchange.imports.HouseholdField.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homeward.exchange.Row;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;

/**
 * Turns the rows of one household (one row per person) into the draft the registry takes: each row through the
 * validators, household fields from the first row that has them, and a hash of the content so that a re-imported
 * household that did not change is recognised as such.
 */
final class HouseholdAssembler {

    private final ColumnMapping mapping;
    private final List<RowValidator> validators;
    private final MessageDigest digest;

    HouseholdAssembler(ColumnMapping mapping, References references) {
        this.mapping = mapping;
        this.validators = List.of(
                new CodeValidator(
                        DISPLACEMENT_STATUS, Spellings.STATUS, "REFUGEE, IDP, RETURNED_REFUGEE or RETURNED_IDP"),
                new AreaValidator(ORIGIN_PCODE, references),
                new CountryValidator(CURRENT_COUNTRY, references),
                new AreaValidator(CURRENT_PCODE, references),
                new SiteValidator(CURRENT_SITE, references),
                new DateValidator(DATE_DISPLACED),
                new CodeValidator(CHILD_HEADED, Spellings.YES_NO, "yes or no"),
                new CodeValidator(
                        RELATIONSHIP,
                        Spellings.RELATIONSHIP,
                        "HEAD, SPOUSE, CHILD, PARENT, SIBLING or another relationship"),
                new CodeValidator(SEX, Spellings.SEX, "f, m, x or u (female, male, other, unknown)"),
                new DateValidator(DATE_OF_BIRTH),
                new WholeNumberValidator(BIRTH_YEAR, 9999),
                new WholeNumberValidator(AGE, 130),
                new CountryValidator(NATIONALITY, references),
                new CodeValidator(
                        DOCUMENT_TYPE,
                        Spellings.DOCUMENT,
                        "NATIONAL_ID, PASSPORT, FAMILY_BOOKLET or another document type"),
                new CountryValidator(DOCUMENT_COUNTRY, references));
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A household ready for the registry, or its rows' errors. */
    record Assembled(
            String externalId, List<ParsedRow> rows, HouseholdDraft draft, byte[] hash, List<RowError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }

        long lastRow() {
            return rows.getLast().number();
        }
    }

    Assembled assemble(String externalId, List<Row> rows) {
        List<ParsedRow> parsed = new ArrayList<>(rows.size());
        List<RowError> errors = new ArrayList<>();
        for (Row row : rows) {
            ParsedRow one = new ParsedRow(row, mapping);
            for (RowValidator validator : validators) {
                validator.validate(one);
            }
            errors.addAll(one.errors());
            parsed.add(one);
        }
        if (!errors.isEmpty()) {
            return new Assembled(externalId, parsed, null, null, errors);
        }
        HouseholdDraft draft = draft(parsed);
        return new Assembled(externalId, parsed, draft, hash(parsed), errors);
    }

    private HouseholdDraft draft(List<ParsedRow> rows) {
        List<MemberDraft> members =
                rows.stream().map(HouseholdAssembler::member).toList();
        LocalDate displaced = first(rows, DATE_DISPLACED);
        String childHeaded = text(rows, CHILD_HEADED);
        return new HouseholdDraft(
                text(rows, DISPLACEMENT_STATUS),
                text(rows, ORIGIN_PCODE),
                text(rows, CURRENT_COUNTRY),
                text(rows, CURRENT_LOCALITY),
                text(rows, CURRENT_PCODE),
                text(rows, CURRENT_SITE),
                displaced,
                text(rows, PHONE),
                text(rows, NOTES),
                childHeaded == null ? null : Boolean.valueOf(childHeaded),
                members);
    }

    private static MemberDraft member(ParsedRow row) {
        List<MemberDraft.DocumentDraft> documents = row.text(DOCUMENT_TYPE) == null && row.text(DOCUMENT_NUMBER) == null
                ? List.of()
                : List.of(new MemberDraft.DocumentDraft(
                        row.text(DOCUMENT_TYPE), row.text(DOCUMENT_NUMBER), row.text(DOCUMENT_COUNTRY)));
        String needs = row.text(SPECIFIC_NEEDS);
        return new MemberDraft(
                null,
                row.text(RELATIONSHIP),
                row.text(SEX),
                row.get(DATE_OF_BIRTH),
                row.get(BIRTH_YEAR),
                row.get(AGE),
                row.text(GIVEN_NAME_AR),
                row.text(FATHER_NAME_AR),
                row.text(GRANDFATHER_NAME_AR),
                row.text(FAMILY_NAME_AR),
                row.text(GIVEN_NAME_LATIN),
                row.text(FATHER_NAME_LATIN),
                row.text(GRANDFATHER_NAME_LATIN),
                row.text(FAMILY_NAME_LATIN),
                row.text(NATIONALITY),
                needs == null
                        ? List.of()
                        : Arrays.stream(needs.split("[,;\\s]+"))
                                .filter(s -> !s.isBlank())
                                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                                .toList(),
                documents);
    }

    private static String text(List<ParsedRow> rows, HouseholdField field) {
        for (ParsedRow row : rows) {
            String value = row.text(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static <T> T first(List<ParsedRow> rows, HouseholdField field) {
        for (ParsedRow row : rows) {
            T value = row.get(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Of every mapped cell as the validators read it: a changed cell anywhere changes the hash. */
    private byte[] hash(List<ParsedRow> rows) {
        digest.reset();
        for (ParsedRow row : rows) {
            for (HouseholdField field : HouseholdField.values()) {
                String value = row.text(field);
                if (value != null) {
                    digest.update((byte) field.ordinal());
                    digest.update(value.getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 0x1f);
            }
            digest.update((byte) 0x1e);
        }
        return digest.digest();
    }
}
