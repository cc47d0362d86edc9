package vn.danvan.notification;

import java.util.function.Supplier;

/**
 * A notice due now: its key, and the letter, composed only when the notice was not sent before (finding
 * the recipients and the texts costs queries).
 */
public record DueNotice(NoticeKey key, Supplier<NoticeLetter> letter) {
}
