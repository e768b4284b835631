package org.homeward.geography.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings countries, crossing points, sites and area aliases in line with the files shipped under
 * {@code classpath:reference/}. Upserts by code on every start: idempotent, a few milliseconds, and a corrected
 * file reaches existing databases. Rows are never deleted (records elsewhere may point at them), and a site's
 * capacity and population, which the sites module maintains, are never overwritten.
 */
@Component
class ReferenceTablesLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceTablesLoader.class);
    private static final String LOCATION = "classpath:reference/";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final ResourceLoader resources;

    ReferenceTablesLoader(
            JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transactions, ResourceLoader resources) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.resources = resources;
    }

    void load() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)")
                    .param(EditionLoader.LOCK)
                    .query(Integer.class)
                    .single();
            int countries = countries();
            int crossings = crossingPoints();
            int sites = sites();
            int aliases = aliases();
            log.info(
                    "Reference data in place: {} countries, {} crossing points, {} sites, {} area aliases",
                    countries,
                    crossings,
                    sites,
                    aliases);
        });
    }

    /**
     * The country table has some 45 columns; Homeward takes ISO2, ISO3, M49, "English Short", "Arabic Short"
     * (falling back to "M49 Arabic", which covers most territories) and the centroid. Rows without an ISO 3166
     * alpha-3 code (Kosovo, Sark, the Azores, ...) are skipped: places are identified by ISO3 everywhere.
     */
    private int countries() {
        List<ReferenceCsv.Row> rows = ReferenceCsv.read(file("countries.csv"), row -> row);
        List<Object[]> values = new ArrayList<>();
        int skipped = 0;
        for (ReferenceCsv.Row row : rows) {
            String iso3 = row.optional("ISO 3166-1 Alpha 3-Codes");
            String iso2 = row.optional("ISO 3166-1 Alpha 2-Codes");
            if (iso3 == null || iso2 == null) {
                skipped++;
                continue;
            }
            String arabic = row.optional("Arabic Short");
            values.add(new Object[] {
                iso3.toUpperCase(Locale.ROOT),
                iso2.toUpperCase(Locale.ROOT),
                row.optionalInt("m49 numerical code"),
                row.required("English Short"),
                arabic != null ? arabic : row.optional("M49 Arabic"),
                row.optionalDouble("Latitude"),
                row.optionalDouble("Longitude")
            });
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO geo_country (iso3, iso2, m49, name_en, name_ar, latitude, longitude)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (iso3) DO UPDATE SET iso2 = excluded.iso2, m49 = excluded.m49, name_en = excluded.name_en,
                    name_ar = excluded.name_ar, latitude = excluded.latitude, longitude = excluded.longitude
                """, values);
        if (skipped > 0) {
            log.debug("countries.csv: {} rows without ISO codes skipped", skipped);
        }
        return values.size();
    }

    private int crossingPoints() {
        List<Object[]> values = ReferenceCsv.read(file("crossing_points.csv"), row -> new Object[] {
            row.required("code"),
            row.required("name_en"),
            row.optional("name_ar"),
            CrossingPoint.Kind.valueOf(row.required("kind").toUpperCase(Locale.ROOT))
                    .name(),
            row.required("admin1_pcode"),
            upper(row.optional("partner_country_iso3")),
            row.optional("partner_side_name"),
            row.optionalDouble("latitude"),
            row.optionalDouble("longitude")
        });
        jdbcTemplate.batchUpdate("""
                INSERT INTO geo_crossing_point (code, name_en, name_ar, kind, admin1_pcode, partner_country_iso3,
                    partner_side_name, latitude, longitude)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar,
                    kind = excluded.kind, admin1_pcode = excluded.admin1_pcode,
                    partner_country_iso3 = excluded.partner_country_iso3,
                    partner_side_name = excluded.partner_side_name, latitude = excluded.latitude,
                    longitude = excluded.longitude
                """, values);
        return values.size();
    }

    private int sites() {
        List<Object[]> values = ReferenceCsv.read(file("sites.csv"), row -> new Object[] {
            row.required("code"),
            row.required("name_en"),
            row.optional("name_ar"),
            Site.Kind.valueOf(row.required("kind").toUpperCase(Locale.ROOT)).name(),
            upper(row.required("country_iso3")),
            row.optional("admin1_pcode"),
            row.optionalDouble("latitude"),
            row.optionalDouble("longitude"),
            row.optional("source_code")
        });
        jdbcTemplate.batchUpdate("""
                INSERT INTO geo_site (code, name_en, name_ar, kind, country_iso3, admin1_pcode, latitude, longitude,
                    source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_en = excluded.name_en, name_ar = excluded.name_ar,
                    kind = excluded.kind, country_iso3 = excluded.country_iso3, admin1_pcode = excluded.admin1_pcode,
                    latitude = excluded.latitude, longitude = excluded.longitude, source = excluded.source
                """, values);
        return values.size();
    }

    private int aliases() {
        List<Object[]> values = ReferenceCsv.read(file("area_aliases.csv"), row -> {
            String alias = row.required("alias");
            String latin = ArabicLatinNormaliser.latinKey(alias);
            return new Object[] {
                row.required("pcode"),
                alias,
                latin,
                ArabicLatinNormaliser.skeleton(latin),
                ArabicLatinNormaliser.arabicKey(alias)
            };
        });
        jdbcTemplate.batchUpdate("""
                INSERT INTO geo_area_alias (pcode, alias, latin_key, latin_skeleton, arabic_key) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (pcode, alias) DO UPDATE SET latin_key = excluded.latin_key,
                    latin_skeleton = excluded.latin_skeleton, arabic_key = excluded.arabic_key
                """, values);
        return values.size();
    }

    private Resource file(String name) {
        Resource resource = resources.getResource(LOCATION + name);
        if (!resource.exists()) {
            throw new IllegalStateException("Reference file " + LOCATION + name + " is missing");
        }
        return resource;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
