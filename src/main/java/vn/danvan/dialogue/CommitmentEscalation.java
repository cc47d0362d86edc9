package vn.danvan.dialogue;

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

import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;

/**
 * Tells the owner unit's heads in-app when a commitment made at a conference becomes overdue, once per
 * commitment and due date, through the notification module's notify-once mechanism (which asks this
 * query with the other modules' every quarter of an hour). While the unit has no head nothing is
 * recorded, so the notice goes out once a head is named.
 */
@Component
class CommitmentEscalation implements DueNotices {

    static final String TOPIC = "dialogue.commitment";
    static final String OVERDUE = "OVERDUE";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Due(long id, long conferenceId, String content, long ownerUnitId, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final NoticeService notices;
    private final MessageSource messages;

    CommitmentEscalation(JdbcClient jdbc, OrganisationService organisation, NoticeService notices,
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

    /** Sends the notices due on {@code today} not sent before; the number of commitments escalated. */
    public int run(LocalDate today) {
        return notices.sendDue(this, today);
    }

    /**
     * The overdue commitments; the heads of their units are read when the first letter is written (most runs
     * write none) and then for all of them at once, a query per thousand units rather than one per letter.
     */
    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select m.id, m.conference_id, m.content, m.owner_unit_id, m.due_date from dialogue_commitment m
                 where m.status = 'OPEN' and m.due_date < :today
                 order by m.id""").param("today", today)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("content"),
                        rs.getLong("owner_unit_id"), rs.getObject("due_date", LocalDate.class))).list();
        SingletonSupplier<Map<Long, List<Long>>> heads = SingletonSupplier.of(() -> organisation.headAccountsOf(
                due.stream().map(Due::ownerUnitId).collect(Collectors.toCollection(LinkedHashSet::new))));
        return due.stream()
                .map(d -> new DueNotice(new NoticeKey(TOPIC, d.id(), OVERDUE, d.dueDate()),
                        () -> letter(d, heads.obtain().getOrDefault(d.ownerUnitId(), List.of()))))
                .toList();
    }

    private NoticeLetter letter(Due d, List<Long> heads) {
        String title = messages.getMessage("dialogue.notice.overdue.title", null, VIETNAMESE);
        String body = messages.getMessage("dialogue.notice.overdue.body",
                new Object[] {d.content(), d.dueDate().format(DanVanTime.DATE)}, VIETNAMESE);
        return new NoticeLetter(heads, title, body, "/dialogue/" + d.conferenceId());
    }
}
