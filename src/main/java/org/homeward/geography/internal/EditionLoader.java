package org.homeward.geography.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.homeward.geography.internal.GazetteerFiles.Boundary;
import org.homeward.geography.internal.GazetteerFiles.EditionData;
import org.homeward.geography.internal.GeographySettings.EditionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads gazetteer editions into the database. Loading is idempotent and all-or-nothing: an edition's row in
 * {@code geo_edition} commits with its areas and boundaries, so an edition that has a row is complete, and a
 * crash mid-load leaves nothing behind. Concurrent starts of several nodes serialise on an advisory lock.
 */
@Component
public class EditionLoader {

    private static final Logger log = LoggerFactory.getLogger(EditionLoader.class);

    /** Advisory lock key for reference-data loading ("geo" in ASCII); any constant unique in the schema. */
    static final long LOCK = 0x67656fL;

    private static final String INSERT_AREAS = """
            INSERT INTO geo_area (edition, pcode, level, name_en, name_ar, name_ar_damaged, ref_name_en, parent_pcode,
                adm1_pcode, adm2_pcode, adm3_pcode, latitude, longitude, capital_level, area_sqkm,
                latin_key, latin_skeleton, arabic_key)
            SELECT ?, * FROM unnest(?::text[], ?::int4[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::int4[], ?::int4[], ?::text[], ?::text[],
                ?::text[])
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final ResourceLoader resources;
    private final JsonMapper json;
    private final Clock clock;
    private final EditionCache cache;

    EditionLoader(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            TransactionTemplate transactions,
            ResourceLoader resources,
            JsonMapper json,
            Clock clock,
            EditionCache cache) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.resources = resources;
        this.json = json;
        this.clock = clock;
        this.cache = cache;
    }

    /** Loads the edition unless it is already there; true when it loaded it now. */
    public boolean load(EditionSource source) {
        if (isLoaded(source.code())) {
            return false;
        }
        long started = System.nanoTime();
        EditionData data = GazetteerFiles.read(resources, source.location(), json);
        long read = System.nanoTime();
        boolean loaded = store(source, data);
        if (loaded) {
            log.info(
                    "Gazetteer edition {} loaded: {} areas, {} boundaries; files read in {} ms, stored in {} ms",
                    source.code(),
                    data.areas().size(),
                    data.boundaries().size(),
                    (read - started) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000);
            if (!data.damagedArabicNames().isEmpty()) {
                // Reference data, no personal data: naming the P-codes lets someone fix the source.
                log.warn(
                        "Gazetteer edition {}: {} Arabic names were damaged in the source (U+FFFD) and are not served: {}",
                        source.code(),
                        data.damagedArabicNames().size(),
                        data.damagedArabicNames());
            }
        }
        return loaded;
    }

    /**
     * Stores an edition read from files or imported, unless an edition with its code exists; true when it stored
     * it now. The areas must be consistent (parents known, one level up): the database refuses anything else.
     */
    boolean store(EditionSource source, EditionData data) {
        Boolean loaded = transactions.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)")
                    .param(LOCK)
                    .query(Integer.class)
                    .single();
            if (isLoaded(source.code())) {
                return false; // another node loaded it while we read the files
            }
            insert(source, data);
            return true;
        });
        cache.forget(source.code());
        return Boolean.TRUE.equals(loaded);
    }

    boolean isLoaded(String edition) {
        return jdbc.sql("SELECT count(*) FROM geo_edition WHERE code = ?")
                        .param(edition)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void insert(EditionSource source, EditionData data) {
        jdbc.sql("INSERT INTO geo_edition (code, title, source, key_version, loaded_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        source.code(),
                        source.title(),
                        source.source(),
                        ArabicLatinNormaliser.VERSION,
                        Timestamp.from(clock.instant()))
                .update();
        insertAreas(source.code(), data.areas());
        List<Object[]> boundaries = new ArrayList<>();
        for (Boundary boundary : data.boundaries()) {
            boundaries.add(new Object[] {source.code(), boundary.pcode(), boundary.level(), boundary.geometryJson()});
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO geo_boundary (edition, pcode, level, geometry) VALUES (?, ?, ?, ?::jsonb)", boundaries);
    }

    /**
     * One INSERT of all areas from parallel arrays: one statement instead of thousands, so the 5,596 areas of
     * Syria 2015 store in a fraction of a second. Foreign keys are checked at the end of the statement, so the
     * order of rows does not matter.
     */
    private void insertAreas(String edition, List<AreaRow> areas) {
        int n = areas.size();
        Object[][] columns = new Object[17][];
        String[] types = {
            "text", "int4", "text", "text", "bool", "text", "text", "text", "text", "text", "float8", "float8", "int4",
            "int4", "text", "text", "text"
        };
        for (int c = 0; c < columns.length; c++) {
            columns[c] = types[c].equals("text")
                    ? new String[n]
                    : types[c].equals("bool")
                            ? new Boolean[n]
                            : types[c].equals("int4") ? new Integer[n] : new Double[n];
        }
        for (int i = 0; i < n; i++) {
            AreaRow area = areas.get(i);
            String latin = area.latinKey();
            Object[] values = {
                area.pcode(),
                area.level(),
                area.nameEn(),
                area.nameAr(),
                area.nameArDamaged(),
                area.refNameEn(),
                area.parentPcode(),
                area.adm1Pcode(),
                area.adm2Pcode(),
                area.adm3Pcode(),
                area.latitude(),
                area.longitude(),
                area.capitalLevel(),
                area.areaSqkm(),
                latin,
                ArabicLatinNormaliser.skeleton(latin),
                area.arabicKey()
            };
            for (int c = 0; c < columns.length; c++) {
                columns[c][i] = values[c];
            }
        }
        jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_AREAS)) {
                insert.setString(1, edition);
                for (int c = 0; c < columns.length; c++) {
                    insert.setArray(c + 2, connection.createArrayOf(types[c], columns[c]));
                }
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Recomputes the stored search keys of editions keyed by an older version of the normaliser's rules, so a
     * change of rules reaches data loaded before it.
     */
    public void rekeyStaleEditions() {
        List<String> stale = jdbc.sql("SELECT code FROM geo_edition WHERE key_version <> ?")
                .param(ArabicLatinNormaliser.VERSION)
                .query(String.class)
                .list();
        for (String edition : stale) {
            transactions.executeWithoutResult(status -> rekey(edition));
            log.info(
                    "Gazetteer edition {}: search keys recomputed (rules version {})",
                    edition,
                    ArabicLatinNormaliser.VERSION);
        }
    }

    private void rekey(String edition) {
        List<Object[]> updates = jdbc.sql("SELECT pcode, name_en, name_ar FROM geo_area WHERE edition = ?")
                .param(edition)
                .query((rs, n) -> {
                    String latin = ArabicLatinNormaliser.latinKey(rs.getString("name_en"));
                    return new Object[] {
                        latin,
                        ArabicLatinNormaliser.skeleton(latin),
                        ArabicLatinNormaliser.arabicKey(rs.getString("name_ar")),
                        edition,
                        rs.getString("pcode")
                    };
                })
                .list();
        jdbcTemplate.batchUpdate(
                "UPDATE geo_area SET latin_key = ?, latin_skeleton = ?, arabic_key = ? WHERE edition = ? AND pcode = ?",
                updates);
        jdbc.sql("UPDATE geo_edition SET key_version = ? WHERE code = ?")
                .params(ArabicLatinNormaliser.VERSION, edition)
                .update();
    }
}
