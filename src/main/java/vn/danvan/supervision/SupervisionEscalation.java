package vn.danvan.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;

/**
 * Chases the answers of addressed units, like the petition deadlines: on the due day (or the first run
 * after it) the unit's heads are told; once the due date has passed, the leaders. Each notice goes out once
 * per addressed unit, kind and due date (a reopened answer with a new due date gets notices of its own),
 * through the notification module's notify-once mechanism, which asks this query with the other modules'
 * every quarter of an hour. Nobody to tell (a unit without a head) records nothing, so the notice goes out
 * once someone is there.
 */
@Component
class SupervisionEscalation implements DueNotices {

    static final String TOPIC = "supervision.answer";
    static final String DUE_DAY = "DUE_DAY";
    static final String OVERDUE = "OVERDUE";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Pending(long recipientId, long requestId, String title, long unitId, String unitName,
            LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final OrganisationService organisation;
    private final NoticeService notices;
    private final MessageSource messages;

    SupervisionEscalation(JdbcClient jdbc, Supervision supervision, OrganisationService organisation,
            NoticeService notices, MessageSource messages) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.organisation = organisation;
        this.notices = notices;
        this.messages = messages;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Sends the notices due on {@code today} not sent before; the number sent. */
    int run(LocalDate today) {
        return notices.sendDue(this, today);
    }

    /**
     * The notices of the addressed units due tomorrow or before, and of those overdue; the heads of their units
     * and the leaders are read when the first letter is written (most runs write none) and then once for the
     * whole run, a query per thousand units rather than one (or the whole account list) per letter.
     */
    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        List<DueNotice> due = new ArrayList<>();
        List<Pending> dueDay = pending(today.plusDays(1));
        List<Pending> overdue = pending(today);
        SingletonSupplier<Map<Long, List<Long>>> heads = SingletonSupplier.of(() -> supervision.heads(
                dueDay.stream().map(Pending::unitId).collect(Collectors.toCollection(LinkedHashSet::new))));
        SingletonSupplier<List<Long>> leaders = SingletonSupplier.of(() -> organisation.staffWithRole(Role.LEADER)
                .stream().map(s -> s.accountId()).toList());
        for (Pending p : dueDay) {
            due.add(new DueNotice(new NoticeKey(TOPIC, p.recipientId(), DUE_DAY, p.dueDate()),
                    () -> letter(p, "dueDay", heads.obtain().getOrDefault(p.unitId(), List.of()))));
        }
        for (Pending p : overdue) {
            due.add(new DueNotice(new NoticeKey(TOPIC, p.recipientId(), OVERDUE, p.dueDate()),
                    () -> letter(p, "overdue", leaders.obtain())));
        }
        return due;
    }

    /** Open addressed units of sent requests due before {@code before}. */
    private List<Pending> pending(LocalDate before) {
        return jdbc.sql("""
                select p.id, p.request_id, r.title, p.unit_id, u.name as unit_name, p.due_date
                  from supervision_recipient p join supervision_request r on r.id = p.request_id
                  join org_unit u on u.id = p.unit_id
                 where r.status = 'SENT' and p.status = 'OPEN' and p.due_date < :before
                 order by p.id
                """).param("before", before)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("request_id"), rs.getString("title"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    private NoticeLetter letter(Pending p, String key, List<Long> accounts) {
        String title = messages.getMessage("supervision.notice." + key + ".title", null, VIETNAMESE);
        String body = messages.getMessage("supervision.notice." + key + ".body",
                new Object[] {p.title(), p.unitName(), p.dueDate().format(DanVanTime.DATE)}, VIETNAMESE);
        return new NoticeLetter(accounts, title, body, "/supervision/" + p.requestId());
    }
}
