package vn.danvan.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;

/** Reads the audit log by person, entity and date range, newest first. */
@Service
@Transactional(readOnly = true)
public class AuditQuery {

    public static final int PAGE_SIZE = 50;

    /** The log's order, newest first: a total order, with the index {@code audit_entry_list_idx} (V36). */
    static final Keyset ORDER = Keyset.descending(Keyset.timestamp("e.occurred_at"), Keyset.number("e.id"));

    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor, e.unit_id, e.entity_type, e.entity_id, e.action, e.client_address
            from audit_entry e""";

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters; any may be null. Dates are whole days in Asia/Ho_Chi_Minh, both included. */
    public record Filter(String actor, String entityType, String entityId, LocalDate from, LocalDate to) {
    }

    /** One page of the entries that pass the filter, newest first, with their total. */
    public PageOf<AuditEntryView> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from audit_entry e" + where).params(params).query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<AuditEntryView> entries = jdbc.sql(SELECT + where + seek + ORDER.orderAndLimit(page)).params(params)
                .query(AuditQuery::row).list();
        PageOf<AuditEntryView> result = ORDER.page(page, entries, e -> List.of(e.occurredAt(), e.id()), total);
        return result.with(withChanges(result.rows()));
    }

    public List<AuditEntryView> find(Filter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        var spec = jdbc.sql(SELECT + where + ORDER.orderBy() + " limit :limit offset :offset").params(params)
                .param("limit", size).param("offset", (long) Math.max(0, page) * size);
        return withChanges(spec.query(AuditQuery::row).list());
    }

    /** How many lines an export of the filter has: one per change, one per entry without changes. */
    public long exportCount(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        var spec = jdbc.sql("select count(*) from audit_entry e left join audit_change c on c.entry_id = e.id"
                + where(filter, params));
        spec = spec.params(params);
        return spec.query(Long.class).single();
    }

    /**
     * The export's lines, newest first, handed over one by one as the database sends them (a streaming cursor,
     * 1,000 rows at a time): each entry with one of its changes, or with none ({@code change} null).
     */
    public void exportRows(Filter filter, java.util.function.BiConsumer<AuditEntryView, AuditEntryView.Change> each) {
        Map<String, Object> params = new LinkedHashMap<>();
        var spec = jdbc.sql("""
                select e.id, e.occurred_at, e.actor, e.unit_id, e.entity_type, e.entity_id, e.action, e.client_address,
                       c.field, c.before_value, c.after_value
                from audit_entry e left join audit_change c on c.entry_id = e.id""" + where(filter, params)
                + " order by e.occurred_at desc, e.id desc, c.field").withFetchSize(1000);
        spec = spec.params(params);
        spec.query(rs -> {
            var entry = new AuditEntryView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("actor"), rs.getObject("unit_id", Long.class), rs.getString("entity_type"),
                    rs.getString("entity_id"), AuditAction.valueOf(rs.getString("action")),
                    rs.getString("client_address"), List.of());
            String field = rs.getString("field");
            each.accept(entry, field == null ? null
                    : new AuditEntryView.Change(field, rs.getString("before_value"), rs.getString("after_value")));
        });
    }

    /** The filter as conditions on {@code e} (the entry), its values put in {@code params}. */
    private static String where(Filter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(e.actor) = :actor");
            params.put("actor", filter.actor().strip().toLowerCase());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and e.entity_type = :type");
            params.put("type", filter.entityType());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and e.entity_id = :eid");
            params.put("eid", filter.entityId().strip());
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    private static AuditEntryView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AuditEntryView(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getObject("unit_id", Long.class), rs.getString("entity_type"),
                rs.getString("entity_id"), AuditAction.valueOf(rs.getString("action")), rs.getString("client_address"),
                List.of());
    }


    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_entry order by entity_type").query(String.class)
                .list();
    }

    private List<AuditEntryView> withChanges(List<AuditEntryView> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, List<AuditEntryView.Change>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                select entry_id, field, before_value, after_value from audit_change
                where entry_id in (:ids) order by entry_id, field""")
                .param("ids", entries.stream().map(AuditEntryView::id).toList())
                .query(rs -> {
                    changes.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>())
                            .add(new AuditEntryView.Change(rs.getString("field"), rs.getString("before_value"),
                                    rs.getString("after_value")));
                });
        return entries.stream().map(e -> new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.unitId(),
                e.entityType(), e.entityId(), e.action(), e.clientAddress(), changes.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }
}
