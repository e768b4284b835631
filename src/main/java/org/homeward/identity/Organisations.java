package org.homeward.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.homeward.identity.internal.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The organisations known to Homeward; new ones are registered through {@link UserAdministration}. */
@Service
public class Organisations {

    private static final String COLUMNS = "SELECT id, code, name_en, name_ar, kind, active FROM organisations";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> findById(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?")
                .param(id)
                .query(Organisations::map)
                .optional();
    }

    /** By code, ignoring case ({@code unhcr} finds {@code UNHCR}). */
    public Optional<Organisation> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " WHERE code = ?")
                .param(normaliseCode(code))
                .query(Organisations::map)
                .optional();
    }

    /** All organisations, active and inactive, ordered by code. */
    public List<Organisation> list() {
        return jdbc.sql(COLUMNS + " ORDER BY code").query(Organisations::map).list();
    }

    long insert(String code, String nameEn, String nameAr, OrganisationKind kind, Instant now) {
        return jdbc.sql("INSERT INTO organisations (code, name_en, name_ar, kind, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(code, nameEn, nameAr, kind.code(), Timestamps.toDb(now))
                .query(Long.class)
                .single();
    }

    static String normaliseCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static Organisation map(ResultSet row, int rowNumber) throws SQLException {
        return new Organisation(
                row.getLong("id"),
                row.getString("code"),
                row.getString("name_en"),
                row.getString("name_ar"),
                OrganisationKind.fromCode(row.getString("kind")).orElseThrow(),
                row.getBoolean("active"));
    }
}
