package org.homeward.exchange.imports;

import java.util.HashMap;
import java.util.Map;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;

/** Known spellings of coded values, in English and Arabic, keyed as {@link HeaderNames#normalise} writes them. */
final class Spellings {

    static final Map<String, String> SEX = sex();
    static final Map<String, String> RELATIONSHIP = relationship();
    static final Map<String, String> STATUS = status();
    static final Map<String, String> DOCUMENT = document();
    static final Map<String, String> YES_NO = yesNo();

    private Spellings() {}

    private static Map<String, String> sex() {
        Map<String, String> map = new HashMap<>();
        for (Sex sex : Sex.values()) {
            put(map, sex.code(), sex.code(), sex.name());
        }
        put(map, "f", "woman", "girl", "أنثى", "انثى", "امرأة", "ж");
        put(map, "m", "man", "boy", "ذكر", "رجل", "м");
        put(map, "x", "other", "آخر");
        put(map, "u", "unknown", "غير معروف");
        return map;
    }

    private static Map<String, String> relationship() {
        Map<String, String> map = new HashMap<>();
        for (Relationship relationship : Relationship.values()) {
            put(map, relationship.name(), relationship.name());
        }
        put(map, "HEAD", "head of household", "hoh", "رب الأسرة", "رب الاسرة", "معيل");
        put(map, "SPOUSE", "wife", "husband", "زوج", "زوجة");
        put(map, "CHILD", "son", "daughter", "ابن", "ابنة", "بنت");
        put(map, "PARENT", "father", "mother", "أب", "أم");
        put(map, "SIBLING", "brother", "sister", "أخ", "أخت");
        put(map, "GRANDCHILD", "grandson", "granddaughter", "حفيد", "حفيدة");
        put(map, "GRANDPARENT", "grandfather", "grandmother", "جد", "جدة");
        put(map, "OTHER_RELATIVE", "relative", "قريب");
        return map;
    }

    private static Map<String, String> status() {
        Map<String, String> map = new HashMap<>();
        for (DisplacementStatus status : DisplacementStatus.values()) {
            put(map, status.name(), status.name());
        }
        put(map, "REFUGEE", "لاجئ");
        put(map, "IDP", "internally displaced", "displaced", "نازح", "نازح داخلي");
        put(map, "RETURNED_REFUGEE", "returnee refugee", "لاجئ عائد");
        put(map, "RETURNED_IDP", "returnee idp", "نازح عائد");
        return map;
    }

    private static Map<String, String> document() {
        Map<String, String> map = new HashMap<>();
        for (DocumentType type : DocumentType.values()) {
            put(map, type.name(), type.name());
        }
        put(map, "NATIONAL_ID", "id card", "بطاقة شخصية", "هوية");
        put(map, "PASSPORT", "جواز سفر");
        put(map, "FAMILY_BOOKLET", "دفتر عائلة");
        put(map, "BIRTH_CERTIFICATE", "شهادة ميلاد");
        return map;
    }

    private static Map<String, String> yesNo() {
        Map<String, String> map = new HashMap<>();
        put(map, "true", "true", "yes", "y", "1", "نعم");
        put(map, "false", "false", "no", "n", "0", "لا");
        return map;
    }

    private static void put(Map<String, String> map, String code, String... spellings) {
        for (String spelling : spellings) {
            map.put(HeaderNames.normalise(spelling), code);
        }
    }
}
