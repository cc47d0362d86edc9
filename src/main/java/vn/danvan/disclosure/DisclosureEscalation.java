package vn.danvan.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import vn.danvan.organisation.StaffMember;
import vn.danvan.shared.DanVanTime;

/**
 * A content not made public by its due date escalates once: the day after, the unit's officers and head are told,
 * Home Affairs in copy, through the notification module's notify-once mechanism (which asks this query with the
 * other modules' every quarter of an hour). A content made public later is no longer asked about.
 */
@Component
class DisclosureEscalation implements DueNotices {

    static final String TOPIC = "disclosure.overdue";
    static final String OVERDUE = "OVERDUE";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Pending(long id, long unitId, String unitName, String title, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final NoticeService notices;
    private final MessageSource messages;

    DisclosureEscalation(JdbcClient jdbc, OrganisationService organisation, NoticeService notices,
            MessageSource messages) {
        this.jdbc = jdbc;
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

    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        List<Pending> overdue = jdbc.sql("""
                select d.id, d.unit_id, u.name as unit_name, d.title, d.due_date
                  from disclosure d join org_unit u on u.id = d.unit_id
                 where d.public_from is null and d.due_date < :today
                 order by d.id""").param("today", today)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("title"), rs.getObject("due_date", LocalDate.class)))
                .list();
        SingletonSupplier<Map<Long, List<StaffMember>>> staff = SingletonSupplier.of(() -> organisation.staffOf(
                overdue.stream().map(Pending::unitId).collect(Collectors.toCollection(LinkedHashSet::new))));
        SingletonSupplier<List<Long>> homeAffairs = SingletonSupplier.of(() -> organisation
                .staffWithRole(Role.HOME_AFFAIRS).stream().map(StaffMember::accountId).toList());
        List<DueNotice> due = new ArrayList<>();
        for (Pending p : overdue) {
            due.add(new DueNotice(new NoticeKey(TOPIC, p.id(), OVERDUE, p.dueDate()), () -> {
                Set<Long> to = new LinkedHashSet<>();
                staff.obtain().getOrDefault(p.unitId(), List.of()).stream()
                        .filter(StaffMember::unitStaff)
                        .map(StaffMember::accountId).forEach(to::add);
                to.addAll(homeAffairs.obtain());
                Object[] args = {p.title(), p.unitName(), p.dueDate().format(DanVanTime.DATE)};
                return new NoticeLetter(to, messages.getMessage("disclosure.notice.overdue.title", args, VIETNAMESE),
                        messages.getMessage("disclosure.notice.overdue.body", args, VIETNAMESE),
                        "/disclosures/" + p.id());
            }));
        }
        return due;
    }
}
