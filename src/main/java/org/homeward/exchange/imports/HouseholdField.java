package org.homeward.exchange.imports;

import java.util.List;

/**
 * The columns a person-per-row household file may have, each with the header spellings it is known by in English
 * and Arabic and the HXL hashtags that map to it. Personal fields never have their values quoted in errors.
 */
enum HouseholdField {
    HOUSEHOLD_ID(
            false,
            List.of(
                    "household_id",
                    "household id",
                    "household",
                    "hh_id",
                    "hh id",
                    "case_id",
                    "معرف الأسرة",
                    "رقم الأسرة"),
            List.of("#household+id", "#household+code")),
    DISPLACEMENT_STATUS(
            false,
            List.of("displacement_status", "status", "displacement status", "وضع النزوح", "الحالة"),
            List.of("#status+displacement", "#indiv+status")),
    ORIGIN_PCODE(
            false,
            List.of("origin_pcode", "origin", "place of origin", "origin area", "المنشأ", "مكان المنشأ", "رمز المنشأ"),
            List.of(
                    "#adm4+code+origin",
                    "#adm3+code+origin",
                    "#adm2+code+origin",
                    "#adm1+code+origin",
                    "#adm4+name+origin",
                    "#loc+origin")),
    CURRENT_COUNTRY(
            false,
            List.of("current_country", "country", "country of asylum", "البلد", "البلد الحالي", "بلد اللجوء"),
            List.of("#country+code+current", "#country+code", "#country+name")),
    CURRENT_LOCALITY(
            true,
            List.of("current_locality", "locality", "address", "المكان الحالي", "العنوان"),
            List.of("#loc+name+current")),
    CURRENT_PCODE(
            false,
            List.of("current_pcode", "current area", "current location", "الموقع الحالي", "رمز الموقع الحالي"),
            List.of("#adm4+code+current", "#adm3+code+current", "#adm2+code+current", "#adm1+code+current")),
    CURRENT_SITE(
            false,
            List.of("current_site", "site", "camp", "site_code", "المخيم", "الموقع"),
            List.of("#loc+code+site", "#loc+code")),
    DATE_DISPLACED(
            false,
            List.of("date_displaced", "displaced on", "date of displacement", "تاريخ النزوح"),
            List.of("#date+displaced")),
    PHONE(true, List.of("phone", "telephone", "mobile", "الهاتف", "رقم الهاتف", "الجوال"), List.of("#contact+phone")),
    NOTES(true, List.of("notes", "note", "remarks", "ملاحظات"), List.of("#description+notes")),
    CHILD_HEADED(false, List.of("child_headed", "child headed", "أسرة يعيلها طفل"), List.of("#household+child_headed")),
    RELATIONSHIP(
            false,
            List.of("relationship", "relation", "relationship to head", "صلة القرابة", "القرابة"),
            List.of("#indiv+relationship")),
    SEX(false, List.of("sex", "gender", "الجنس"), List.of("#indiv+sex", "#sex")),
    DATE_OF_BIRTH(
            true,
            List.of("date_of_birth", "date of birth", "dob", "birth date", "تاريخ الميلاد"),
            List.of("#date+birth", "#indiv+dob")),
    BIRTH_YEAR(true, List.of("birth_year", "year of birth", "سنة الميلاد"), List.of("#date+birth+year")),
    AGE(true, List.of("age", "العمر"), List.of("#indiv+age")),
    GIVEN_NAME_AR(true, List.of("given_name_ar", "name_ar", "الاسم", "الاسم الأول"), List.of("#indiv+name+given+ar")),
    FATHER_NAME_AR(true, List.of("father_name_ar", "اسم الأب"), List.of("#indiv+name+father+ar")),
    GRANDFATHER_NAME_AR(true, List.of("grandfather_name_ar", "اسم الجد"), List.of("#indiv+name+grandfather+ar")),
    FAMILY_NAME_AR(true, List.of("family_name_ar", "الكنية", "اسم العائلة"), List.of("#indiv+name+family+ar")),
    GIVEN_NAME_LATIN(
            true, List.of("given_name_latin", "given name", "first name", "given_name"), List.of("#indiv+name+given")),
    FATHER_NAME_LATIN(
            true,
            List.of("father_name_latin", "father name", "father's name", "father_name"),
            List.of("#indiv+name+father")),
    GRANDFATHER_NAME_LATIN(
            true,
            List.of("grandfather_name_latin", "grandfather name", "grandfather_name"),
            List.of("#indiv+name+grandfather")),
    FAMILY_NAME_LATIN(
            true,
            List.of("family_name_latin", "family name", "surname", "last name", "family_name"),
            List.of("#indiv+name+family")),
    NATIONALITY(false, List.of("nationality", "الجنسية"), List.of("#country+code+nationality", "#indiv+nationality")),
    SPECIFIC_NEEDS(
            true, List.of("specific_needs", "specific needs", "needs", "الاحتياجات الخاصة"), List.of("#indiv+needs")),
    DOCUMENT_TYPE(false, List.of("document_type", "document type", "نوع الوثيقة"), List.of("#indiv+document+type")),
    DOCUMENT_NUMBER(
            true,
            List.of("document_number", "document number", "id number", "رقم الوثيقة"),
            List.of("#indiv+document+code")),
    DOCUMENT_COUNTRY(
            false, List.of("document_country", "issuing country", "بلد الإصدار"), List.of("#country+code+document"));

    private final boolean personal;
    private final List<String> headers;
    private final List<String> tags;

    HouseholdField(boolean personal, List<String> headers, List<String> tags) {
        this.personal = personal;
        this.headers = headers;
        this.tags = tags;
    }

    boolean personal() {
        return personal;
    }

    List<String> headers() {
        return headers;
    }

    List<String> tags() {
        return tags;
    }

    /** The field's name in mappings and the API: lower case, as in {@code household_id}. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
