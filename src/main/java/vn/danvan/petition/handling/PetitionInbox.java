package vn.danvan.petition.handling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.VietnameseText;

/** The unit inbox: petitions of the units in scope, filtered and searched without accents. */
@Service
@Transactional(readOnly = true)
class PetitionInbox {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PetitionInbox(JdbcClient jdbc, OrganisationScope scope, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<InboxRow> find(InboxFilter f) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        Where w = where(f, today);
        var where = w.sql();
        Map<String, Object> params = w.params();
        var spec = jdbc.sql(SELECT + where + " order by p.answer_due, p.id limit " + LIMIT);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<InboxRow> rows = new ArrayList<>();
        spec.query(rs -> {
            rows.add(row(rs, today));
        });
        return rows;
    }

    private static final String SELECT = """
            select p.id, p.code, p.title, c.name as category, u.name as unit, p.status, p.channel, p.received_at,
                   p.answer_due, per.full_name as assignee
            from petition p
            join petition_category c on c.id = p.category_id
            left join org_unit u on u.id = p.unit_id
            left join org_staff per on per.account_id = p.assignee_account_id""";

    private InboxRow row(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        PetitionStatus status = PetitionStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("answer_due", LocalDate.class);
        return new InboxRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("category"), rs.getString("unit"), status,
                Channel.valueOf(rs.getString("channel")), rs.getObject("received_at", OffsetDateTime.class), due,
                rs.getString("assignee"), status.open() && today != null ? calendar.workingDaysBetween(today, due) : null);
    }

    /** How many petitions the filter finds in the signed-in person's scope (what an export would write). */
    long count(InboxFilter f) {
        Where w = where(f, LocalDate.now(clock.withZone(DanVanTime.ZONE)));
        var spec = jdbc.sql("select count(*) from petition p" + w.sql());
        for (var e : w.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(Long.class).single();
    }

    /**
     * Every petition the filter finds, in the inbox's order, handed over one by one as the database sends
     * them ({@link #FETCH} rows at a time): nothing is collected, so a million rows take no more memory than
     * a few. Runs in a transaction, which PostgreSQL needs to send rows in batches. The working days left
     * are not counted (null): an export does not show them.
     */
    void stream(InboxFilter f, java.util.function.Consumer<InboxRow> each) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        Where w = where(f, today);
        var spec = jdbc.sql(SELECT + w.sql() + " order by p.answer_due, p.id").withFetchSize(FETCH);
        for (var e : w.params().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query(rs -> {
            each.accept(row(rs, null));
        });
    }

    /** Rows fetched from the database at a time when streaming. */
    static final int FETCH = 1000;

    /** The filter as SQL conditions on {@code p} (the petition), within the signed-in person's scope. */
    private Where where(InboxFilter f, LocalDate today) {
        CurrentUser user = scope.requireUser();
        var visible = scope.visibleUnits();
        var where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!visible.all()) {
            where.append(" and p.unit_id in (:units)");
            params.put("units", visible.unitIds());
        }
        if (f.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", f.status().name());
        }
        if (f.unitId() != null) {
            // outside the scope it finds nothing, as the scope condition above still applies
            where.append(" and p.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.categoryId() != null) {
            where.append(" and p.category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.is(f.overdue()) || f.is(f.dueThisWeek())) {
            where.append(" and p.status in (:open)");
            params.put("open", PetitionStatus.openStatuses().stream().map(Enum::name).toList());
        }
        if (f.is(f.overdue())) {
            where.append(" and p.answer_due < :today");
            params.put("today", today);
        }
        if (f.is(f.dueThisWeek())) {
            where.append(" and p.answer_due between :weekFrom and :weekTo");
            params.put("weekFrom", today);
            params.put("weekTo", today.with(DayOfWeek.SUNDAY));
        }
        if (f.is(f.mine())) {
            where.append(" and p.assignee_account_id = :me");
            params.put("me", user.accountId());
        }
        int i = 0;
        for (String word : VietnameseText.searchKey(f.q()).split(" ")) {
            if (!word.isBlank()) {
                where.append(" and p.search_key like :w").append(i);
                params.put("w" + i++, "%" + word + "%");
            }
        }
        return new Where(where, params);
    }

    private record Where(StringBuilder sql, Map<String, Object> params) {
    }

}
