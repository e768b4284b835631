package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.homeward.geography.Gazetteer;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnCaseSummary;
import org.homeward.returns.ReturnExports;
import org.homeward.returns.ReturnSearch;
import org.homeward.shared.InvalidParameterException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams cases and movements with a server-side cursor: PostgreSQL sends {@value #FETCH} rows at a time only
 * inside a transaction, hence the read-only transaction around the whole export. Case filters are the case list's
 * ({@link ReturnQueries#where}).
 */
@Component
@Transactional(readOnly = true)
class ReturnExportQuery implements ReturnExports {

    private static final int FETCH = 1000;
    private static final Set<String> KINDS = Set.of("DEPARTED", "CROSSED", "ARRIVED");

    private final NamedParameterJdbcTemplate jdbc;
    private final ReturnAccess access;
    private final ReturnQueries queries;
    private final Gazetteer gazetteer;

    ReturnExportQuery(DataSource dataSource, ReturnAccess access, ReturnQueries queries, Gazetteer gazetteer) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.access = access;
        this.queries = queries;
        this.gazetteer = gazetteer;
    }

    @Override
    public long cases(ReturnSearch search, Consumer<ReturnCaseSummary> sink) {
        Actor actor = access.actor();
        Map<String, Object> params = new LinkedHashMap<>();
        String where = queries.where(search, actor, params);
        long[] count = {0};
        int[] row = {0};
        jdbc.query(
                "SELECT c.*, (SELECT count(*) FROM return_case_member m WHERE m.case_id = c.id) AS n"
                        + " FROM return_case c WHERE " + where + " ORDER BY c.status_date DESC, c.reference DESC",
                params,
                (ResultSet rs) -> {
                    sink.accept(ReturnQueries.summary(rs, row[0]++));
                    count[0]++;
                });
        return count[0];
    }

    @Override
    public long movements(MovementFilter filter, Consumer<Movement> sink) {
        Actor actor = access.actor();
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = conditions(filter, params);
        if (actor.role() == Role.PARTNER) {
            // The case list's partner rule (see ReturnQueries#where), on the case's copy of the household's areas.
            conditions.add("c.organisation_id = :organisation");
            params.put("organisation", actor.organisationId());
            if (!actor.hasWholeCountry()) {
                conditions.add("c.household_areas && CAST(:areas AS text[])");
                params.put("areas", ReturnCaseStore.arrayLiteral(List.copyOf(actor.areaScopes())));
            }
        }
        long[] count = {0};
        jdbc.query(
                "SELECT m.*, c.reference FROM return_movement m JOIN return_case c ON c.id = m.case_id WHERE "
                        + String.join(" AND ", conditions) + " ORDER BY m.movement_date, m.id",
                params,
                (ResultSet rs) -> {
                    sink.accept(movement(rs));
                    count[0]++;
                });
        return count[0];
    }

    private List<String> conditions(MovementFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (filter.kind() != null) {
            if (!KINDS.contains(filter.kind())) {
                throw new InvalidParameterException("kind", filter.kind(), "one of DEPARTED, CROSSED, ARRIVED");
            }
            conditions.add("m.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.type() != null) {
            conditions.add("m.displacement_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.destination() != null) {
            if (!gazetteer.exists(filter.destination())) {
                throw new InvalidParameterException("destination", filter.destination(), "a known P-code");
            }
            conditions.add(":destination IN (m.destination_pcode, m.destination_adm1, m.destination_adm2,"
                    + " m.destination_adm3)");
            params.put("destination", filter.destination());
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidParameterException("to", filter.to(), "a date on or after 'from'");
        }
        if (filter.from() != null) {
            conditions.add("m.movement_date >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("m.movement_date <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        return conditions;
    }

    private static Movement movement(ResultSet rs) throws SQLException {
        return new Movement(
                rs.getString("reference"),
                rs.getObject("person_id", UUID.class),
                rs.getString("kind"),
                rs.getDate("movement_date").toLocalDate(),
                DisplacementType.valueOf(rs.getString("displacement_type")),
                rs.getString("from_country"),
                rs.getString("from_site"),
                rs.getString("from_pcode"),
                rs.getString("from_adm1"),
                rs.getString("crossing_point"),
                rs.getString("destination_pcode"),
                rs.getString("destination_adm1"),
                rs.getString("destination_adm2"),
                rs.getString("destination_adm3"),
                rs.getString("sex"),
                rs.getString("age_group"));
    }
}
