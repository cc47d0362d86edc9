package vn.danvan.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells someone once (the one notify-once mechanism). A notice is recorded in {@code notice_sent} in the
 * same transaction as its notifications, and recorded first: a second node or run inserting the same
 * {@link NoticeKey} waits for the first, then breaks the unique key and sends nothing. A notice nobody
 * can receive is not recorded as sent, so that it goes out once someone is there (a unit's head is named,
 * say); until then it waits in {@code notice_waiting}, which the administrators' outbox screen lists.
 * Modules supply their "what is due now" query as a {@link DueNotices} bean; the {@code due-notices}
 * task asks them all.
 */
@Service
public class NoticeService {

    /** Who sends the notices of the scheduled run. */
    public static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

    private final SentNotices sent;
    private final WaitingNotices waiting;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoticeService(SentNotices sent, WaitingNotices waiting, NotificationService notifications,
            PlatformTransactionManager transactions, Clock clock) {
        this.sent = sent;
        this.waiting = waiting;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        // its own transaction even when called from one (an event listener's, say): a notice sent before
        // breaks the unique key, which must not roll back the caller's work
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Sends the notice unless it was sent before: records it and notifies each recipient in one
     * transaction of its own (a new one even when called inside another). Nobody to tell records nothing as sent:
     * the notice waits in {@code notice_waiting} (and the log says so), so that the next run tries again.
     */
    public NoticeOutcome notifyOnce(NoticeKey key, NoticeLetter letter) {
        return notifyOnce(key, letter, SYSTEM);
    }

    /** As {@link #notifyOnce(NoticeKey, NoticeLetter)}, sent by hand by the account named {@code sentBy}. */
    public NoticeOutcome notifyOnce(NoticeKey key, NoticeLetter letter, String sentBy) {
        if (letter.recipients().isEmpty()) {
            log.info("Notice {} has nobody to receive it; not sent, waiting, tried again on the next run", key);
            transaction.executeWithoutResult(status -> waiting.tried(key, OffsetDateTime.now(clock)));
            return NoticeOutcome.NOBODY_TO_TELL;
        }
        try {
            transaction.executeWithoutResult(status -> {
                sent.record(key, letter.recipients().size(), sentBy, OffsetDateTime.now(clock));
                waiting.gone(key);
                letter.recipients().forEach(account -> notifications.notifyAccount(account, letter.title(),
                        letter.body(), letter.link()));
            });
        } catch (DuplicateKeyException e) {
            return NoticeOutcome.ALREADY_SENT; // another node or run sent it
        }
        log.info("Notice {} sent to {} accounts", key, letter.recipients().size());
        return NoticeOutcome.SENT;
    }

    /**
     * Sends what {@code source} finds due on {@code today} and was not sent before; the number sent. One
     * notice's failure is logged and skipped; it never stops the others.
     */
    public int sendDue(DueNotices source, LocalDate today) {
        List<DueNotice> due;
        try {
            due = source.dueOn(today);
        } catch (RuntimeException e) {
            log.warn("Due notices of {} could not be found", source.topic(), e);
            return 0;
        }
        Set<NoticeKey> before = due.isEmpty() ? Set.of() : sent.sentAmong(due.stream().map(DueNotice::key).toList());
        int count = 0;
        List<NoticeKey> nobody = new ArrayList<>();
        for (DueNotice notice : due) {
            if (before.contains(notice.key())) {
                continue;
            }
            try {
                NoticeLetter letter = notice.letter().get();
                if (letter.recipients().isEmpty()) {
                    log.debug("Notice {} has nobody to receive it", notice.key());
                    nobody.add(notice.key());
                } else if (notifyOnce(notice.key(), letter) == NoticeOutcome.SENT) {
                    count++;
                }
            } catch (RuntimeException e) {
                log.warn("Notice {} failed; tried again on the next run", notice.key(), e);
            }
        }
        waitingAll(nobody);
        if (!nobody.isEmpty()) {
            // one line a run, not one a notice (23,000 a run at national scale, every 15 minutes)
            log.info("Notices of {} nobody can receive: {} (first {}); not sent, waiting, tried again on the next run",
                    source.topic(), nobody.size(), nobody.get(0));
        }
        if (count > 0) {
            log.info("Sent {} notices of {}", count, source.topic());
        }
        return count;
    }

    /**
     * Notes the tries of the notices nobody could receive in one transaction (thousands a run at national scale,
     * each in a transaction of its own took a minute); if another node noted one of them meanwhile, one by one.
     */
    private void waitingAll(List<NoticeKey> nobody) {
        if (nobody.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            transaction.executeWithoutResult(status -> waiting.tried(nobody, now));
        } catch (DataIntegrityViolationException e) {
            for (NoticeKey key : nobody) {
                try {
                    transaction.executeWithoutResult(status -> waiting.tried(key, now));
                } catch (RuntimeException again) {
                    log.warn("Notice {} could not be noted as waiting", key, again);
                }
            }
        }
    }

    /** Whether the notice was sent. */
    public boolean wasSent(NoticeKey key) {
        return sent.find(key).isPresent();
    }

    /** Whether the notice waits for someone to receive it. */
    public boolean isWaiting(NoticeKey key) {
        return waiting.has(key);
    }

    /** The notices of a topic about one record, oldest first. */
    public List<SentNotice> sentAbout(String topic, long subjectId) {
        return sent.of(topic, subjectId);
    }
}
