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
import org.homeward.registry.HouseholdPage;
import org.homeward.registry.HouseholdSearch;
import org.homeward.shared.InvalidParameterException;
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
    private static final Pattern KEY = Pattern.compile("[a-z]{1,100}");

    private final JdbcClient jdbc;

    HouseholdSearches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Found find(HouseholdSearch search, Actor actor, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        Conditions conditions = conditions(search, actor, params);
        String where = String.join(" AND ", conditions.page());
        // Counted up to one past the limit: enough to tell "exactly N" from "more than the limit" without
        // visiting every one of thousands of matches.
        long counted = count(String.join(" AND ", conditions.count()), params);
        if (counted <= HouseholdPage.COUNT_LIMIT
                && conditions.match() != null
                && !conditions.match().quickCountIsExact()) {
            counted = count(where, params); // the sample of a common name's bearers fell short: count them all
        }
        // Newest first along household_newest_ix (V42), so a page of a large result is read, not sorted.
        List<UUID> ids = bind(
                        jdbc.sql("SELECT h.id FROM household h WHERE " + where
                                + " ORDER BY h.created_at DESC, h.id LIMIT :limit OFFSET :offset"),
                        params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(UUID.class)
                .list();
        return new Found(ids, counted, counted > HouseholdPage.COUNT_LIMIT);
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
        return String.join(" AND ", conditions(search, actor, params).page());
    }

    /**
     * The conditions of a search: those of the page (and of an exact count), those of a first, cheap count (see
     * {@link TextMatch}), and the name match if any.
     */
    private record Conditions(List<String> page, List<String> count, TextMatch match) {}

    private Conditions conditions(HouseholdSearch search, Actor actor, Map<String, Object> params) {
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
        List<String> countConditions = new ArrayList<>(conditions);
        TextMatch match = null;
        if (search.q() != null && !search.q().isBlank()) {
            String q = search.q().strip();
            match = textCondition(q, params);
            conditions.add(match.condition());
            countConditions.add(match.quickCount());
            if (!REFERENCE.matcher(q).matches()) {
                List<String> readable = RegistryAccess.readableInFull(actor).conditions("readable", params);
                conditions.addAll(readable);
                countConditions.addAll(readable);
            }
        }
        return new Conditions(conditions, countConditions, match);
    }

    private long count(String where, Map<String, Object> params) {
        return bind(
                        jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM household h WHERE " + where
                                + " LIMIT :countLimit) AS matching"),
                        params)
                .param("countLimit", HouseholdPage.COUNT_LIMIT + 1)
                .query(Long.class)
                .single();
    }

    /** The page's household ids, and the number of matches counted up to one past the limit. */
    record Found(List<UUID> ids, long total, boolean totalIsLowerBound) {}

    /**
     * How a text search restricts the page and the count. A name's keys are written into the statement, not
     * bound: PostgreSQL then plans for how common they are (a plan cached for bound keys walked every household
     * for a rare name). Keys are letters only (see {@link NameKeys}), checked again here. Which plan suits a name
     * depends on how many persons bear it, so that is asked first, counting at most {@value #RARE_NAME} + 1:
     * <ul>
     *   <li>a rare name: the households of its bearers are collected first ({@code ARRAY(...)}, one bitmap scan of
     *       the name index), then filtered, counted and sorted - work in proportion to the name, not the registry;
     *   <li>a common name: the page reads households newest first ({@code household_newest_ix}) until it is
     *       full, which in a dense match is soon; the count takes the households of the first {@value
     *       #COUNT_SAMPLE} bearers, enough to reach the limit of an exact count when nothing else filters, and
     *       counts along the page's plan only when that sample falls short (other filters, a small scope).
     * </ul>
     *
     * @param quickCount the condition for a first, cheap count; exact if {@code quickCountIsExact}, else a lower
     *     bound that is good enough only when it reaches the limit
     */
    record TextMatch(String condition, String quickCount, boolean quickCountIsExact) {}

    /** Bearers of a common name whose households the first count takes. */
    static final int COUNT_SAMPLE = 6_000;

    /** Persons bearing a name up to which the name is rare (see {@link TextMatch}). */
    static final int RARE_NAME = 5_000;

    private TextMatch textCondition(String q, Map<String, Object> params) {
        if (q.length() > 200) {
            throw new InvalidParameterException("q", "(" + q.length() + " characters)", "at most 200 characters");
        }
        if (REFERENCE.matcher(q).matches()) {
            params.put("reference", q.toUpperCase(java.util.Locale.ROOT));
            return new TextMatch("h.reference = :reference", "h.reference = :reference", true);
        }
        Set<String> keys = NameKeys.keys(q);
        if (keys.isEmpty()) {
            throw new InvalidParameterException(
                    "q", "(withheld)", "a name in Arabic or Latin script, or a household reference");
        }
        if (!keys.stream().allMatch(key -> KEY.matcher(key).matches())) {
            throw new IllegalStateException("name keys are letters a-z only");
        }
        String literal = "'" + HouseholdStore.arrayLiteral(List.copyOf(keys)) + "'::text[]";
        String persons = "p.removed_at IS NULL AND p.name_keys @> " + literal;
        long bearers = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM person p WHERE " + persons + " LIMIT "
                        + (RARE_NAME + 1) + ") AS bearers")
                .query(Long.class)
                .single();
        String households = "h.id = ANY (ARRAY(SELECT p.household_id FROM person p WHERE " + persons;
        if (bearers <= RARE_NAME) {
            return new TextMatch(households + "))", households + "))", true);
        }
        return new TextMatch(
                "EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND " + persons + ")",
                households + " LIMIT " + COUNT_SAMPLE + "))",
                false);
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
