package org.homeward.returns.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.homeward.returns.AreaHoldView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holds on areas, active until released; never deleted. */
@Repository
class AreaHoldStore {

    private final JdbcClient jdbc;

    AreaHoldStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String pcode, String reason, Step step) {
        return jdbc.sql("""
                        INSERT INTO return_area_hold (pcode, reason, placed_at, placed_by)
                        VALUES (:pcode, :reason, :at, :actor) RETURNING id
                        """)
                .param("pcode", pcode)
                .param("reason", reason)
                .param("at", Timestamp.from(step.at()))
                .param("actor", step.actor())
                .query(Long.class)
                .single();
    }

    /** Marks the hold released; false if it was released already (or by someone else just now). */
    boolean release(long id, Step step) {
        return jdbc.sql("""
                        UPDATE return_area_hold SET released_at = :at, released_by = :actor
                        WHERE id = :id AND released_at IS NULL
                        """)
                        .param("id", id)
                        .param("at", Timestamp.from(step.at()))
                        .param("actor", step.actor())
                        .update()
                == 1;
    }

    Optional<AreaHoldView> find(long id) {
        return jdbc.sql(SELECT + " WHERE h.id = :id")
                .param("id", id)
                .query(AreaHoldStore::view)
                .optional();
    }

    List<AreaHoldView> active() {
        return jdbc.sql(SELECT + " WHERE h.released_at IS NULL ORDER BY h.placed_at DESC")
                .query(AreaHoldStore::view)
                .list();
    }

    /** The earliest active hold covering the destination (the area itself or one above it), if any. */
    Optional<AreaHold> covering(Destination destination) {
        return coveringExcept(destination, -1);
    }

    Optional<AreaHold> coveringExcept(Destination destination, long excludedHold) {
        return jdbc.sql("""
                        SELECT id, pcode, reason, placed_at FROM return_area_hold
                        WHERE released_at IS NULL AND id <> :excluded AND pcode IN (:pcodes)
                        ORDER BY placed_at, id LIMIT 1
                        """)
                .param("excluded", excludedHold)
                .param("pcodes", pcodes(destination))
                .query((rs, row) -> new AreaHold(
                        rs.getLong("id"),
                        rs.getString("pcode"),
                        rs.getString("reason"),
                        rs.getTimestamp("placed_at").toInstant()))
                .optional();
    }

    private static List<String> pcodes(Destination destination) {
        return java.util.stream.Stream.of(
                        destination.pcode(), destination.adm1(), destination.adm2(), destination.adm3())
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static final String SELECT = """
            SELECT h.*, (SELECT count(*) FROM return_case c WHERE c.hold_id = h.id AND c.status = 'ON_HOLD') AS held
            FROM return_area_hold h""";

    private static AreaHoldView view(ResultSet rs, int row) throws SQLException {
        Timestamp released = rs.getTimestamp("released_at");
        return new AreaHoldView(
                rs.getLong("id"),
                rs.getString("pcode"),
                rs.getString("reason"),
                rs.getTimestamp("placed_at").toInstant(),
                rs.getString("placed_by"),
                released == null ? null : released.toInstant(),
                rs.getString("released_by"),
                rs.getInt("held"));
    }
}
