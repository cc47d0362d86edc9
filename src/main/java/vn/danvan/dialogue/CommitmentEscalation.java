package vn.danvan.dialogue;

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
 * Tells the owner unit's heads in-app when a commitment made at a conference becomes overdue, once per
 * commitment and due date: the row in {@code dialogue_commitment_notice} is written in the same
 * transaction as the notifications, and its unique key stops a second node or run.
 */
@Component
public class CommitmentEscalation {

    static final String OVERDUE = "OVERDUE";
    static final Duration EVERY = Duration.ofMinutes(15);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private record Due(long id, long conferenceId, String content, long ownerUnitId, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final NotificationService notifications;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CommitmentEscalation(JdbcClient jdbc, OrganisationService organisation, NotificationService notifications,
            MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.notifications = notifications;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends the notices due on {@code today}; the number of commitments escalated. */
    public int run(LocalDate today) {
        List<Due> due = jdbc.sql("""
                select m.id, m.conference_id, m.content, m.owner_unit_id, m.due_date from dialogue_commitment m
                 where m.status = 'OPEN' and m.due_date < :today
                   and not exists (select 1 from dialogue_commitment_notice n
                                    where n.commitment_id = m.id and n.kind = :kind and n.due_date = m.due_date)
                """).param("today", today).param("kind", OVERDUE)
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("content"),
                        rs.getLong("owner_unit_id"), rs.getObject("due_date", LocalDate.class))).list();
        int sent = 0;
        for (Due d : due) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("""
                            insert into dialogue_commitment_notice (commitment_id, kind, due_date, sent_at)
                            values (:id, :kind, :due, :at)
                            """).param("id", d.id()).param("kind", OVERDUE).param("due", d.dueDate())
                            .param("at", OffsetDateTime.now(clock)).update();
                    String title = messages.getMessage("dialogue.notice.overdue.title", null, VIETNAMESE);
                    String body = messages.getMessage("dialogue.notice.overdue.body",
                            new Object[] {d.content(), d.dueDate().format(DanVanTime.DATE)}, VIETNAMESE);
                    organisation.staffOf(d.ownerUnitId()).stream().filter(s -> s.roles().contains(Role.UNIT_HEAD))
                            .forEach(s -> notifications.notifyAccount(s.accountId(), title, body,
                                    "/dialogue/" + d.conferenceId()));
                });
                sent++;
            } catch (DuplicateKeyException e) {
                // another node or run sent it
            }
        }
        return sent;
    }

    /** Runs every {@link #EVERY}; db-scheduler gives each execution to one node only. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dialogueCommitmentEscalationTask(CommitmentEscalation escalation, Clock clock) {
            return Tasks.recurring("dialogue-commitment-escalation", FixedDelay.of(EVERY))
                    .execute((instance, context) -> escalation.run(LocalDate.now(clock.withZone(DanVanTime.ZONE))));
        }
    }
}
