package org.homeward.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.homeward.statistics.FigureSearch;
import org.homeward.statistics.Indicator;
import org.homeward.statistics.Qualifier;
import org.homeward.statistics.ReportedFigure;
import org.homeward.statistics.SourceKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reported figures in PostgreSQL. Callers hold the transaction; deleted figures are invisible here. */
@Repository
class FigureStore {

    private static final String COLUMNS = """
            id, indicator, value, qualifier, period_start, period_end, area, publisher, speaker, reported_on,
            reference, note, source_kind, version, created_by, created_at, updated_by, updated_at
            """;

    private final JdbcClient jdbc;

    FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(FigureData figure, String actor, Instant now) {
        try {
            return insertRow(figure, actor, now);
        } catch (DuplicateKeyException raced) {
            throw duplicate();
        }
    }

    private long insertRow(FigureData figure, String actor, Instant now) {
        return jdbc.sql("""
                INSERT INTO reported_figure (indicator, value, qualifier, period_start, period_end, area, publisher,
                    speaker, reported_on, reference, note, source_kind, created_at, created_by, updated_at, updated_by)
                VALUES (:indicator, :value, :qualifier, :periodStart, :periodEnd, :area, :publisher, :speaker,
                    :reportedOn, :reference, :note, :sourceKind, :now, :actor, :now, :actor)
                RETURNING id
                """)
                .params(fields(figure, actor, now))
                .query(Long.class)
                .single();
    }

    /** Replaces the fields if the figure is still at {@code expectedVersion}; false if it is not. */
    boolean update(long id, int expectedVersion, FigureData figure, String actor, Instant now) {
        try {
            return updateRow(id, expectedVersion, figure, actor, now);
        } catch (DuplicateKeyException raced) {
            throw duplicate();
        }
    }

    /** Two writers recorded the same figure at once; the unique index let one through. */
    private static ConflictException duplicate() {
        return new ConflictException(
                "figure-exists",
                "A figure with the same indicator, period, area, publisher, speaker and date was recorded meanwhile");
    }

    private boolean updateRow(long id, int expectedVersion, FigureData figure, String actor, Instant now) {
        return jdbc.sql("""
                        UPDATE reported_figure SET indicator = :indicator, value = :value, qualifier = :qualifier,
                            period_start = :periodStart, period_end = :periodEnd, area = :area, publisher = :publisher,
                            speaker = :speaker, reported_on = :reportedOn, reference = :reference, note = :note,
                            source_kind = :sourceKind, version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :version AND deleted_at IS NULL
                        """)
                        .params(fields(figure, actor, now))
                        .param("id", id)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    boolean softDelete(long id, int expectedVersion, String reason, String actor, Instant now) {
        return jdbc.sql("""
                        UPDATE reported_figure SET deleted_at = :now, deleted_by = :actor, deleted_reason = :reason,
                            version = version + 1
                        WHERE id = :id AND version = :version AND deleted_at IS NULL
                        """)
                        .param("id", id)
                        .param("version", expectedVersion)
                        .param("reason", reason)
                        .param("actor", actor)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<ReportedFigure> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reported_figure WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(FigureStore::figure)
                .optional();
    }

    /** The live figure with the same natural key, if any. */
    Optional<ReportedFigure> findByNaturalKey(FigureData figure) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM reported_figure
                        WHERE deleted_at IS NULL AND indicator = :indicator AND period_start = :periodStart
                          AND period_end = :periodEnd AND area = :area AND publisher = :publisher
                          AND reported_on = :reportedOn AND coalesce(speaker, '') = coalesce(CAST(:speaker AS text), '')
                        """)
                .param("indicator", figure.indicator().code())
                .param("periodStart", figure.periodStart())
                .param("periodEnd", figure.periodEnd())
                .param("area", figure.area())
                .param("publisher", figure.publisher())
                .param("reportedOn", figure.reportedOn())
                .param("speaker", figure.speaker())
                .query(FigureStore::figure)
                .optional();
    }

    Page<ReportedFigure> search(FigureSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" FROM reported_figure WHERE deleted_at IS NULL");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.indicator() != null) {
            where.append(" AND indicator = :indicator");
            params.put("indicator", search.indicator());
        }
        if (search.area() != null) {
            where.append(" AND area = :area");
            params.put("area", search.area());
        }
        if (search.from() != null) {
            where.append(" AND period_end >= :from");
            params.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" AND period_start <= :to");
            params.put("to", search.to());
        }
        long total = jdbc.sql("SELECT count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ReportedFigure> items = jdbc.sql(
                        "SELECT " + COLUMNS + where
                                + " ORDER BY period_end DESC, indicator, area, reported_on DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(FigureStore::figure)
                .list();
        return new Page<>(items, total, page.page(), page.size());
    }

    /** Every live figure, for reconciliation (the ledger holds hundreds of figures, not millions). */
    List<ReportedFigure> live() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reported_figure WHERE deleted_at IS NULL ORDER BY id")
                .query(FigureStore::figure)
                .list();
    }

    /** Records a seed row as applied; false if it already was (by this or another node). */
    boolean claimSeed(String naturalKey, Instant now) {
        return jdbc.sql("""
                        INSERT INTO reported_figure_seed (natural_key, seeded_at) VALUES (:key, :now)
                        ON CONFLICT (natural_key) DO NOTHING
                        """)
                        .param("key", naturalKey)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void seedApplied(String naturalKey, long figureId) {
        jdbc.sql("UPDATE reported_figure_seed SET figure_id = :id WHERE natural_key = :key")
                .param("id", figureId)
                .param("key", naturalKey)
                .update();
    }

    private static Map<String, Object> fields(FigureData figure, String actor, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("indicator", figure.indicator().code());
        fields.put("value", figure.value());
        fields.put("qualifier", figure.qualifier().name());
        fields.put("periodStart", figure.periodStart());
        fields.put("periodEnd", figure.periodEnd());
        fields.put("area", figure.area());
        fields.put("publisher", figure.publisher());
        fields.put("speaker", figure.speaker());
        fields.put("reportedOn", figure.reportedOn());
        fields.put("reference", figure.reference());
        fields.put("note", figure.note());
        fields.put("sourceKind", figure.sourceKind().name());
        fields.put("actor", actor);
        fields.put("now", Timestamp.from(now));
        return fields;
    }

    private static ReportedFigure figure(ResultSet rs, int row) throws SQLException {
        return new ReportedFigure(
                rs.getLong("id"),
                Indicator.fromCode(rs.getString("indicator")).orElseThrow(),
                rs.getLong("value"),
                Qualifier.valueOf(rs.getString("qualifier")),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getString("area"),
                rs.getString("publisher"),
                rs.getString("speaker"),
                rs.getObject("reported_on", LocalDate.class),
                rs.getString("reference"),
                rs.getString("note"),
                SourceKind.valueOf(rs.getString("source_kind")),
                rs.getInt("version"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
