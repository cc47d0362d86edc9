package vn.danvan.notification;

/**
 * How a person wants the e-mail of their notices (nhận thư điện tử): each by its own mail, the day's in one
 * digest the next morning, or none. The in-app notice is there whatever the choice. The label is the
 * message {@code notification.mailChoice.<NAME>}.
 */
public enum MailChoice {
    /** Từng thư: the default. */
    EACH,
    /** Một thư tổng hợp mỗi ngày. */
    DAILY_DIGEST,
    /** Không nhận. */
    NONE;

    public String messageKey() {
        return "notification.mailChoice." + name();
    }
}
