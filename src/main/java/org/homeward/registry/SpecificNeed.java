package org.homeward.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The main categories of UNHCR's specific-needs codes, as used in proGres, with labels in English and
 * Arabic. Only the categories are kept: the detailed sub-codes add sensitive detail a return programme does
 * not need.
 */
public enum SpecificNeed {
    CR("Child at risk", "طفل معرض للخطر"),
    SC("Unaccompanied or separated child", "طفل غير مصحوب أو منفصل عن ذويه"),
    WR("Woman at risk", "امرأة معرضة للخطر"),
    ER("Older person at risk", "مسن معرض للخطر"),
    SP("Single parent or caregiver", "معيل وحيد"),
    DS("Disability", "إعاقة"),
    SM("Serious medical condition", "حالة طبية خطيرة"),
    PG("Pregnant or lactating", "حامل أو مرضع"),
    LP("Specific legal and physical protection needs", "احتياجات حماية قانونية وجسدية خاصة"),
    SV("Survivor of sexual or gender-based violence", "ناجية أو ناجٍ من العنف الجنسي أو القائم على النوع الاجتماعي"),
    TR("Survivor of torture", "ناجٍ من التعذيب"),
    FU("Family unity", "لم شمل الأسرة");

    private final String labelEn;
    private final String labelAr;

    SpecificNeed(String labelEn, String labelAr) {
        this.labelEn = labelEn;
        this.labelAr = labelAr;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelAr() {
        return labelAr;
    }

    public static Optional<SpecificNeed> ofCode(String code) {
        return Arrays.stream(values()).filter(need -> need.name().equals(code)).findFirst();
    }
}
