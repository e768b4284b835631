package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.identity.Actor;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdSearch;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The household list query. Name search goes through the GIN index on person.name_keys: every word of the
 * query must be a name key of one member of the household. Which rows an actor may list, and which a name may
 * match, {@link RegistryAccess} decides.
 */
@Component
class HouseholdSearches {

    private static final Pattern REFERENCE = Pattern.compile("(?i)HH-[A-Z]{3}-\\d+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final JdbcClient jdbc;

    HouseholdSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<UUID> find(HouseholdSearch search, Actor actor, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(search, actor, params);
        long total = bind(jdbc.sql("SELECT count(*) FROM household h WHERE " + where), params)
                .query(Long.class)
                .single();
        List<UUID> ids = bind(
                        jdbc.sql("SELECT h.id FROM household h WHERE " + where
                                + " ORDER BY h.created_at DESC, h.id LIMIT :limit OFFSET :offset"),
                        params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(UUID.class)
                .list();
        return new Page<>(ids, total, page.page(), page.size());
    }

    /**
     * The next {@code limit} ids after {@code after} (null: from the start) in id order, of the households matching
     * {@code where} (from {@link #where}, with its {@code params}): keyset paging for exports, as fast on the last
     * batch as on the first.
     */
    List<UUID> batch(String where, Map<String, Object> params, UUID after, int limit) {
        String keyset = after == null ? "" : " AND h.id > :after";
        JdbcClient.StatementSpec statement = bind(
                        jdbc.sql(
                                "SELECT h.id FROM household h WHERE " + where + keyset + " ORDER BY h.id LIMIT :limit"),
                        params)
                .param("limit", limit);
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement.query(UUID.class).list();
    }

    /** The SQL condition on household {@code h} for a search by an actor, binding its values into {@code params}. */
    String where(HouseholdSearch search, Actor actor, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("h.deleted_at IS NULL"));
        if (search.status() != null) {
            try {
                params.put("status", DisplacementStatus.valueOf(search.status()).name());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(
                        "status", search.status(), "one of REFUGEE, IDP, RETURNED_REFUGEE, RETURNED_IDP");
            }
            conditions.add("h.displacement_status = :status");
        }
        if (search.origin() != null) {
            params.put("origin", code("origin", search.origin()));
            conditions.add("h.origin_areas @> ARRAY[CAST(:origin AS text)]");
        }
        if (search.country() != null) {
            params.put("country", code("country", search.country()).toUpperCase(java.util.Locale.ROOT));
            conditions.add("h.current_country = :country");
        }
        if (search.site() != null) {
            params.put("site", code("site", search.site()));
            conditions.add("h.current_site = :site");
        }
        conditions.addAll(RegistryAccess.listable(actor).conditions("listable", params));
        if (search.q() != null && !search.q().isBlank()) {
            String q = search.q().strip();
            conditions.add(textCondition(q, params));
            if (!REFERENCE.matcher(q).matches()) {
                conditions.addAll(RegistryAccess.readableInFull(actor).conditions("readable", params));
            }
        }
        return String.join(" AND ", conditions);
    }

    private static String textCondition(String q, Map<String, Object> params) {
        if (q.length() > 200) {
            throw new InvalidParameterException("q", "(" + q.length() + " characters)", "at most 200 characters");
        }
        if (REFERENCE.matcher(q).matches()) {
            params.put("reference", q.toUpperCase(java.util.Locale.ROOT));
            return "h.reference = :reference";
        }
        Set<String> keys = NameKeys.keys(q);
        if (keys.isEmpty()) {
            throw new InvalidParameterException(
                    "q", "(withheld)", "a name in Arabic or Latin script, or a household reference");
        }
        params.put("keys", HouseholdStore.arrayLiteral(List.copyOf(keys)));
        return """
                EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND p.removed_at IS NULL
                    AND p.name_keys @> CAST(:keys AS text[]))""";
    }

    private static String code(String parameter, String value) {
        if (!CODE.matcher(value).matches()) {
            throw new InvalidParameterException(parameter, "(withheld)", "a code of letters, digits, - or _");
        }
        return value;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Map<String, Object> params) {
        params.forEach(statement::param);
        return statement;
    }
}
