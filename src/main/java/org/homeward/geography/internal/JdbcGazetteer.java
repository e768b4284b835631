package org.homeward.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.geography.Area;
import org.homeward.geography.AreaSearch;
import org.homeward.geography.Country;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Edition;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The gazetteer. Areas come from in-memory edition snapshots; search runs in the database on the stored keys;
 * countries and crossing points are kept in memory after first use (they change only at start-up), sites are
 * read each time because the sites module will keep their capacity and population current.
 */
@Service
class JdbcGazetteer implements Gazetteer {

    private final GeographySettings settings;
    private final EditionCache editions;
    private final AreaSearchQuery searchQuery;
    private final JdbcClient jdbc;
    private volatile CountryIndex countryIndex;
    private volatile List<CrossingPoint> crossingPoints;

    /** The initializer is a dependency so that the reference data is in place before the first call. */
    JdbcGazetteer(
            GeographySettings settings,
            EditionCache editions,
            AreaSearchQuery searchQuery,
            JdbcClient jdbc,
            ReferenceDataInitializer initializer) {
        this.settings = settings;
        this.editions = editions;
        this.searchQuery = searchQuery;
        this.jdbc = jdbc;
    }

    @Override
    public String currentEdition() {
        return settings.currentEdition();
    }

    @Override
    public List<Edition> editions() {
        return jdbc.sql("""
                        SELECT e.code, e.title, e.source, e.loaded_at,
                            (SELECT count(*) FROM geo_area a WHERE a.edition = e.code) AS areas
                        FROM geo_edition e ORDER BY e.code
                        """)
                .query((rs, n) -> new Edition(
                        rs.getString("code"),
                        rs.getString("title"),
                        rs.getString("source"),
                        rs.getInt("areas"),
                        rs.getString("code").equals(currentEdition()),
                        rs.getTimestamp("loaded_at").toInstant()))
                .list();
    }

    @Override
    public Optional<Area> find(String pcode) {
        return find(currentEdition(), pcode);
    }

    @Override
    public Optional<Area> find(String edition, String pcode) {
        return editions.get(edition).flatMap(snapshot -> snapshot.find(pcode));
    }

    @Override
    public Area get(String pcode) {
        return find(pcode).orElseThrow(() -> new NotFoundException("area", pcode));
    }

    @Override
    public boolean exists(String pcode) {
        return find(pcode).isPresent();
    }

    @Override
    public List<Area> ancestors(String pcode) {
        return ancestors(currentEdition(), pcode);
    }

    @Override
    public List<Area> ancestors(String edition, String pcode) {
        return editions.get(edition).map(snapshot -> snapshot.ancestors(pcode)).orElse(List.of());
    }

    @Override
    public List<Area> children(String pcode) {
        return children(currentEdition(), pcode);
    }

    @Override
    public List<Area> children(String edition, String pcode) {
        return editions.get(edition).map(snapshot -> snapshot.children(pcode)).orElse(List.of());
    }

    @Override
    public List<Area> governorates() {
        return current().governorates();
    }

    @Override
    public Page<Area> search(AreaSearch query, PageRequest page) {
        String edition = query.edition() == null ? currentEdition() : query.edition();
        EditionSnapshot snapshot = snapshot(edition);
        if (query.level() != null && (query.level() < Area.GOVERNORATE || query.level() > Area.COMMUNITY)) {
            throw new InvalidParameterException("level", query.level(), "1, 2, 3 or 4");
        }
        String parent = knownPcode(snapshot, "parent", query.parent(), edition);
        String within = knownPcode(snapshot, "within", query.within(), edition);
        return searchQuery
                .run(edition, query.text(), query.level(), parent, within, page)
                .map(pcode -> snapshot.find(pcode).orElseThrow());
    }

    private static String knownPcode(EditionSnapshot snapshot, String parameter, String pcode, String edition) {
        if (pcode == null) {
            return null;
        }
        return snapshot.find(pcode)
                .map(Area::pcode)
                .orElseThrow(() -> new InvalidParameterException(parameter, pcode, "a P-code of edition " + edition));
    }

    /** The snapshot of an edition a caller asked for by name; unknown names are the caller's mistake. */
    private EditionSnapshot snapshot(String edition) {
        return editions.get(edition)
                .orElseThrow(() -> new InvalidParameterException(
                        "edition",
                        edition,
                        "one of " + editions().stream().map(Edition::code).toList()));
    }

    private EditionSnapshot current() {
        return editions.get(currentEdition())
                .orElseThrow(() -> new IllegalStateException("current edition " + currentEdition() + " not loaded"));
    }

    @Override
    public boolean isWithin(String pcode, String ancestorPcode) {
        return current().isWithin(pcode, ancestorPcode);
    }

    @Override
    public Optional<Country> country(String isoCode) {
        if (isoCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(countryIndex().byCode().get(isoCode.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    public List<Country> countries() {
        return countryIndex().all();
    }

    private record CountryIndex(List<Country> all, Map<String, Country> byCode) {}

    private CountryIndex countryIndex() {
        CountryIndex index = countryIndex;
        if (index == null) {
            List<Country> all = jdbc.sql(
                            "SELECT iso3, iso2, m49, name_en, name_ar, latitude, longitude FROM geo_country ORDER BY name_en")
                    .query((rs, n) -> new Country(
                            rs.getString("iso3"),
                            rs.getString("iso2"),
                            rs.getObject("m49", Integer.class),
                            rs.getString("name_en"),
                            rs.getString("name_ar"),
                            rs.getObject("latitude", Double.class),
                            rs.getObject("longitude", Double.class)))
                    .list();
            Map<String, Country> byCode = new HashMap<>();
            all.forEach(country -> {
                byCode.put(country.iso3(), country);
                byCode.put(country.iso2(), country);
            });
            index = new CountryIndex(all, Map.copyOf(byCode));
            countryIndex = index;
        }
        return index;
    }

    @Override
    public Optional<CrossingPoint> crossingPoint(String code) {
        return crossingPoints().stream()
                .filter(point -> point.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    @Override
    public List<CrossingPoint> crossingPoints() {
        List<CrossingPoint> points = crossingPoints;
        if (points == null) {
            points = jdbc.sql("SELECT * FROM geo_crossing_point ORDER BY code")
                    .query((rs, n) -> new CrossingPoint(
                            rs.getString("code"),
                            rs.getString("name_en"),
                            rs.getString("name_ar"),
                            CrossingPoint.Kind.valueOf(rs.getString("kind")),
                            rs.getString("admin1_pcode"),
                            rs.getString("partner_country_iso3"),
                            rs.getString("partner_side_name"),
                            rs.getObject("latitude", Double.class),
                            rs.getObject("longitude", Double.class)))
                    .list();
            crossingPoints = points;
        }
        return points;
    }

    @Override
    public Optional<Site> site(String code) {
        return jdbc.sql("SELECT * FROM geo_site WHERE upper(code) = upper(?)")
                .param(code == null ? "" : code.strip())
                .query(JdbcGazetteer::site)
                .optional();
    }

    @Override
    public List<Site> sites() {
        return jdbc.sql("SELECT * FROM geo_site ORDER BY code")
                .query(JdbcGazetteer::site)
                .list();
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        return new Site(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_ar"),
                Site.Kind.valueOf(rs.getString("kind")),
                rs.getString("country_iso3"),
                rs.getString("admin1_pcode"),
                rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class),
                rs.getString("source"),
                rs.getObject("capacity", Integer.class),
                rs.getObject("population", Integer.class));
    }
}
