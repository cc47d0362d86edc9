package vn.danvan.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.NotificationService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.StaffMember;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;

/**
 * Reminders (đôn đốc, Directive clause 4) to units that have not submitted, on the days of
 * {@link ReminderSchedule}: in-app (and by e-mail when the account's person has an address) to the
 * unit's officers and head, Home Affairs in copy. Each reminder's row in {@code report_reminder} is
 * written in the same transaction as its notifications; the unique key stops a second node or run.
 * Home Affairs may also send one by hand, logged as manual.
 */
@Component
class ReportReminders {

    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    private final Periods periods;
    private final Reports reports;
    private final ReminderLog sent;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final NotificationService notifications;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportReminders(Periods periods, Reports reports, ReminderLog sent, WorkingCalendar calendar,
            OrganisationService organisation, OrganisationScope scope, NotificationService notifications,
            MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.periods = periods;
        this.reports = reports;
        this.sent = sent;
        this.calendar = calendar;
        this.organisation = organisation;
        this.scope = scope;
        this.notifications = notifications;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    ReminderSchedule schedule(ReportingPeriod period) {
        return new ReminderSchedule(period.deadline(), calendar::addWorkingDays);
    }

    /** Sends the reminders due on {@code today} that were not sent before; returns how many went out. */
    int run(LocalDate today) {
        int count = 0;
        for (ReportingPeriod period : periods.list()) {
            if (period.consolidated() || today.getYear() > period.deadline().getYear()) {
                // closed for urging once consolidated, and at the latest when the reporting year is over:
                // a late report is then Home Affairs' business by hand, not an endless series
                continue;
            }
            Optional<LocalDate> due;
            try {
                due = schedule(period).dueOn(today);
            } catch (RuntimeException e) {
                log.warn("Reminder days of period {} failed", period.id(), e);
                continue;
            }
            if (due.isEmpty() || due.get().isBefore(period.deadline().minusDays(ReminderSchedule.FIRST_DAYS_BEFORE))) {
                continue;
            }
            for (UnitReportStatus r : reports.statuses(period.id(), null)) {
                if (!r.submitted() && !sent.sent(period.id(), r.unitId(), due.get(), false)
                        && send(period, r.unitId(), due.get(), false, "system")) {
                    count++;
                }
            }
        }
        if (count > 0) {
            log.info("Sent {} report reminders", count);
        }
        return count;
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
        return send(period, r.unitId(), LocalDate.now(clock.withZone(DanVanTime.ZONE)), true, user.username());
    }

    List<ReminderLog.Sent> sentFor(long periodId, long unitId) {
        return sent.of(periodId, unitId);
    }

    private boolean send(ReportingPeriod period, long unitId, LocalDate date, boolean manual, String by) {
        Set<Long> to = new LinkedHashSet<>();
        organisation.staffOf(unitId).stream()
                .filter(m -> m.roles().contains(Role.OFFICER) || m.roles().contains(Role.UNIT_HEAD))
                .map(StaffMember::accountId).forEach(to::add);
        organisation.staffWithRole(Role.HOME_AFFAIRS).stream().map(StaffMember::accountId).forEach(to::add);
        String unitName = organisation.unit(unitId).map(UnitView::name).orElse("");
        long left = java.time.temporal.ChronoUnit.DAYS.between(date, period.deadline());
        String office = organisation.localNames(IndicatorCatalogue.VIETNAMESE).homeAffairs();
        Object[] args = {period.year(), unitName, DanVanTime.DATE.format(period.deadline()), left, -left, office};
        String key = left > 0 ? "before" : left == 0 ? "today" : "after";
        String title = messages.getMessage("reporting.reminder." + key + ".title", args, IndicatorCatalogue.VIETNAMESE);
        String body = messages.getMessage("reporting.reminder." + key + ".body", args, IndicatorCatalogue.VIETNAMESE);
        String link = reports.statuses(period.id(), List.of(unitId)).stream().findFirst()
                .map(r -> "/reporting/reports/" + r.reportId()).orElse("/reporting");
        try {
            transaction.executeWithoutResult(status -> {
                sent.record(period.id(), unitId, date, manual, by, OffsetDateTime.now(clock));
                to.forEach(account -> notifications.notifyAccount(account, title, body, link));
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another node or run sent it
        }
    }

    /** Runs the reminders every {@link #EVERY}; db-scheduler gives each execution to one node only. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> reportReminderTask(ReportReminders reminders, Clock clock) {
            return Tasks.recurring("report-reminders", FixedDelay.of(EVERY))
                    .execute((instance, context) -> reminders.run(LocalDate.now(clock.withZone(DanVanTime.ZONE))));
        }
    }
}
