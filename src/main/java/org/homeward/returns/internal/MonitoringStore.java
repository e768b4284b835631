package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.returns.Monitoring;
import org.homeward.returns.Monitoring.VisitReport;
import org.homeward.returns.MonitoringVisitView;
import org.homeward.returns.Whereabouts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Monitoring visits, due and done. */
@Repository
class MonitoringStore {

    private final JdbcClient jdbc;

    MonitoringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Schedules the visits of a case that has just arrived, {@code months} after the first arrival. */
    void schedule(UUID caseId, LocalDate firstArrival, List<Integer> months) {
        for (int i = 0; i < months.size(); i++) {
            jdbc.sql("""
                            INSERT INTO return_monitoring_visit (case_id, sequence, due_on) VALUES (:case, :sequence, :due)
                            ON CONFLICT (case_id, sequence) DO NOTHING
                            """)
                    .param("case", caseId)
                    .param("sequence", i + 1)
                    .param("due", Date.valueOf(firstArrival.plusMonths(months.get(i))))
                    .update();
        }
    }

    /** Records a visit into the earliest visit still due, or as an extra visit when none is. Answers its id. */
    long record(UUID caseId, VisitReport report, String safetyConcerns, Step step) {
        Optional<Long> due =
                jdbc.sql("""
                        SELECT id FROM return_monitoring_visit WHERE case_id = :case AND visited_on IS NULL
                        ORDER BY sequence LIMIT 1
                        """).param("case", caseId).query(Long.class).optional();
        long id = due.orElseGet(
                () -> jdbc.sql("""
                        INSERT INTO return_monitoring_visit (case_id, sequence)
                        VALUES (:case, (SELECT coalesce(max(sequence), 0) + 1 FROM return_monitoring_visit
                                        WHERE case_id = :case))
                        RETURNING id
                        """).param("case", caseId).query(Long.class).single());
        jdbc.sql("""
                        UPDATE return_monitoring_visit SET visited_on = :date, whereabouts = :whereabouts,
                            moved_to_pcode = :movedTo, health_care = :health, school = :school, water = :water,
                            food = :food, shelter = :shelter, civil_documentation = :documentation,
                            safety_concerns = :safety, recorded_at = :at, recorded_by = :actor
                        WHERE id = :id
                        """)
                .param("id", id)
                .param("date", Date.valueOf(report.date()))
                .param("whereabouts", report.whereabouts().name())
                .param("movedTo", report.movedToPcode())
                .param("health", name(report.healthCare()))
                .param("school", name(report.school()))
                .param("water", name(report.water()))
                .param("food", name(report.food()))
                .param("shelter", name(report.shelter()))
                .param("documentation", name(report.civilDocumentation()))
                .param("safety", safetyConcerns)
                .param("at", Timestamp.from(step.at()))
                .param("actor", step.actor())
                .update();
        return id;
    }

    /** The visits of a case; safety concerns only when {@code withPersonalData}. */
    List<MonitoringVisitView> visits(UUID caseId, LocalDate today, boolean withPersonalData) {
        return jdbc.sql("SELECT * FROM return_monitoring_visit WHERE case_id = :case ORDER BY sequence")
                .param("case", caseId)
                .query((rs, row) -> view(rs, today, withPersonalData))
                .list();
    }

    boolean hasSafetyConcerns(UUID caseId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM return_monitoring_visit WHERE case_id = :case
                                       AND safety_concerns IS NOT NULL)
                        """).param("case", caseId).query(Boolean.class).single();
    }

    private static MonitoringVisitView view(ResultSet rs, LocalDate today, boolean withPersonalData)
            throws SQLException {
        LocalDate due = ReturnCaseStore.date(rs.getDate("due_on"));
        LocalDate visited = ReturnCaseStore.date(rs.getDate("visited_on"));
        String whereabouts = rs.getString("whereabouts");
        return new MonitoringVisitView(
                rs.getLong("id"),
                rs.getInt("sequence"),
                due,
                visited,
                visited == null && due != null && due.isBefore(today),
                whereabouts == null ? null : Whereabouts.valueOf(whereabouts),
                rs.getString("moved_to_pcode"),
                value(Monitoring.Access.class, rs.getString("health_care")),
                value(Monitoring.Access.class, rs.getString("school")),
                value(Monitoring.Access.class, rs.getString("water")),
                value(Monitoring.Access.class, rs.getString("food")),
                value(Monitoring.Shelter.class, rs.getString("shelter")),
                value(Monitoring.Documentation.class, rs.getString("civil_documentation")),
                withPersonalData ? rs.getString("safety_concerns") : null,
                rs.getString("recorded_by"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
