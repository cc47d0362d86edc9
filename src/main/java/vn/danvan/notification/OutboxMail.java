package vn.danvan.notification;

import java.time.OffsetDateTime;

/** One e-mail of the outbox as the administrator's screens show it; {@code body} is null in lists. */
record OutboxMail(long id, String recipient, String subject, String body, String reference, MailStatus status,
        int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {

    /**
     * The address as lists and exports show it, "n***@example.vn": recipients are often citizens,
     * whose address is personal data, shown whole only on the mail's own page, where each view is
     * audited.
     */
    public String maskedRecipient() {
        int at = recipient.lastIndexOf('@');
        return at <= 0 ? "***" : recipient.charAt(0) + "***" + recipient.substring(at);
    }
}
