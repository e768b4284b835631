package org.homeward.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds areas in the database by their stored search keys and ranks them: exact matches first (the name, its
 * key, an alias, the P-code), then prefix matches, then same-consonant matches, then the rest; within a rank
 * by level and English name. Only P-codes come back; the gazetteer fills in the areas from its in-memory snapshot.
 *
 * <p>User text never enters the SQL: the statement is assembled from fixed fragments and every value is a
 * bound parameter. Keys hold only letters and digits, so they need no LIKE escaping; the plain-name match
 * escapes the user's % and _.
 */
@Component
class AreaSearchQuery {

    private static final Pattern PCODE_LIKE = Pattern.compile("^[A-Za-z]{1,2}[0-9]+$");

    private static final String EXACT = """
            a.pcode = :pcode OR a.latin_key = :latin OR a.arabic_key = :arabic OR lower(a.name_en) = :lower
            OR a.pcode IN (SELECT al.pcode FROM geo_area_alias al WHERE al.latin_key = :latin OR al.arabic_key = :arabic)""";

    /** Same consonants only: right for Homs/Hims, but loose on long names (Abu Haya/Bab Elhawa), so ranked low. */
    private static final String SKELETON = """
            a.latin_skeleton = :skeleton
            OR a.pcode IN (SELECT al.pcode FROM geo_area_alias al WHERE al.latin_skeleton = :skeleton)""";

    private static final String PREFIX = """
            a.pcode LIKE :pcodePrefix OR a.latin_key LIKE :latinPrefix OR a.arabic_key LIKE :arabicPrefix
            OR a.name_en ILIKE :namePrefix
            OR a.pcode IN (SELECT al.pcode FROM geo_area_alias al
                WHERE al.latin_key LIKE :latinPrefix OR al.arabic_key LIKE :arabicPrefix)""";

    private static final String CONTAINS = """
            a.pcode LIKE :pcodePrefix OR a.latin_key LIKE :latinContains OR a.latin_skeleton = :skeleton
            OR a.arabic_key LIKE :arabicContains OR a.name_en ILIKE :nameContains
            OR a.pcode IN (SELECT al.pcode FROM geo_area_alias al
                WHERE al.latin_key LIKE :latinContains OR al.latin_skeleton = :skeleton
                   OR al.arabic_key LIKE :arabicContains)""";

    private final JdbcClient jdbc;

    AreaSearchQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param parent direct parent P-code, or null
     * @param within ancestor P-code at any depth (the area itself excluded), or null
     */
    Page<String> run(String edition, String text, Integer level, String parent, String within, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("edition", edition);
        List<String> where = new ArrayList<>(List.of("a.edition = :edition"));
        if (level != null) {
            where.add("a.level = :level");
            params.put("level", level);
        }
        if (parent != null) {
            where.add("a.parent_pcode = :parent");
            params.put("parent", parent);
        }
        if (within != null) {
            where.add("(a.adm1_pcode = :within OR a.adm2_pcode = :within OR a.adm3_pcode = :within)");
            where.add("a.pcode <> :within");
            params.put("within", within);
        }
        String rank = "";
        if (text != null) {
            textParams(text, params);
            where.add("(" + CONTAINS + ")");
            rank = "CASE WHEN " + EXACT + " THEN 0 WHEN " + PREFIX + " THEN 1 WHEN " + SKELETON
                    + " THEN 2 ELSE 3 END, ";
        }
        String sql = "SELECT a.pcode, count(*) OVER () AS total FROM geo_area a WHERE " + String.join(" AND ", where)
                + " ORDER BY " + rank + "a.level, lower(a.name_en), a.pcode LIMIT :limit OFFSET :offset";
        params.put("limit", page.size());
        params.put("offset", page.offset());
        long[] total = {0};
        List<String> pcodes = jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return rs.getString("pcode");
                })
                .list();
        if (pcodes.isEmpty() && page.offset() > 0) {
            total[0] = count(where, params);
        }
        return new Page<>(pcodes, total[0], page.page(), page.size());
    }

    /** Past the last page the window count has no row to ride on; count separately. */
    private long count(List<String> where, Map<String, Object> params) {
        return jdbc.sql("SELECT count(*) FROM geo_area a WHERE " + String.join(" AND ", where))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static void textParams(String text, Map<String, Object> params) {
        String latin = ArabicLatinNormaliser.latinKey(text);
        String arabic = ArabicLatinNormaliser.arabicKey(text);
        boolean pcodeLike = PCODE_LIKE.matcher(text).matches();
        String upper = text.toUpperCase(Locale.ROOT);
        params.put("pcode", pcodeLike ? upper : null);
        params.put("pcodePrefix", pcodeLike ? upper + "%" : null);
        params.put("latin", latin.isEmpty() ? null : latin);
        params.put("latinPrefix", latin.isEmpty() ? null : latin + "%");
        params.put("latinContains", latin.isEmpty() ? null : "%" + latin + "%");
        params.put("skeleton", ArabicLatinNormaliser.skeleton(latin));
        params.put("arabic", arabic);
        params.put("arabicPrefix", arabic == null ? null : arabic + "%");
        params.put("arabicContains", arabic == null ? null : "%" + arabic + "%");
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        params.put("lower", text.toLowerCase(Locale.ROOT));
        params.put("namePrefix", escaped + "%");
        params.put("nameContains", "%" + escaped + "%");
    }
}
