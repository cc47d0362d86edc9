package vn.danvan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
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
import vn.danvan.notification.NoticeOutcome;
import vn.danvan.notification.NoticeService;
import vn.danvan.notification.NoticeTally;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * Reminders (đôn đốc, Directive clause 4) to units that have not submitted, on the days of
 * {@link ReminderSchedule}: in-app (and by e-mail when the account's person has an address) to the
 * unit's officers and head, Home Affairs in copy. Each goes out once per report and reminder day through
 * the notification module's notify-once mechanism, which asks this query with the other modules' every
 * quarter of an hour. Home Affairs may also send one by hand, once a day, recorded as manual.
 */
@Component
class ReportReminders implements DueNotices {

    static final String TOPIC = "reporting.reminder";
    static final String AUTOMATIC = "REMINDER";
    static final String MANUAL = "MANUAL";
    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    /** A reminder as the report page lists it. */
    record Sent(LocalDate date, boolean manual, String sentBy, OffsetDateTime sentAt) {
    }

    private final Periods periods;
    private final Reports reports;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final NoticeService notices;
    private final MessageSource messages;
    private final Clock clock;

    ReportReminders(Periods periods, Reports reports, WorkingCalendar calendar, OrganisationService organisation,
            OrganisationScope scope, NoticeService notices, MessageSource messages, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.calendar = calendar;
        this.organisation = organisation;
        this.scope = scope;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    ReminderSchedule schedule(ReportingPeriod period) {
        return new ReminderSchedule(period.deadline(), calendar::addWorkingDays);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int run(LocalDate today) {
        return notices.sendDue(this, today);
    }

    @Override
    public List<DueNotice> dueOn(LocalDate today) {
        List<DueNotice> due = new ArrayList<>();
        List<UnitReportStatus> late = new ArrayList<>();
        Recipients recipients = new Recipients(late);
        for (ReportingPeriod period : periods.list()) {
            if (period.consolidated() || today.getYear() > period.deadline().getYear()) {
                // closed for urging once consolidated, and at the latest when the reporting year is over:
                // a late report is then Home Affairs' business by hand, not an endless series
                continue;
            }
            Optional<LocalDate> day;
            try {
                day = schedule(period).dueOn(today);
            } catch (RuntimeException e) {
                log.warn("Reminder days of period {} failed", period.id(), e);
                continue;
            }
            if (day.isEmpty() || day.get().isBefore(period.deadline().minusDays(ReminderSchedule.FIRST_DAYS_BEFORE))) {
                continue;
            }
            for (UnitReportStatus r : reports.statuses(period.id(), null)) {
                if (!r.submitted()) {
                    late.add(r);
                    due.add(new DueNotice(new NoticeKey(TOPIC, r.reportId(), AUTOMATIC, day.get()),
                            () -> letter(period, r, day.get(), recipients)));
                }
            }
        }
        return due;
    }

    /** A reminder sent by hand by Home Affairs today; false when one was already sent by hand today. */
    boolean sendByHand(long reportId) {
        CurrentUser user = ReportWork.requireRole(scope, Role.HOME_AFFAIRS);
        UnitReportStatus r = reports.status(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        if (r.submitted()) {
            throw new InvalidRequestException("reporting.error.alreadySubmitted");
        }
        long periodId = reports.find(reportId).orElseThrow().periodId();
        ReportingPeriod period = periods.find(periodId).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        return notices.notifyOnce(new NoticeKey(TOPIC, reportId, MANUAL, today),
                letter(period, r, today, new Recipients(List.of(r))), user.username()) == NoticeOutcome.SENT;
    }

    /**
     * A reminder by hand from Home Affairs to every unit of the period that has not submitted, in one action: each
     * unit once a day (a unit reminded by hand today already is counted, not reminded again).
     */
    NoticeTally sendByHandToAllUnsent(long periodId) {
        CurrentUser user = ReportWork.requireRole(scope, Role.HOME_AFFAIRS);
        ReportingPeriod period = periods.find(periodId).orElseThrow(() -> new NotFoundException("period", periodId));
        List<UnitReportStatus> unsent = reports.statuses(periodId, null).stream().filter(r -> !r.submitted()).toList();
        if (unsent.isEmpty()) {
            throw new InvalidRequestException("reporting.reminder.noneUnsent");
        }
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        Recipients recipients = new Recipients(unsent);
        NoticeTally tally = new NoticeTally();
        for (UnitReportStatus r : unsent) {
            tally.add(notices.notifyOnce(new NoticeKey(TOPIC, r.reportId(), MANUAL, today),
                    letter(period, r, today, recipients), user.username()));
        }
        return tally;
    }

    /** The reminders sent about a unit's report, oldest first; a manual one names who sent it. */
    List<Sent> sentFor(long reportId) {
        Map<String, String> names = new HashMap<>();
        organisation.staffWithRole(Role.HOME_AFFAIRS).forEach(m -> names.put(m.username(), m.fullName()));
        return notices.sentAbout(TOPIC, reportId).stream()
                .map(n -> new Sent(n.key().dueDate(), MANUAL.equals(n.key().kind()),
                        names.getOrDefault(n.sentBy(), n.sentBy()), n.sentAt()))
                .toList();
    }

    private NoticeLetter letter(ReportingPeriod period, UnitReportStatus r, LocalDate date, Recipients recipients) {
        long unitId = r.unitId();
        Set<Long> to = new LinkedHashSet<>();
        recipients.staffOf(unitId).stream()
                .filter(StaffMember::unitStaff)
                .map(StaffMember::accountId).forEach(to::add);
        recipients.homeAffairs().forEach(to::add);
        String unitName = r.unitName() == null ? "" : r.unitName();
        long left = java.time.temporal.ChronoUnit.DAYS.between(date, period.deadline());
        String office = recipients.office();
        Object[] args = {period.year(), unitName, DanVanTime.DATE.format(period.deadline()), left, -left, office};
        String key = left > 0 ? "before" : left == 0 ? "today" : "after";
        String title = messages.getMessage("reporting.reminder." + key + ".title", args, IndicatorCatalogue.VIETNAMESE);
        String body = messages.getMessage("reporting.reminder." + key + ".body", args, IndicatorCatalogue.VIETNAMESE);
        return new NoticeLetter(to, title, body, "/reporting/reports/" + r.reportId());
    }

    /**
     * Who the letters of one run go to, read when the first letter is written (most runs write none: what is
     * due was sent before) and then for every late report of the run at once: the staff of all their units in
     * a query per thousand units, Home Affairs and its local name once, not a query (or several) per letter.
     */
    private final class Recipients {

        private final SingletonSupplier<Map<Long, List<StaffMember>>> staff;
        private final SingletonSupplier<List<Long>> homeAffairs = SingletonSupplier.of(() -> organisation
                .staffWithRole(Role.HOME_AFFAIRS).stream().map(StaffMember::accountId).toList());
        private final SingletonSupplier<String> office = SingletonSupplier.of(() -> organisation
                .localNames(IndicatorCatalogue.VIETNAMESE).homeAffairs());

        /** The reports of the run, as the run finds them (the list fills before any letter is written). */
        Recipients(List<UnitReportStatus> reports) {
            this.staff = SingletonSupplier.of(() -> organisation.staffOf(
                    reports.stream().map(UnitReportStatus::unitId).collect(Collectors.toCollection(LinkedHashSet::new))));
        }

        List<StaffMember> staffOf(long unitId) {
            return staff.obtain().getOrDefault(unitId, List.of());
        }

        List<Long> homeAffairs() {
            return homeAffairs.obtain();
        }

        String office() {
            return office.obtain();
        }
    }
}
