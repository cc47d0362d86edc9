package vn.danvan.notification;

/** What {@link NoticeService#notifyOnce} did with a notice. */
public enum NoticeOutcome {
    /** Recorded and delivered to at least one account. */
    SENT,
    /** Sent before (by this node or another); nothing done. */
    ALREADY_SENT,
    /** Nobody could receive it (a unit without a head account, say): nothing recorded, so a later run tries again. */
    NOBODY_TO_TELL
}
