package vn.danvan.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.notification.NotificationService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;

/**
 * Tells the unit's heads in-app, once per dossier, that a dossier needs an apology slip: still open, no
 * slip issued, and due within the working days of the legal rule in force (one: by the next working day). The row in {@code dossier_apology_notice} is written in the
 * same transaction as the notices; its primary key stops a second node or run. Runs every morning.
 */
@Component
class ApologyReminders {

    static final LocalTime AT = LocalTime.of(7, 0);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Due(long id, String code, long unitId, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final NotificationService notifications;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final DossierSettings settings;
    private final Clock clock;

    ApologyReminders(JdbcClient jdbc, OrganisationService organisation, NotificationService notifications,
            WorkingCalendar calendar, MessageSource messages, PlatformTransactionManager transactions,
            DossierSettings settings, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.notifications = notifications;
        this.calendar = calendar;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends the notices due on {@code today}; the number of dossiers told about. */
    int run(LocalDate today) {
        LocalDate next = calendar.addWorkingDays(today, settings.apologyWorkingDays(today));
        List<Due> due = jdbc.sql("""
                select d.id, d.code, d.unit_id, d.due_date from dossier d
                 where d.state in ('RECEIVED', 'IN_PROGRESS') and d.due_date <= :next
                   and d.apology_issued_at is null
                   and not exists (select 1 from dossier_apology_notice n where n.dossier_id = d.id)""")
                .param("next", next)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"),
                        rs.getObject("due_date", LocalDate.class))).list();
        int sent = 0;
        for (Due d : due) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("insert into dossier_apology_notice (dossier_id, sent_at) values (:id, :at)")
                            .param("id", d.id()).param("at", OffsetDateTime.now(clock)).update();
                    String title = messages.getMessage("dossier.notice.apology.title", null, VIETNAMESE);
                    String body = messages.getMessage("dossier.notice.apology.body",
                            new Object[] {d.code(), d.dueDate().format(DanVanTime.DATE)}, VIETNAMESE);
                    organisation.staffOf(d.unitId()).stream().filter(s -> s.roles().contains(Role.UNIT_HEAD))
                            .forEach(s -> notifications.notifyAccount(s.accountId(), title, body,
                                    "/dossiers/" + d.id()));
                });
                sent++;
            } catch (DuplicateKeyException e) {
                // another node or run sent it
            }
        }
        return sent;
    }

    /** Runs every day at {@link #AT} Viet Nam time; db-scheduler gives each execution to one node only. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dossierApologyRemindersTask(ApologyReminders reminders, Clock clock) {
            return Tasks.recurring("dossier-apology-reminders", new Daily(DanVanTime.ZONE, List.of(AT)))
                    .execute((instance, context) -> reminders.run(LocalDate.now(clock.withZone(DanVanTime.ZONE))));
        }
    }
}
