package org.homeward.geography;

import java.util.Locale;

/**
 * An administrative area of one gazetteer edition: governorate (level 1), district (2), sub-district (3) or
 * community (4). The P-code is its identity; names repeat (there are two communities called Bab Elhawa).
 *
 * @param nameAr the Arabic name, or null where the source's Arabic name was damaged ({@code nameArDamaged})
 * @param nameArDamaged true when the source carried an undecodable Arabic name, which is not served
 * @param parentPcode null for a governorate
 * @param adm1Pcode the governorate (the area itself at level 1); {@code adm2Pcode}, {@code adm3Pcode} likewise,
 *     null above their level
 * @param latitude WGS84; for a community its point, for a larger area the point of its seat (the community
 *     the gazetteer marks as its capital) or else the mean of its communities' points; null if unknown
 */
public record Area(
        String edition,
        String pcode,
        int level,
        String nameEn,
        String nameAr,
        boolean nameArDamaged,
        String parentPcode,
        String adm1Pcode,
        String adm2Pcode,
        String adm3Pcode,
        Double latitude,
        Double longitude) {

    public static final int GOVERNORATE = 1;
    public static final int DISTRICT = 2;
    public static final int SUB_DISTRICT = 3;
    public static final int COMMUNITY = 4;

    /** The name to show in a locale: Arabic for Arabic readers when there is one, else English. */
    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) && nameAr != null ? nameAr : nameEn;
    }

    /** The P-code of this area's ancestor (or itself) at a level, or null if the level is below this area. */
    public String pcodeAtLevel(int wanted) {
        return switch (wanted) {
            case GOVERNORATE -> adm1Pcode;
            case DISTRICT -> adm2Pcode;
            case SUB_DISTRICT -> adm3Pcode;
            case COMMUNITY -> level == COMMUNITY ? pcode : null;
            default -> null;
        };
    }
}
