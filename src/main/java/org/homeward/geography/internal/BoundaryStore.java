package org.homeward.geography.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.homeward.geography.Area;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boundaries as GeoJSON FeatureCollections. Properties come from the gazetteer (P-code, level, names, parent),
 * the same for every edition whatever the source file called them; the geometry is served as stored. Editions
 * never change once loaded, so each answer is built once and kept.
 */
@Component
public class BoundaryStore {

    private final JdbcClient jdbc;
    private final EditionCache editions;
    private final JsonMapper json;
    private final ConcurrentMap<String, String> collections = new ConcurrentHashMap<>();

    BoundaryStore(JdbcClient jdbc, EditionCache editions, JsonMapper json) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.json = json;
    }

    /** Levels that have boundaries in an edition (for Syria 2015: 1 and 2). */
    public List<Integer> levels(String edition) {
        return jdbc.sql("SELECT DISTINCT level FROM geo_boundary WHERE edition = ? ORDER BY level")
                .param(edition)
                .query(Integer.class)
                .list();
    }

    /**
     * The FeatureCollection of an edition's boundaries at a level, optionally only the children of a parent;
     * empty when the edition is unknown.
     */
    public Optional<String> featureCollection(String edition, int level, String parent) {
        EditionSnapshot snapshot = editions.get(edition).orElse(null);
        if (snapshot == null) {
            return Optional.empty();
        }
        String key = edition + "|" + level + "|" + (parent == null ? "" : parent);
        return Optional.of(collections.computeIfAbsent(key, k -> build(snapshot, edition, level, parent)));
    }

    private String build(EditionSnapshot snapshot, String edition, int level, String parent) {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        String sql = "SELECT b.pcode, b.geometry::text AS geometry FROM geo_boundary b JOIN geo_area a"
                + " ON a.edition = b.edition AND a.pcode = b.pcode WHERE b.edition = :edition AND b.level = :level"
                + (parent == null ? "" : " AND a.parent_pcode = :parent")
                + " ORDER BY b.pcode";
        var statement = jdbc.sql(sql).param("edition", edition).param("level", level);
        if (parent != null) {
            statement = statement.param("parent", parent);
        }
        boolean first = true;
        for (Map.Entry<String, String> row : statement
                .query((rs, n) -> Map.entry(rs.getString("pcode"), rs.getString("geometry")))
                .list()) {
            Area area = snapshot.find(row.getKey()).orElseThrow();
            out.append(first ? "" : ",")
                    .append("{\"type\":\"Feature\",\"id\":")
                    .append(json.writeValueAsString(area.pcode()))
                    .append(",\"properties\":")
                    .append(json.writeValueAsString(properties(area)))
                    .append(",\"geometry\":")
                    .append(row.getValue())
                    .append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    private static Map<String, Object> properties(Area area) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pcode", area.pcode());
        properties.put("level", area.level());
        properties.put("nameEn", area.nameEn());
        properties.put("nameAr", area.nameAr());
        properties.put("parentPcode", area.parentPcode());
        properties.put("adm1Pcode", area.adm1Pcode());
        properties.put("edition", area.edition());
        return properties;
    }
}
