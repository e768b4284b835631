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
        if (conditions.filters().contains(FALSE) || conditions.match() == TextMatch.NOTHING) {
            return new Found(List.of(), 0, false); // nothing the actor may see can match: no statement needed
        }
        params.put("countLimit", HouseholdPage.COUNT_LIMIT + 1);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<String> where = new ArrayList<>(conditions.filters());
        TextMatch match = conditions.match();
        if (match != null && match.persons() != null) {
            return findName(match.persons(), String.join(" AND ", where), params);
        }
        if (match != null) {
            where.add(match.condition());
        }
        // Counted up to one past the limit: enough to tell "exactly N" from "more than the limit" without
        // visiting every one of thousands of matches.
        long counted = count(String.join(" AND ", where), params);
        if (counted == 0) {
            return new Found(List.of(), 0, false);
        }
        List<UUID> ids = bind(
                        jdbc.sql("SELECT h.id FROM household h WHERE " + String.join(" AND ", where) + NEWEST), params)
                .query(UUID.class)
                .list();
        return new Found(ids, counted, counted > HouseholdPage.COUNT_LIMIT);
    }

    /** Newest first along household_newest_ix (V42), so a page of a large result is read, not sorted. */
    private static final String NEWEST = " ORDER BY h.created_at DESC, h.id LIMIT :limit OFFSET :offset";

    /**
     * A name search in one statement (see {@link TextMatch}): the name index is scanned once for up to {@value
     * #COUNT_SAMPLE} bearers; their number says whether the name is rare; their households meeting {@code filters}
     * are counted up to one past the limit; and the page is read the rare or the common way. PostgreSQL runs only
     * the branch of the page's {@code CASE} it takes (each is an init plan, run when first needed). A common name
     * whose sample falls short of the limit is then counted exactly along the page's plan.
     */
    private Found findName(String persons, String filters, Map<String, Object> params) {
        String sampled = filters + " AND h.id = ANY (ARRAY(SELECT household_id FROM bearers))";
        String common = filters + " AND " + bearerInHousehold(persons);
        NameFound found = bind(
                        jdbc.sql("WITH bearers AS MATERIALIZED (SELECT p.household_id FROM person p WHERE " + persons
                                + " LIMIT " + COUNT_SAMPLE + "), sample AS (SELECT count(*) AS bearers FROM bearers)"
                                + " SELECT sample.bearers,"
                                + " (SELECT count(*) FROM (SELECT 1 FROM household h WHERE " + sampled
                                + " LIMIT :countLimit) AS matching) AS households,"
                                + " CASE WHEN sample.bearers <= " + RARE_NAME
                                + " THEN ARRAY(SELECT h.id FROM household h WHERE " + sampled + NEWEST + ")"
                                + " ELSE ARRAY(SELECT h.id FROM household h WHERE " + common + NEWEST + ")"
                                + " END AS page FROM sample"),
                        params)
                .query((row, number) ->
                        new NameFound(row.getLong("bearers"), row.getLong("households"), uuids(row.getArray("page"))))
                .single();
        long counted = found.households();
        if (found.bearers() > RARE_NAME && counted <= HouseholdPage.COUNT_LIMIT) {
            counted = count(common, params); // the sample fell short (other filters, a small scope): count them all
        }
        return new Found(found.page(), counted, counted > HouseholdPage.COUNT_LIMIT);
    }

    private record NameFound(long bearers, long households, List<UUID> page) {}

    private static List<UUID> uuids(java.sql.Array array) throws java.sql.SQLException {
        List<UUID> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()));
        }
        return ids;
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

    /**
     * The SQL condition on household {@code h} for a search by an actor, binding its values into {@code params}. A
     * name is matched through its bearers' households, whatever their number (for exports, which read them all).
     */
    String where(HouseholdSearch search, Actor actor, Map<String, Object> params) {
        Conditions conditions = conditions(search, actor, params);
        List<String> where = new ArrayList<>(conditions.filters());
        TextMatch match = conditions.match();
        if (match == TextMatch.NOTHING) {
            where.add(FALSE);
        } else if (match != null) {
            where.add(match.persons() != null ? bearersHouseholds(match.persons()) : match.condition());
        }
        return String.join(" AND ", where);
    }

    private static final String FALSE = "FALSE";

    /**
     * The conditions of a search on household {@code h} but its text ({@code filters}: status, places, what the actor
     * may list and, for a name, read in full), and the text match if any.
     */
    private record Conditions(List<String> filters, TextMatch match) {}

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
        TextMatch match = null;
        if (search.q() != null && !search.q().isBlank()) {
            String q = search.q().strip();
            RegistryAccess.RowFilter readable = RegistryAccess.readableInFull(actor);
            match = textMatch(q, params);
            if (match.persons() != null) {
                if (readable.none()) {
                    match = TextMatch.NOTHING; // an analyst's name search: checked, but nothing to ask PostgreSQL
                } else {
                    conditions.addAll(readable.conditions("readable", params));
                }
            }
        }
        return new Conditions(conditions, match);
    }

    private long count(String where, Map<String, Object> params) {
        return bind(
                        jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM household h WHERE " + where
                                + " LIMIT :countLimit) AS matching"),
                        params)
                .query(Long.class)
                .single();
    }

    /** The page's household ids, and the number of matches counted up to one past the limit. */
    record Found(List<UUID> ids, long total, boolean totalIsLowerBound) {}

    /**
     * How a text search restricts households: a reference ({@code condition}), or a name ({@code persons}: the
     * condition on person {@code p} that its bearers meet). A name's keys are written into the statement, not
     * bound: PostgreSQL then plans for how common they are (a plan cached for bound keys walked every household
     * for a rare name). Keys are letters only (see {@link NameKeys}), checked again here. Which plan suits a name
     * depends on how many persons bear it; one statement ({@link #findName}) takes up to {@value #COUNT_SAMPLE} of
     * its bearers from the name index and counts both them and their households that the other conditions let
     * through, up to one past the count limit:
     * <ul>
     *   <li>a rare name (at most {@value #RARE_NAME} bearers): that count is exact, and the page collects the
     *       bearers' households first ({@code ARRAY(...)}, one bitmap scan of the name index), then filters and
     *       sorts them - work in proportion to the name, not the registry;
     *   <li>a common name: the page reads households newest first ({@code household_newest_ix}) until it is
     *       full, which in a dense match is soon; the sample's count is enough when it reaches the limit (nothing
     *       else filters), and the households are counted along the page's plan only when it falls short (other
     *       filters, a small scope).
     * </ul>
     */
    record TextMatch(String condition, String persons) {
        /** A text no household the actor may list can match. */
        static final TextMatch NOTHING = new TextMatch(FALSE, null);
    }

    /** Bearers of a common name whose households the first count takes. */
    static final int COUNT_SAMPLE = 6_000;

    /** Persons bearing a name up to which the name is rare (see {@link TextMatch}). */
    static final int RARE_NAME = 5_000;

    private TextMatch textMatch(String q, Map<String, Object> params) {
        if (q.length() > 200) {
            throw new InvalidParameterException("q", "(" + q.length() + " characters)", "at most 200 characters");
        }
        if (REFERENCE.matcher(q).matches()) {
            params.put("reference", q.toUpperCase(java.util.Locale.ROOT));
            return new TextMatch("h.reference = :reference", null);
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
        return new TextMatch(null, "p.removed_at IS NULL AND p.name_keys @> " + literal);
    }

    /** The households of a name's bearers, collected first (a rare name, or an export). */
    private static String bearersHouseholds(String persons) {
        return "h.id = ANY (ARRAY(SELECT p.household_id FROM person p WHERE " + persons + "))";
    }

    /** Each household checked for a bearer (a common name, read newest first). */
    private static String bearerInHousehold(String persons) {
        return "EXISTS (SELECT 1 FROM person p WHERE p.household_id = h.id AND " + persons + ")";
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
