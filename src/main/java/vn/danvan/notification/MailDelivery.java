package vn.danvan.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands pending mail of the outbox to the SMTP server. Each mail goes in a transaction of its own
 * that first claims it (PENDING to SENT, only if still pending) and then sends it, so a mail is sent
 * once even if two runs overlap; a failed attempt puts it back to PENDING with a growing delay, and
 * after {@link #MAX_ATTEMPTS} to FAILED. There is a sender only when {@code spring.mail.host} is set.
 * Logs name mails by id and reference, never by address.
 */
@Component
class MailDelivery {

    static final int MAX_ATTEMPTS = 5;
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@,;:()\\[\\]]+@[^\\s<>\"'@,;:()\\[\\]]+");
    private static final int ERROR_MAX = 1000;

    private final MailOutbox outbox;
    private final Optional<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    MailDelivery(MailOutbox outbox, Optional<JavaMailSender> sender, PlatformTransactionManager transactionManager,
            Clock clock, @Value("${danvan.mail.from:danvan@localhost}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = from;
        sender.ifPresent(MailDelivery::limitWaits);
    }

    /**
     * JavaMail waits forever on a silent server by default, and a mail is sent while its row is
     * locked; these limits apply unless {@code spring.mail.properties} sets its own.
     */
    private static void limitWaits(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            impl.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
            impl.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", "30000");
            impl.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", "30000");
        }
    }

    boolean smtpConfigured() {
        return sender.isPresent();
    }

    /** Sends the mails that are due, up to {@link #BATCH}; the rest wait for the next run. Returns how many went. */
    int deliverDue() {
        if (sender.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (long id : outbox.due(OffsetDateTime.now(clock), BATCH)) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> deliver(id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!outbox.claim(id, now)) {
            return false;
        }
        OutboxMail mail = outbox.find(id).orElseThrow();
        try {
            sender.orElseThrow().send(message(mail));
            log.info("Sent mail {} ({})", id, mail.reference());
            return true;
        } catch (RuntimeException e) {
            String error = describe(e);
            boolean last = mail.attempts() >= MAX_ATTEMPTS;
            outbox.attemptFailed(id, error, last ? null : now.plus(retryDelay(mail.attempts())), now);
            log.warn("Mail {} ({}) not sent, attempt {} of {}{}: {}", id, mail.reference(), mail.attempts(),
                    MAX_ATTEMPTS, last ? ", giving up" : "", error);
            return false;
        }
    }

    private MimeMessagePreparator message(OutboxMail mail) {
        return mime -> {
            var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(Date.from(clock.instant()));
        };
    }

    /** 1, 2, 4, 8 minutes after the first, second, third and fourth failed attempt. */
    static Duration retryDelay(int attemptsMade) {
        return Duration.ofMinutes(1L << Math.max(0, attemptsMade - 1));
    }

    /** The failure without any e-mail address in it (SMTP errors often quote the recipient). */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            text.append(": ").append(ADDRESS.matcher(e.getMessage()).replaceAll("***"));
        }
        String s = text.toString().replaceAll("\\s+", " ").strip();
        return s.length() > ERROR_MAX ? s.substring(0, ERROR_MAX) : s;
    }
}
