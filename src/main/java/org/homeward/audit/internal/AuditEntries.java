package org.homeward.audit.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditQuery;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds audit entries by record, actor, action and period, newest first. */
@Component
class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        filter(conditions, params, "entity_type", "entityType", query.entityType());
        filter(conditions, params, "entity_id", "entityId", query.entityId());
        filter(conditions, params, "actor", "actor", query.actor());
        filter(
                conditions,
                params,
                "action",
                "action",
                query.action() == null ? null : query.action().name());
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", query.to().atOffset(ZoneOffset.UTC));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry" + where
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((row, n) -> StoredEntry.read(row).toEntry())
                .list();
        return new Page<>(items, total, page.page(), page.size());
    }

    private static void filter(
            List<String> conditions, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }
}
