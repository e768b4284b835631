package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys.ConvoyStatus;
import org.homeward.returns.ReturnStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Convoys and the seats their cases take. */
@Repository
class ConvoyStore {

    /** Seats are taken by members of the convoy's open or arrived cases who have not withdrawn. */
    private static final String SEATS = """
            (SELECT count(*) FROM return_case c JOIN return_case_member m ON m.case_id = c.id
             WHERE c.convoy_id = v.id AND c.status NOT IN ('WITHDRAWN', 'CANCELLED') AND m.state <> 'WITHDRAWN'
               AND c.id <> :excluded)""";

    private final JdbcClient jdbc;

    ConvoyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextReference() {
        long number = jdbc.sql("SELECT nextval('return_convoy_reference_seq')")
                .query(Long.class)
                .single();
        return "CV-%05d".formatted(number);
    }

    void insert(UUID id, String reference, String crossing, LocalDate date, int capacity, Step step) {
        jdbc.sql("""
                        INSERT INTO return_convoy (id, reference, crossing_point, planned_date, capacity, status,
                            organisation, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :reference, :crossing, :date, :capacity, 'PLANNED', :organisation, :at, :actor,
                            :at, :actor)
                        """)
                .param("id", id)
                .param("reference", reference)
                .param("crossing", crossing)
                .param("date", Date.valueOf(date))
                .param("capacity", capacity)
                .param("organisation", step.organisation())
                .param("at", Timestamp.from(step.at()))
                .param("actor", step.actor())
                .update();
    }

    boolean updateStatus(UUID id, int version, ConvoyStatus status, Step step) {
        return jdbc.sql("""
                        UPDATE return_convoy SET status = :status, version = version + 1, updated_at = :at,
                            updated_by = :actor
                        WHERE id = :id AND version = :version
                        """)
                        .param("id", id)
                        .param("version", version)
                        .param("status", status.name())
                        .param("at", Timestamp.from(step.at()))
                        .param("actor", step.actor())
                        .update()
                == 1;
    }

    /**
     * The convoy as scheduling sees it, its free seats counted without {@code forCase} (a case that reschedules into
     * its own convoy keeps its seats); null, with a problem, for an unknown convoy.
     */
    ConvoySeat seat(UUID convoyId, UUID forCase, Problems problems) {
        Optional<ConvoySeat> seat = jdbc.sql("SELECT v.*, " + SEATS + " AS taken FROM return_convoy v WHERE v.id = :id")
                .param("id", convoyId)
                .param("excluded", forCase)
                .query((rs, row) -> new ConvoySeat(
                        convoyId,
                        rs.getString("reference"),
                        rs.getString("crossing_point"),
                        rs.getDate("planned_date").toLocalDate(),
                        ConvoyStatus.valueOf(rs.getString("status")).openForBooking(),
                        rs.getInt("capacity") - rs.getInt("taken")))
                .optional();
        if (seat.isEmpty()) {
            problems.add("convoyId", "unknown", "no convoy " + convoyId);
        }
        return seat.orElse(null);
    }

    Optional<ConvoyView> find(UUID id) {
        return jdbc.sql("SELECT v.*, " + SEATS + " AS taken FROM return_convoy v WHERE v.id = :id")
                .param("id", id)
                .param("excluded", new UUID(0, 0))
                .query((rs, row) -> view(rs, cases(id)))
                .optional();
    }

    List<ConvoyView> list(LocalDate from, LocalDate to) {
        List<ConvoyView> convoys = new ArrayList<>();
        jdbc.sql("SELECT v.*, " + SEATS + " AS taken FROM return_convoy v "
                        + "WHERE v.planned_date BETWEEN :from AND :to ORDER BY v.planned_date, v.reference LIMIT 500")
                .param("excluded", new UUID(0, 0))
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, row) -> view(rs, List.of()))
                .list()
                .forEach(convoys::add);
        return convoys;
    }

    /** The convoy's cases that still travel in it (not withdrawn or cancelled). */
    List<ConvoyView.ConvoyCase> cases(UUID convoyId) {
        return jdbc.sql("""
                        SELECT c.id, c.reference, c.status,
                               (SELECT count(*) FROM return_case_member m WHERE m.case_id = c.id
                                AND m.state <> 'WITHDRAWN') AS n
                        FROM return_case c WHERE c.convoy_id = :convoy AND c.status NOT IN ('WITHDRAWN', 'CANCELLED')
                        ORDER BY c.reference
                        """)
                .param("convoy", convoyId)
                .query((rs, row) -> new ConvoyView.ConvoyCase(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        ReturnStatus.valueOf(rs.getString("status")),
                        rs.getInt("n")))
                .list();
    }

    private static ConvoyView view(ResultSet rs, List<ConvoyView.ConvoyCase> cases) throws SQLException {
        return new ConvoyView(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("crossing_point"),
                rs.getDate("planned_date").toLocalDate(),
                rs.getInt("capacity"),
                rs.getInt("taken"),
                ConvoyStatus.valueOf(rs.getString("status")),
                rs.getString("organisation"),
                rs.getInt("version"),
                cases);
    }
}
