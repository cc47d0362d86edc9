package vn.danvan.dossier;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;

/**
 * Tells the unit's heads in-app, once per dossier and due date, that a dossier needs an apology slip:
 * still open, no slip issued, and due within the working days of the legal rule in force (one: by the
 * next working day). The notification module's notify-once mechanism sends it (and asks this query with
 * the other modules' every quarter of an hour); while the unit has no head, nothing is recorded, so the
 * notice goes out once a head is named.
 */
@Component
class ApologyReminders implements DueNotices {

    static final String TOPIC = "dossier.apology";
    static final String APOLOGY = "APOLOGY";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Due(long id, String code, long unitId, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final NoticeService notices;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final DossierSettings settings;

    ApologyReminders(JdbcClient jdbc, OrganisationService organisation, NoticeService notices,
            WorkingCalendar calendar, MessageSource messages, DossierSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.notices = notices;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Sends the notices due on {@code today} not sent before; the number of dossiers told about. */
    int run(LocalDate today) {
        return notices.sendDue(this, today);
    }

    /**
     * The dossiers due for a slip; the heads of their units are read when the first letter is written (most
     * runs write none) and then for all of them at once, a query per thousand units rather than one per letter.
     */
    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        LocalDate next = calendar.addWorkingDays(today, settings.apologyWorkingDays(today));
        List<Due> due = jdbc.sql("""
                select d.id, d.code, d.unit_id, d.due_date from dossier d
                 where d.state in ('RECEIVED', 'IN_PROGRESS') and d.due_date <= :next
                   and d.apology_issued_at is null
                 order by d.id""")
                .param("next", next)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"),
                        rs.getObject("due_date", LocalDate.class))).list();
        SingletonSupplier<Map<Long, List<Long>>> heads = SingletonSupplier.of(() -> organisation.headAccountsOf(
                due.stream().map(Due::unitId).collect(Collectors.toCollection(LinkedHashSet::new))));
        return due.stream()
                .map(d -> new DueNotice(new NoticeKey(TOPIC, d.id(), APOLOGY, d.dueDate()),
                        () -> letter(d, heads.obtain().getOrDefault(d.unitId(), List.of()))))
                .toList();
    }

    private NoticeLetter letter(Due d, List<Long> heads) {
        String title = messages.getMessage("dossier.notice.apology.title", null, VIETNAMESE);
        String body = messages.getMessage("dossier.notice.apology.body",
                new Object[] {d.code(), d.dueDate().format(DanVanTime.DATE)}, VIETNAMESE);
        return new NoticeLetter(heads, title, body, "/dossiers/" + d.id());
    }
}
