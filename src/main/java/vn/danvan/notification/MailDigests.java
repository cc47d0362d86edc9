package vn.danvan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;

/**
 * The daily digest (thư tổng hợp): for each person who chose {@link MailChoice#DAILY_DIGEST}, the notices of
 * a day go out as one mail from {@link #FROM} the next morning, each with its link. Each digest is recorded in
 * {@code mail_digest_sent} (unique per person and day) in the transaction that queues its mail, so a second
 * node or run sends nothing; db-scheduler runs the task on one node at a time.
 */
@Component
class MailDigests {

    static final Duration EVERY = Duration.ofMinutes(15);
    /** Digests of the day before go out from this time of the morning (Viet Nam time). */
    static final LocalTime FROM = LocalTime.of(6, 0);

    private static final Logger log = LoggerFactory.getLogger(MailDigests.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final InAppNotifications notifications;
    private final NotificationService mail;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDigests(InAppNotifications notifications, NotificationService mail, OrganisationService organisation,
            MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.organisation = organisation;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends the digests due now: those of the days before today, once it is {@link #FROM} or later. */
    int sendDue() {
        var now = OffsetDateTime.now(clock).atZoneSameInstant(DanVanTime.ZONE);
        return now.toLocalTime().isBefore(FROM) ? 0 : send(now.toLocalDate());
    }

    /** Sends the digests of the days before {@code today} not sent before; the number of mails queued. */
    int send(LocalDate today) {
        int count = 0;
        for (InAppNotifications.Digest digest : notifications.digestsDue(today)) {
            try {
                Boolean queued = transaction.execute(status -> sendOne(digest));
                if (Boolean.TRUE.equals(queued)) {
                    count++;
                }
            } catch (DuplicateKeyException e) {
                log.debug("Digest of account {} for {} sent by another run", digest.accountId(), digest.day());
            } catch (RuntimeException e) {
                log.warn("Digest of account {} for {} failed; tried again on the next run", digest.accountId(),
                        digest.day(), e);
            }
        }
        if (count > 0) {
            log.info("Sent {} digests", count);
        }
        return count;
    }

    private boolean sendOne(InAppNotifications.Digest digest) {
        List<NotificationView> listed = notifications.ofDigest(digest);
        OffsetDateTime now = OffsetDateTime.now(clock);
        notifications.digestSent(digest, listed.size(), now); // first: a second run stops here
        var address = organisation.emailOfAccount(digest.accountId());
        if (address.isEmpty() || listed.isEmpty()) {
            return false;
        }
        String day = DanVanTime.DATE.format(digest.day());
        StringBuilder body = new StringBuilder(
                messages.getMessage("notification.digest.intro", new Object[] {day, listed.size()}, VIETNAMESE));
        int i = 1;
        for (NotificationView n : listed) {
            body.append("\n\n").append(i++).append(". ").append(n.title());
            if (n.body() != null && !n.body().isBlank()) {
                body.append("\n").append(n.body());
            }
            if (n.link() != null) {
                body.append("\n").append(mail.linkOf(n.link()));
            }
        }
        mail.queueMail(address.get(),
                messages.getMessage("notification.digest.subject", new Object[] {day, listed.size()}, VIETNAMESE),
                body.toString(), "TH-" + digest.accountId() + "-" + digest.day(), now);
        return true;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> mailDigestTask(MailDigests digests) {
            return Tasks.recurring("mail-digest", FixedDelay.of(EVERY))
                    .execute((instance, context) -> digests.sendDue());
        }
    }
}
