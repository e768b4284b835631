package org.homeward.geography;

import java.util.List;

/**
 * Adding a gazetteer edition from rows, such as an HDX P-code file. The edition is checked whole (P-codes unique,
 * levels 1 to 4, every parent one level up and in the edition) and stored whole, or not at all; once stored it
 * never changes, so importing the same edition again stores nothing. Callers decide who may add editions (the
 * geography module knows no users: identity depends on it).
 */
public interface GazetteerEditions {

    /**
     * Checks the edition and compares it with the current one; stores it unless {@code dryRun} or an edition with
     * its code exists. Problems with the rows raise a {@code ValidationException} whose fields are
     * {@code areas[i].<field>} ({@code i} the area's index in the list) or {@code code}.
     */
    EditionDifferences importEdition(NewEdition edition, boolean dryRun);

    /** @param code lower-case letters, digits and '-', 2 to 40 characters, as {@code hdx-2020} */
    record NewEdition(String code, String title, String source, List<NewArea> areas) {}

    /** @param parentPcode null for a governorate (level 1) */
    record NewArea(String pcode, int level, String nameEn, String nameAr, String parentPcode) {}
}
