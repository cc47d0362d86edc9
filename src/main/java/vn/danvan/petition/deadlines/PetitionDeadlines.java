package vn.danvan.petition.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.DueNotice;
import vn.danvan.notification.DueNotices;
import vn.danvan.notification.NoticeKey;
import vn.danvan.notification.NoticeLetter;
import vn.danvan.notification.NoticeService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionStatus;

/**
 * Deadline warnings and escalations of open petitions: a warning to the assignee (or the unit's
 * heads) in the last {@value #WARN_WORKING_DAYS} working days before the answer is due; when it is
 * overdue, an escalation to the unit's heads, then to Home Affairs; the same to the heads for the
 * acceptance notice while the petition waits to be accepted. Each notice goes out once per petition,
 * kind and due date, through the notification module's notify-once mechanism (which asks this query
 * with the other modules' every quarter of an hour); nobody to tell records nothing, so the notice goes
 * out once someone is there.
 */
@Component
class PetitionDeadlines implements DueNotices {

    static final int WARN_WORKING_DAYS = 2;
    static final int HEAD_AFTER_WORKING_DAYS = 1;
    static final int HOME_AFFAIRS_AFTER_WORKING_DAYS = 3;
    static final String TOPIC = "petition.deadline";

    private static final Logger log = LoggerFactory.getLogger(PetitionDeadlines.class);

    /** What a notice is about and whom it goes to; the message keys are {@code petition.notice.<key>.title/body}. */
    enum Kind {
        WARNING("warning"),
        ESCALATION_HEAD("escalationHead"),
        ESCALATION_HOME_AFFAIRS("escalationHomeAffairs"),
        WARNING_ACCEPTANCE("warningAcceptance"),
        ESCALATION_ACCEPTANCE("escalationAcceptance");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        String titleKey() {
            return "petition.notice." + key + ".title";
        }

        String bodyKey() {
            return "petition.notice." + key + ".body";
        }
    }

    private record Notice(Petition petition, Kind kind, LocalDate due, int overdueDays) {

        NoticeKey key() {
            return new NoticeKey(TOPIC, petition.id(), kind.name(), due);
        }
    }

    private final PetitionNoticeLog notices;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;
    private final NoticeService sender;
    private final MessageSource messages;

    PetitionDeadlines(PetitionNoticeLog notices, WorkingCalendar calendar, OrganisationService organisation,
            NoticeService sender, MessageSource messages) {
        this.notices = notices;
        this.calendar = calendar;
        this.organisation = organisation;
        this.sender = sender;
        this.messages = messages;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Sends the notices due on {@code today} that were not sent before; returns how many went out. */
    int run(LocalDate today) {
        return sender.sendDue(this, today);
    }

    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        LocalDate horizon = calendar.addWorkingDays(today, WARN_WORKING_DAYS + 1);
        List<Petition> open = notices.openDueBy(horizon);
        Recipients recipients = new Recipients(open);
        Map<LocalDate, Integer> daysLeft = new HashMap<>();
        List<DueNotice> due = new ArrayList<>();
        for (Petition p : open) {
            try {
                for (Notice notice : dueNotices(p, today, daysLeft)) {
                    due.add(new DueNotice(notice.key(), () -> letter(notice, recipients)));
                }
            } catch (RuntimeException e) {
                // one petition's trouble (a date outside the calendar, say) must not stop the others
                log.warn("Deadline notices of petition {} failed", p.id(), e);
            }
        }
        return due;
    }

    /**
     * The notices due for the petition; {@code daysLeft} keeps the working days from today to each due date met
     * in the run (thousands of petitions share a few hundred due dates, and counting the working days back to a
     * date years ago walks every day in between).
     */
    private List<Notice> dueNotices(Petition p, LocalDate today, Map<LocalDate, Integer> daysLeft) {
        List<Notice> due = new ArrayList<>();
        if (p.status() != PetitionStatus.INFO_REQUESTED) { // the answer clock waits for the petitioner
            add(due, p, p.answerDue(), today, daysLeft, Kind.WARNING, Kind.ESCALATION_HEAD,
                    Kind.ESCALATION_HOME_AFFAIRS);
        }
        if (p.status() == PetitionStatus.RECEIVED) {
            add(due, p, p.acceptanceDue(), today, daysLeft, Kind.WARNING_ACCEPTANCE, Kind.ESCALATION_ACCEPTANCE,
                    null);
        }
        return due;
    }

    private void add(List<Notice> due, Petition p, LocalDate dueDate, LocalDate today,
            Map<LocalDate, Integer> daysLeft, Kind warning, Kind toHead, Kind toHomeAffairs) {
        Integer known = daysLeft.get(dueDate);
        int left = known != null ? known : calendar.workingDaysBetween(today, dueDate);
        daysLeft.put(dueDate, left);
        if (left >= 0 && left <= WARN_WORKING_DAYS) {
            due.add(new Notice(p, warning, dueDate, 0));
        }
        if (-left >= HEAD_AFTER_WORKING_DAYS) {
            due.add(new Notice(p, toHead, dueDate, -left));
        }
        if (toHomeAffairs != null && -left >= HOME_AFFAIRS_AFTER_WORKING_DAYS) {
            due.add(new Notice(p, toHomeAffairs, dueDate, -left));
        }
    }

    private NoticeLetter letter(Notice notice, Recipients recipients) {
        Petition p = notice.petition();
        Object[] args = {p.code(), p.title(), DanVanTime.DATE.format(notice.due()), notice.overdueDays(),
                recipients.unitName(p.unitId())};
        String title = messages.getMessage(notice.kind().titleKey(), args, PetitionNotices.VIETNAMESE);
        String body = messages.getMessage(notice.kind().bodyKey(), args, PetitionNotices.VIETNAMESE);
        return new NoticeLetter(recipients.of(notice), title, body, "/petitions/" + p.id());
    }

    /**
     * Who gets a notice, and the units' names: read when the first letter of the run is written (most runs
     * write none: what is due was sent before), then for every unit of the run at once (a query per thousand
     * units) and Home Affairs once, not a query per unit or letter.
     */
    private final class Recipients {

        private final SingletonSupplier<Map<Long, List<Long>>> heads;
        private final SingletonSupplier<Map<Long, UnitView>> units;
        private final SingletonSupplier<List<Long>> homeAffairs = SingletonSupplier.of(() -> organisation
                .staffWithRole(Role.HOME_AFFAIRS).stream().map(StaffMember::accountId).toList());

        Recipients(List<Petition> petitions) {
            Set<Long> unitIds = petitions.stream().map(Petition::unitId).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            heads = SingletonSupplier.of(() -> organisation.headAccountsOf(unitIds));
            units = SingletonSupplier.of(() -> organisation.units(unitIds));
        }

        List<Long> of(Notice notice) {
            Petition p = notice.petition();
            return switch (notice.kind()) {
                case WARNING -> p.assigneeAccountId() != null ? List.of(p.assigneeAccountId()) : headsOf(p.unitId());
                case ESCALATION_HEAD, WARNING_ACCEPTANCE, ESCALATION_ACCEPTANCE -> headsOf(p.unitId());
                case ESCALATION_HOME_AFFAIRS -> homeAffairs.obtain();
            };
        }

        String unitName(Long unitId) {
            UnitView unit = unitId == null ? null : units.obtain().get(unitId);
            return unit == null ? "" : unit.name();
        }

        private List<Long> headsOf(long unitId) {
            return heads.obtain().getOrDefault(unitId, List.of());
        }
    }
}
