package vn.danvan.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's "what is due now" query: a bean of this type is all a module supplies to tell someone once.
 * The {@code due-notices} task asks every such bean, skips the notices already sent and sends the rest
 * through {@link NoticeService#notifyOnce}. The query may return notices sent before; it need not know
 * the table of sent notices.
 */
public interface DueNotices {

    /** A short name for the logs, e.g. {@code petition.deadline}. */
    String topic();

    /** The notices due on {@code today} (Viet Nam date), sent before or not. */
    List<DueNotice> dueOn(LocalDate today);
}
