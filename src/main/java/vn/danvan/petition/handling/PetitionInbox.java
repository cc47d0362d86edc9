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
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;
import vn.danvan.petition.intake.TrackingCodes;

/** The unit inbox: petitions of the units in scope, filtered and searched without accents. */
@Service
@Transactional(readOnly = true)
class PetitionInbox {

    /** The inbox's order, soonest due first: a total order, with the index {@code petition_inbox_idx} (V36). */
    static final Keyset ORDER = Keyset.ascending(Keyset.date("p.answer_due"), Keyset.number("p.id"));

    private static final String SELECT = """
            select p.id, p.code, p.title, c.name as category, u.name as unit, p.status, p.channel, p.received_at,
                   p.answer_due, per.full_name as assignee
            from petition p
            join petition_category c on c.id = p.category_id
            left join org_unit u on u.id = p.unit_id
            left join org_staff per on per.account_id = p.assignee_account_id""";

    private final JdbcClient jdbc;
    private final PetitionTally tally;
    private final OrganisationScope scope;
    private final WorkingCalendar calendar;
    private final Clock clock;

    PetitionInbox(JdbcClient jdbc, PetitionTally tally, OrganisationScope scope, WorkingCalendar calendar,
            Clock clock) {
        this.jdbc = jdbc;
        this.tally = tally;
        this.scope = scope;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One page of the inbox with the exact total of petitions that pass the filter. */
    PageOf<InboxRow> page(InboxFilter f, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        long total = tallied(f) ? tally.count(unitsOf(f), f.status())
                : jdbc.sql("select count(*) from petition p" + where).params(params).query(Long.class).single();
        Map<String, Object> seek = new LinkedHashMap<>(params);
        String keyset = ORDER.seek(page, seek);
        List<InboxRow> rows = read(jdbc.sql(SELECT + where + keyset + ORDER.orderAndLimit(page)).params(seek));
        return ORDER.page(page, rows, r -> List.of(r.answerDue(), r.id()), total);
    }

    /** How many petitions the filter finds in the signed-in person's scope (what an export would write). */
    long count(InboxFilter f) {
        if (tallied(f)) {
            return tally.count(unitsOf(f), f.status());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from petition p" + where).params(params).query(Long.class).single();
    }

    /**
     * Every petition the filter finds, in the inbox's order, handed over one by one as the database sends
     * them ({@link #FETCH} rows at a time): nothing is collected, so a million rows take no more memory than
     * a few. Runs in a transaction, which PostgreSQL needs to send rows in batches. The working days left
     * are not counted (null): an export does not show them.
     */
    void stream(InboxFilter f, java.util.function.Consumer<InboxRow> each) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        jdbc.sql(SELECT + where + ORDER.orderBy()).params(params).withFetchSize(FETCH).query(rs -> {
            each.accept(row(rs, null));
        });
    }

    /** Rows fetched from the database at a time when streaming. */
    static final int FETCH = 1000;

    /**
     * Whether the filter's total is a sum of {@link PetitionTally} counts: only the scope, a unit and a state
     * (the unfiltered inbox of a province or of the whole country counts millions of rows otherwise).
     */
    private static boolean tallied(InboxFilter f) {
        return f.categoryId() == null && !f.is(f.overdue()) && !f.is(f.dueThisWeek()) && !f.is(f.mine())
                && (f.q() == null || f.q().isBlank());
    }

    /** The units whose tallies make the total: the filter's unit if in scope, else the scope (null: all). */
    private java.util.Collection<Long> unitsOf(InboxFilter f) {
        var visible = scope.visibleUnits();
        if (f.unitId() != null) {
            return visible.includes(f.unitId()) ? List.of(f.unitId()) : List.of();
        }
        return visible.all() ? null : visible.unitIds();
    }


    /**
     * The filter's conditions on {@code petition p}. A tracking code typed in the search box is looked up by its
     * unique index; words must each occur in the accent-free search key (a trigram index on PostgreSQL, V36_1).
     */
    private String where(InboxFilter f, Map<String, Object> params) {
        CurrentUser user = scope.requireUser();
        var visible = scope.visibleUnits();
        LocalDate today = today();
        var where = new StringBuilder(" where 1 = 1");
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
        if (TrackingCodes.isCode(f.q())) {
            where.append(" and p.code = :code");
            params.put("code", TrackingCodes.normalise(f.q()));
        } else {
            int i = 0;
            for (String word : VietnameseText.searchKey(f.q()).split(" ")) {
                if (!word.isBlank()) {
                    where.append(" and p.search_key like :w").append(i);
                    params.put("w" + i++, "%" + word + "%");
                }
            }
        }
        return where.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanVanTime.ZONE));
    }


    private List<InboxRow> read(JdbcClient.StatementSpec spec) {
        LocalDate today = today();
        List<InboxRow> rows = new ArrayList<>();
        spec.query(rs -> {
            rows.add(row(rs, today));
        });
        return rows;
    }

    /** A row as the inbox shows it; the working days left only with {@code today} (an export does not show them). */
    private InboxRow row(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        PetitionStatus status = PetitionStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("answer_due", LocalDate.class);
        return new InboxRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("category"), rs.getString("unit"), status,
                Channel.valueOf(rs.getString("channel")), rs.getObject("received_at", OffsetDateTime.class), due,
                rs.getString("assignee"), status.open() && today != null ? calendar.workingDaysBetween(today, due) : null);
    }

    private record Where(StringBuilder sql, Map<String, Object> params) {
    }

}
