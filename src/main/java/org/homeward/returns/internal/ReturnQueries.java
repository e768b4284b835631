package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnCaseSummary;
import org.homeward.returns.ReturnSearch;
import org.homeward.returns.ReturnStatus;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case list. Lists hold non-personal facts only, so every actor who sees households sees their cases, like the
 * registry's pseudonymised lists; a partner sees only the cases of households its organisation registered (and, when
 * limited to areas, those located in them): filtered in SQL, so that {@code total} counts only those.
 */
@Component
class ReturnQueries {

    private final JdbcClient jdbc;
    private final ReturnAccess access;
    private final Gazetteer gazetteer;

    ReturnQueries(JdbcClient jdbc, ReturnAccess access, Gazetteer gazetteer) {
        this.jdbc = jdbc;
        this.access = access;
        this.gazetteer = gazetteer;
    }

    Page<ReturnCaseSummary> search(ReturnSearch search, PageRequest page) {
        Actor actor = access.actor();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(search, actor, params);
        long total = bind(jdbc.sql("SELECT count(*) FROM return_case c WHERE " + where), params)
                .query(Long.class)
                .single();
        List<ReturnCaseSummary> items = bind(
                        jdbc.sql("SELECT c.*, (SELECT count(*) FROM return_case_member m WHERE m.case_id = c.id) AS n "
                                + "FROM return_case c WHERE " + where
                                + " ORDER BY c.status_date DESC, c.reference DESC LIMIT :limit OFFSET :offset"),
                        params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ReturnQueries::summary)
                .list();
        return new Page<>(items, total, page.page(), page.size());
    }

    /**
     * The SQL condition on case {@code c} for a search by an actor, binding its values into {@code params}, the
     * partner rule included, so that lists, totals and exports see the same cases.
     */
    String where(ReturnSearch search, Actor actor, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (search.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", search.status().name());
        }
        if (search.destination() != null && !search.destination().isBlank()) {
            String pcode = search.destination().strip();
            if (!gazetteer.exists(pcode)) {
                throw new InvalidParameterException("destination", pcode, "a known P-code");
            }
            conditions.add(
                    ":destination IN (c.destination_pcode, c.destination_adm1, c.destination_adm2, c.destination_adm3)");
            params.put("destination", pcode);
        }
        if (search.crossing() != null && !search.crossing().isBlank()) {
            conditions.add("(c.crossing_point = :crossing OR c.crossed_at = :crossing)");
            params.put("crossing", search.crossing().strip());
        }
        if (search.from() != null) {
            conditions.add("c.status_date >= :from");
            params.put("from", Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            conditions.add("c.status_date <= :to");
            params.put("to", Date.valueOf(search.to()));
        }
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            throw new InvalidParameterException("to", search.to(), "a date on or after 'from'");
        }
        if (search.householdId() != null) {
            conditions.add("c.household_id = :household");
            params.put("household", search.householdId());
        }
        if (actor.role() == Role.PARTNER) {
            // The registry's rule for partners (own households, within its areas if it has any) in SQL, on the
            // case's copy of the household's areas, so that the total counts only what the partner may see.
            conditions.add("c.organisation_id = :organisation");
            params.put("organisation", actor.organisationId());
            if (!actor.hasWholeCountry()) {
                conditions.add("c.household_areas && CAST(:areas AS text[])");
                params.put("areas", ReturnCaseStore.arrayLiteral(List.copyOf(actor.areaScopes())));
            }
        }
        return String.join(" AND ", conditions);
    }

    static ReturnCaseSummary summary(ResultSet rs, int row) throws SQLException {
        Date planned = rs.getDate("planned_date");
        String crossed = rs.getString("crossed_at");
        return new ReturnCaseSummary(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("household_id", UUID.class),
                ReturnStatus.valueOf(rs.getString("status")),
                rs.getDate("status_date").toLocalDate(),
                DisplacementType.valueOf(rs.getString("displacement_type")),
                rs.getString("origin_country"),
                rs.getString("origin_site"),
                rs.getString("destination_pcode"),
                crossed != null ? crossed : rs.getString("crossing_point"),
                planned == null ? null : planned.toLocalDate(),
                rs.getObject("convoy_id", UUID.class),
                rs.getInt("n"),
                rs.getInt("version"));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Map<String, Object> params) {
        params.forEach(statement::param);
        return statement;
    }
}
