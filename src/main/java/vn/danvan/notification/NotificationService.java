package vn.danvan.notification;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.VietnameseText;

/**
 * Tells people about work: an in-app notification for a staff account, and e-mail to anyone. Both
 * join the caller's transaction and only write rows (a notification rolled back with its cause
 * never reaches anyone); the outbox delivery sends the mail later, outside the caller's
 * transaction. Texts arrive already in Vietnamese; overlong ones are shortened, not refused, so
 * that a notification never undoes the caller's work.
 */
@Service
public class NotificationService {

    static final int TITLE_MAX = 300;
    static final int BODY_MAX = 4000;
    static final int LINK_MAX = 500;
    static final int RECIPIENT_MAX = 320;
    static final int SUBJECT_MAX = 500;
    static final int MAIL_BODY_MAX = 20_000;
    static final int REFERENCE_MAX = 100;

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final InAppNotifications notifications;
    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final MailChoices choices;
    private final OrganisationService organisation;
    private final Clock clock;
    private final String baseUrl;

    NotificationService(InAppNotifications notifications, MailOutbox outbox, MailDelivery delivery,
            MailChoices choices, OrganisationService organisation, Clock clock,
            @Value("${danvan.base-url:}") String baseUrl) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.delivery = delivery;
        this.choices = choices;
        this.organisation = organisation;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * An in-app notification for the account and, when its person has an e-mail address, the same
     * by e-mail (reference {@code TB-<notification id>}) as the person chose ({@link MailChoice}): by
     * its own mail, in the next morning's digest of the day, or not at all.
     *
     * @param link a path inside DanVan such as {@code /petitions/12}, or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void notifyAccount(long accountId, String title, String body, String link) {
        String cleanTitle = clip(required(VietnameseText.clean(title), "title"), TITLE_MAX);
        String cleanBody = clip(nfc(body), BODY_MAX);
        String path = relativeLink(link);
        OffsetDateTime now = OffsetDateTime.now(clock);
        MailChoice choice = choices.of(accountId);
        LocalDate digestDay = choice == MailChoice.DAILY_DIGEST ? now.atZoneSameInstant(DanVanTime.ZONE).toLocalDate() : null;
        long id = notifications.add(accountId, cleanTitle, cleanBody, path, now, digestDay);
        log.info("Notification {} for account {}", id, accountId);
        if (choice == MailChoice.EACH) {
            organisation.emailOfAccount(accountId)
                    .ifPresent(address -> queue(address, cleanTitle, mailBody(cleanBody, path), "TB-" + id, now));
        }
    }

    /**
     * E-mail to anyone, a citizen for instance.
     *
     * @param reference a short tag without personal data, shown in the administrator's list, e.g. {@code PAKN-ABC123}
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void email(String to, String subject, String body, String reference) {
        queue(address(to), clip(required(VietnameseText.clean(subject), "subject"), SUBJECT_MAX), nfc(body),
                clip(emptyToNull(VietnameseText.clean(reference)), REFERENCE_MAX), OffsetDateTime.now(clock));
    }

    /** A mail this module writes itself (a digest), to an address of the organisation's. */
    void queueMail(String to, String subject, String body, String reference, OffsetDateTime now) {
        queue(to, clip(subject, SUBJECT_MAX), body, reference, now);
    }

    /** The full address of a path inside DanVan, as mails show it. */
    String linkOf(String path) {
        return baseUrl + path;
    }

    private void queue(String to, String subject, String body, String reference, OffsetDateTime now) {
        MailStatus status = delivery.smtpConfigured() ? MailStatus.PENDING : MailStatus.NO_SMTP;
        long id = outbox.queue(to, subject, clip(body == null ? "" : body, MAIL_BODY_MAX), reference, status, now);
        log.info("Queued mail {} ({}) as {}", id, reference, status);
    }

    private String mailBody(String body, String path) {
        String text = body == null ? "" : body;
        return path == null ? text : text + (text.isEmpty() ? "" : "\n\n") + baseUrl + path;
    }

    /** The address, or an exception that does not quote it (exception messages end up in logs). */
    private static String address(String to) {
        String address = to == null ? "" : to.strip();
        if (address.length() > RECIPIENT_MAX || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("recipient is not an e-mail address");
        }
        return address;
    }

    /** Only paths inside DanVan: a link elsewhere would make notifications an open redirect. */
    private static String relativeLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String path = link.strip();
        if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.length() > LINK_MAX
                || path.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
            throw new IllegalArgumentException("link must be a path inside DanVan");
        }
        return path;
    }

    private static String required(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
