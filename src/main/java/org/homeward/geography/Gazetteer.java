package org.homeward.geography;

import java.util.List;
import java.util.Optional;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;

/**
 * The places Homeward knows: administrative areas by P-code, countries, crossing points and sites. Methods
 * without an edition answer from the current edition. Lookups by code are served from memory and cheap enough
 * to call on every write.
 */
public interface Gazetteer {

    /** The code of the current edition, e.g. {@code syria-2015}. */
    String currentEdition();

    /** All loaded editions, the current one marked. */
    List<Edition> editions();

    Optional<Area> find(String pcode);

    /** The area in the given edition; empty when the edition or the P-code is unknown. */
    Optional<Area> find(String edition, String pcode);

    /** The area, or {@link NotFoundException} ("area", pcode). */
    Area get(String pcode);

    boolean exists(String pcode);

    /** The ancestors of an area, governorate first, the area itself excluded; empty for an unknown P-code. */
    List<Area> ancestors(String pcode);

    List<Area> ancestors(String edition, String pcode);

    /** The direct children of an area, by English name; empty for a community or an unknown P-code. */
    List<Area> children(String pcode);

    List<Area> children(String edition, String pcode);

    /** The governorates of the current edition, by English name. */
    List<Area> governorates();

    /**
     * Areas matching a query, best matches first (exact name, then prefix, then contains; then by level and
     * name). Throws {@code InvalidParameterException} for an unknown edition, parent or level out of range.
     */
    Page<Area> search(AreaSearch query, PageRequest page);

    /**
     * True when {@code pcode} is {@code ancestorPcode} or lies below it (community C4121 is within SY04);
     * false when either is unknown.
     */
    boolean isWithin(String pcode, String ancestorPcode);

    /** A country by ISO 3166-1 alpha-3 or alpha-2 code, in any letter case. */
    Optional<Country> country(String isoCode);

    /** All countries and territories with an ISO code, by English name. */
    List<Country> countries();

    Optional<CrossingPoint> crossingPoint(String code);

    List<CrossingPoint> crossingPoints();

    Optional<Site> site(String code);

    List<Site> sites();
}
