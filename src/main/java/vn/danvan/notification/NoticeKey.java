package vn.danvan.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What makes a notice the same notice: its topic (the module's, e.g. {@code petition.deadline}), the id
 * of the record it is about, its kind and the due date it is about. One notice per key is ever sent; a
 * new due date (a reopened record, say) makes a new key. Holds no personal data, so it may be logged.
 */
public record NoticeKey(String topic, long subjectId, String kind, LocalDate dueDate) {

    public NoticeKey {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    @Override
    public String toString() {
        return topic + "/" + subjectId + "/" + kind + "/" + dueDate;
    }
}
