package vn.danvan.notification;

/** Where an e-mail of the outbox stands (trạng thái thư); the label is {@code notification.mail.status.<NAME>}. */
enum MailStatus {

    /** Waiting for the next delivery run, or for its next attempt after a failure. */
    PENDING("text-bg-warning"),
    SENT("text-bg-success"),
    /** Refused or unreachable on every one of {@link MailDelivery#MAX_ATTEMPTS} attempts. */
    FAILED("text-bg-danger"),
    /** Kept and never sent: no SMTP server was configured when it was queued. */
    NO_SMTP("text-bg-secondary");

    private final String badge;

    MailStatus(String badge) {
        this.badge = badge;
    }

    public String messageKey() {
        return "notification.mail.status." + name();
    }

    /** The Bootstrap badge class; the badge always carries the word too. */
    public String badge() {
        return badge;
    }
}
