package org.homeward.geography.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.homeward.geography.Area;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Snapshots of editions, read from the database on first use. An unknown edition is not cached, so one loaded
 * later (by this node or another) is found on the next request.
 */
@Component
class EditionCache {

    private final JdbcClient jdbc;
    private final ConcurrentMap<String, EditionSnapshot> snapshots = new ConcurrentHashMap<>();

    EditionCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EditionSnapshot> get(String edition) {
        if (edition == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshots.computeIfAbsent(edition, this::read));
    }

    void forget(String edition) {
        snapshots.remove(edition);
    }

    private EditionSnapshot read(String edition) {
        var areas = jdbc.sql("""
                        SELECT edition, pcode, level, name_en, name_ar, name_ar_damaged, parent_pcode, adm1_pcode,
                            adm2_pcode, adm3_pcode, latitude, longitude
                        FROM geo_area WHERE edition = ?
                        """)
                .param(edition)
                .query((rs, n) -> new Area(
                        rs.getString("edition"),
                        rs.getString("pcode"),
                        rs.getInt("level"),
                        rs.getString("name_en"),
                        rs.getString("name_ar"),
                        rs.getBoolean("name_ar_damaged"),
                        rs.getString("parent_pcode"),
                        rs.getString("adm1_pcode"),
                        rs.getString("adm2_pcode"),
                        rs.getString("adm3_pcode"),
                        rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class)))
                .list();
        return areas.isEmpty() ? null : new EditionSnapshot(areas);
    }
}
