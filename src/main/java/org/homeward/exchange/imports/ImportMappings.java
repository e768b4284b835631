package org.homeward.exchange.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidParameterException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Column mappings saved by name for an organisation, so a partner's monthly file maps the same way every month. */
@Service
public class ImportMappings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @param columns field (such as {@code household_id}) → column (header text, HXL hashtag or 1-based number) */
    public record Mapping(String name, ImportKind kind, Map<String, String> columns) {}

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;

    ImportMappings(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    public Mapping save(Mapping mapping) {
        Actor actor = currentActor.require();
        ImportKind kind = mapping.kind();
        if (kind == null) {
            throw new InvalidParameterException("kind", null, "HOUSEHOLDS");
        }
        if (mapping.name() == null || !mapping.name().strip().matches("[\\p{L}\\p{N} ._-]{1,80}")) {
            throw new InvalidParameterException(
                    "name", mapping.name(), "1 to 80 letters, digits, spaces, '.', '_', '-'");
        }
        check(kind, mapping.columns());
        int inserted = jdbc.sql("""
                        INSERT INTO import_mapping (name, kind, columns, organisation_id, created_by, created_at)
                        VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?) ON CONFLICT (organisation_id, name) DO NOTHING""")
                .params(
                        mapping.name().strip(),
                        kind.name(),
                        JSON.writeValueAsString(mapping.columns()),
                        actor.organisationId(),
                        actor.username(),
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new ConflictException("mapping-exists", "Your organisation has a mapping named " + mapping.name());
        }
        return new Mapping(mapping.name().strip(), kind, mapping.columns());
    }

    public List<Mapping> list() {
        Actor actor = currentActor.require();
        return jdbc.sql("SELECT name, kind, columns::text FROM import_mapping WHERE organisation_id = ? ORDER BY name")
                .param(actor.organisationId())
                .query((rs, n) ->
                        new Mapping(rs.getString(1), ImportKind.valueOf(rs.getString(2)), columns(rs.getString(3))))
                .list();
    }

    Optional<Mapping> find(long organisation, String name) {
        return jdbc.sql("SELECT name, kind, columns::text FROM import_mapping WHERE organisation_id = ? AND name = ?")
                .params(organisation, name)
                .query((rs, n) ->
                        new Mapping(rs.getString(1), ImportKind.valueOf(rs.getString(2)), columns(rs.getString(3))))
                .optional();
    }

    /** Only household files are mapped by field; figure files are recognised by their columns. */
    static void check(ImportKind kind, Map<String, String> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new InvalidParameterException("mapping", null, "at least one field mapped to a column");
        }
        if (kind != ImportKind.HOUSEHOLDS) {
            throw new InvalidParameterException("kind", kind, "HOUSEHOLDS (other kinds map by their columns)");
        }
        for (var entry : columns.entrySet()) {
            if (!ColumnMapping.knows(entry.getKey())) {
                throw new InvalidParameterException(
                        "mapping." + entry.getKey(), entry.getKey(), "a field such as household_id, sex, origin_pcode");
            }
            if (entry.getValue() == null
                    || entry.getValue().isBlank()
                    || entry.getValue().length() > 200) {
                throw new InvalidParameterException(
                        "mapping." + entry.getKey(), entry.getValue(), "a header text, hashtag or column number");
            }
        }
    }

    private static Map<String, String> columns(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    }
}
