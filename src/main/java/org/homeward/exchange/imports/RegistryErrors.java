package org.homeward.exchange.imports;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.shared.FieldError;

/**
 * Puts the registry's problems with a household draft back on the rows and columns of the file: {@code
 * members[2].sex} is the third row of the household, column sex.
 */
final class RegistryErrors {

    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\.?(.*)");
    private static final Map<String, HouseholdField> FIELDS = Map.ofEntries(
            Map.entry("displacementStatus", HouseholdField.DISPLACEMENT_STATUS),
            Map.entry("originPcode", HouseholdField.ORIGIN_PCODE),
            Map.entry("currentCountry", HouseholdField.CURRENT_COUNTRY),
            Map.entry("currentLocality", HouseholdField.CURRENT_LOCALITY),
            Map.entry("currentPcode", HouseholdField.CURRENT_PCODE),
            Map.entry("currentSite", HouseholdField.CURRENT_SITE),
            Map.entry("dateDisplaced", HouseholdField.DATE_DISPLACED),
            Map.entry("phone", HouseholdField.PHONE),
            Map.entry("notes", HouseholdField.NOTES),
            Map.entry("childHeaded", HouseholdField.CHILD_HEADED),
            Map.entry("relationship", HouseholdField.RELATIONSHIP),
            Map.entry("sex", HouseholdField.SEX),
            Map.entry("dateOfBirth", HouseholdField.DATE_OF_BIRTH),
            Map.entry("birthYear", HouseholdField.BIRTH_YEAR),
            Map.entry("ageAtRegistration", HouseholdField.AGE),
            Map.entry("givenNameAr", HouseholdField.GIVEN_NAME_AR),
            Map.entry("fatherNameAr", HouseholdField.FATHER_NAME_AR),
            Map.entry("grandfatherNameAr", HouseholdField.GRANDFATHER_NAME_AR),
            Map.entry("familyNameAr", HouseholdField.FAMILY_NAME_AR),
            Map.entry("givenNameLatin", HouseholdField.GIVEN_NAME_LATIN),
            Map.entry("fatherNameLatin", HouseholdField.FATHER_NAME_LATIN),
            Map.entry("grandfatherNameLatin", HouseholdField.GRANDFATHER_NAME_LATIN),
            Map.entry("familyNameLatin", HouseholdField.FAMILY_NAME_LATIN),
            Map.entry("nationality", HouseholdField.NATIONALITY),
            Map.entry("specificNeeds", HouseholdField.SPECIFIC_NEEDS));
    private static final Pattern DOCUMENT = Pattern.compile("documents\\[\\d+]\\.(type|number|issuingCountry)");

    private RegistryErrors() {}

    static void attach(List<ParsedRow> rows, List<FieldError> errors, List<RowError> out) {
        for (FieldError error : errors) {
            ParsedRow row = rows.getFirst();
            String field = error.field();
            Matcher member = MEMBER.matcher(field == null ? "" : field);
            if (member.matches()) {
                int index = Integer.parseInt(member.group(1));
                row = index < rows.size() ? rows.get(index) : row;
                field = member.group(2);
            }
            HouseholdField column = column(field);
            String expected = error.message();
            if (column == null) {
                out.add(new RowError(
                        row.number(),
                        null,
                        null,
                        ImportCode.REFUSED_BY_REGISTRY.code(),
                        ImportCode.REFUSED_BY_REGISTRY.summary() + " (" + error.code() + ")",
                        expected));
            } else {
                String value = column.personal() ? null : blankToNull(row.raw(column));
                ImportCode code = "outside-scope".equals(error.code())
                        ? ImportCode.OUTSIDE_SCOPE
                        : ImportCode.REFUSED_BY_REGISTRY;
                out.add(new RowError(
                        row.number(),
                        row.label(column),
                        value,
                        code.code(),
                        code.summary() + " (" + error.code() + ")",
                        expected));
            }
        }
    }

    private static HouseholdField column(String field) {
        if (field == null) {
            return null;
        }
        Matcher document = DOCUMENT.matcher(field);
        if (document.matches()) {
            return switch (document.group(1)) {
                case "type" -> HouseholdField.DOCUMENT_TYPE;
                case "number" -> HouseholdField.DOCUMENT_NUMBER;
                default -> HouseholdField.DOCUMENT_COUNTRY;
            };
        }
        return FIELDS.get(field.replaceAll("\\[\\d+]$", ""));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
