package vn.danvan.notification;

import java.time.OffsetDateTime;

/** One e-mail of the outbox as the administrator's screens show it; {@code body} is null in lists. */
record OutboxMail(long id, String recipient, String subject, String body, String reference, MailStatus status,
        int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
