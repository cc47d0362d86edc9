package vn.danvan.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.notification.NotificationService;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.shared.DanVanTime;

/**
 * Chases the answers of addressed units, like the petition deadlines: on the due day (or the first run
 * after it) the unit's heads are told; once the due date has passed, the leaders. Each notice goes out once
 * per addressed unit, kind and due date (a reopened answer with a new due date gets notices of its own):
 * the row in {@code supervision_notice} is written in the same transaction as the notifications, and its
 * unique key stops a second node or run.
 */
@Component
class SupervisionEscalation {

    static final String DUE_DAY = "DUE_DAY";
    static final String OVERDUE = "OVERDUE";
    static final Duration EVERY = Duration.ofMinutes(15);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Pending(long recipientId, long requestId, String title, long unitId, String unitName,
            LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final Supervision supervision;
    private final OrganisationService organisation;
    private final NotificationService notifications;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SupervisionEscalation(JdbcClient jdbc, Supervision supervision, OrganisationService organisation,
            NotificationService notifications, MessageSource messages, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.organisation = organisation;
        this.notifications = notifications;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends the notices due on {@code today}; the number sent. */
    int run(LocalDate today) {
        int sent = 0;
        for (Pending p : pending(DUE_DAY, today.plusDays(1))) {
            sent += send(p, DUE_DAY, supervision.heads(p.unitId()));
        }
        List<Long> leaders = organisation.staffWithRole(Role.LEADER).stream().map(s -> s.accountId()).toList();
        for (Pending p : pending(OVERDUE, today)) {
            sent += send(p, OVERDUE, leaders);
        }
        return sent;
    }

    /** Open addressed units of sent requests due before {@code before} without this notice for that due date. */
    private List<Pending> pending(String kind, LocalDate before) {
        return jdbc.sql("""
                select p.id, p.request_id, r.title, p.unit_id, u.name as unit_name, p.due_date
                  from supervision_recipient p join supervision_request r on r.id = p.request_id
                  join unit u on u.id = p.unit_id
                 where r.status = 'SENT' and p.status = 'OPEN' and p.due_date < :before
                   and not exists (select 1 from supervision_notice n
                                    where n.recipient_id = p.id and n.kind = :kind and n.due_date = p.due_date)
                 order by p.id
                """).param("before", before).param("kind", kind)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("request_id"), rs.getString("title"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    private int send(Pending p, String kind, List<Long> accounts) {
        String key = DUE_DAY.equals(kind) ? "dueDay" : "overdue";
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("""
                        insert into supervision_notice (recipient_id, kind, due_date, sent_at)
                        values (:recipient, :kind, :due, :at)""")
                        .param("recipient", p.recipientId()).param("kind", kind).param("due", p.dueDate())
                        .param("at", OffsetDateTime.now(clock)).update();
                String title = messages.getMessage("supervision.notice." + key + ".title", null, VIETNAMESE);
                String body = messages.getMessage("supervision.notice." + key + ".body",
                        new Object[] {p.title(), p.unitName(), p.dueDate().format(DanVanTime.DATE)}, VIETNAMESE);
                accounts.forEach(a -> notifications.notifyAccount(a, title, body, "/supervision/" + p.requestId()));
            });
            return 1;
        } catch (DuplicateKeyException e) {
            return 0; // another node or run sent it
        }
    }

    /** Runs every {@link #EVERY}; db-scheduler gives each execution to one node only. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> supervisionEscalationTask(SupervisionEscalation escalation, Clock clock) {
            return Tasks.recurring("supervision-answer-escalation", FixedDelay.of(EVERY))
                    .execute((instance, context) -> escalation.run(LocalDate.now(clock.withZone(DanVanTime.ZONE))));
        }
    }
}
