package org.homeward.returns.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Worklist;
import org.homeward.returns.WorklistItem;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist, in one query. Whose cases: the cases' stored household areas against the actor's areas (the
 * registry's rule for who may change a household, applied to a copy kept current from the registry's events); a
 * partner's, its organisation's. Only a list: acting on an item still asks the registry. Analysts and
 * administrators act on no case, so their list is empty.
 *
 * <p>When a step falls due: counselling two weeks after the intention, signing two weeks after counselling,
 * clearance a week after signing, scheduling two weeks after clearance, departure on the planned date, arrival a
 * week after departure or crossing, monitoring visits on their due dates.
 */
@Service
@Transactional(readOnly = true)
class WorklistQuery implements Worklist {

    static final int MAX_DAYS = 366;

    private static final String DUE = """
            SELECT c.id, c.reference, c.status, c.displacement_type, c.destination_pcode,
                   CASE c.status WHEN 'INTENTION_RECORDED' THEN 'counsel' WHEN 'COUNSELLED' THEN 'sign-declaration'
                        WHEN 'DECLARATION_SIGNED' THEN 'clear' WHEN 'CLEARED' THEN 'schedule'
                        WHEN 'SCHEDULED' THEN 'depart'
                        WHEN 'DEPARTED' THEN CASE c.displacement_type WHEN 'REFUGEE' THEN 'cross' ELSE 'arrive' END
                        ELSE 'arrive' END AS action,
                   CASE c.status WHEN 'SCHEDULED' THEN c.planned_date
                        WHEN 'DECLARATION_SIGNED' THEN c.status_date + 7
                        WHEN 'DEPARTED' THEN c.status_date + 7 WHEN 'CROSSED' THEN c.status_date + 7
                        ELSE c.status_date + 14 END AS due_on,
                   NULL::bigint AS visit_id
            FROM return_case c
            WHERE c.status IN ('INTENTION_RECORDED', 'COUNSELLED', 'DECLARATION_SIGNED', 'CLEARED', 'SCHEDULED',
                               'DEPARTED', 'CROSSED') AND %1$s
            UNION ALL
            SELECT c.id, c.reference, c.status, c.displacement_type, c.destination_pcode, 'monitor', v.due_on, v.id
            FROM return_monitoring_visit v JOIN return_case c ON c.id = v.case_id
            WHERE v.visited_on IS NULL AND v.due_on IS NOT NULL AND %1$s
            """;

    private final JdbcClient jdbc;
    private final ReturnAccess access;
    private final Clock clock;

    WorklistQuery(JdbcClient jdbc, ReturnAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Page<WorklistItem> due(int days, PageRequest page) {
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidParameterException("days", days, "a whole number from 0 to " + MAX_DAYS);
        }
        Actor actor = access.actor();
        if (actor.role() == Role.ANALYST || actor.role() == Role.ADMIN) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> scope = new ArrayList<>(List.of("TRUE"));
        if (actor.role() == Role.PARTNER) {
            scope.add("c.organisation_id = :organisation");
            params.put("organisation", actor.organisationId());
        }
        if (!actor.hasWholeCountry()) {
            scope.add("c.household_areas && CAST(:areas AS text[])");
            params.put("areas", ReturnCaseStore.arrayLiteral(List.copyOf(actor.areaScopes())));
        }
        LocalDate today = LocalDate.now(clock);
        params.put("horizon", Date.valueOf(today.plusDays(days)));
        String items = "(" + DUE.formatted(String.join(" AND ", scope)) + ") w WHERE w.due_on <= :horizon";
        JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM " + items);
        params.forEach(count::param);
        long total = count.query(Long.class).single();
        JdbcClient.StatementSpec list =
                jdbc.sql("SELECT * FROM " + items + " ORDER BY w.due_on, w.reference LIMIT :limit OFFSET :offset");
        params.forEach(list::param);
        List<WorklistItem> found = list.param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    return new WorklistItem(
                            rs.getObject("id", UUID.class),
                            rs.getString("reference"),
                            ReturnStatus.valueOf(rs.getString("status")),
                            DisplacementType.valueOf(rs.getString("displacement_type")),
                            rs.getString("destination_pcode"),
                            rs.getString("action"),
                            due,
                            due.isBefore(today),
                            (Long) rs.getObject("visit_id"));
                })
                .list();
        return new Page<>(found, total, page.page(), page.size());
    }
}
