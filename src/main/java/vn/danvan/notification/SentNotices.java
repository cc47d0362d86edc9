package vn.danvan.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notice_sent} table: one row per notice sent; its unique key is the {@link NoticeKey}. */
@Repository
class SentNotices {

    private final JdbcClient jdbc;

    SentNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the notice. A second record of the same key breaks the unique key: the caller's transaction
     * then fails with {@link org.springframework.dao.DuplicateKeyException} (after waiting for the first
     * one's transaction, so two nodes never both send).
     */
    void record(NoticeKey key, int recipients, String sentBy, OffsetDateTime at) {
        jdbc.sql("""
                insert into notice_sent (topic, subject_id, kind, due_date, recipients, sent_by, sent_at)
                values (:topic, :subject, :kind, :due, :recipients, :by, :at)""")
                .param("topic", key.topic()).param("subject", key.subjectId()).param("kind", key.kind())
                .param("due", key.dueDate()).param("recipients", recipients).param("by", sentBy).param("at", at)
                .update();
    }

    /** The keys among {@code keys} (all of one topic or not) that were sent. */
    Set<NoticeKey> sentAmong(Collection<NoticeKey> keys) {
        Set<NoticeKey> sent = new HashSet<>();
        keys.stream().map(NoticeKey::topic).distinct().forEach(topic -> {
            List<Long> subjects = keys.stream().filter(k -> k.topic().equals(topic)).map(NoticeKey::subjectId)
                    .distinct().toList();
            for (int from = 0; from < subjects.size(); from += 500) {
                sent.addAll(jdbc.sql("""
                        select subject_id, kind, due_date from notice_sent
                        where topic = :topic and subject_id in (:subjects)""")
                        .param("topic", topic)
                        .param("subjects", subjects.subList(from, Math.min(subjects.size(), from + 500)))
                        .query((rs, n) -> new NoticeKey(topic, rs.getLong("subject_id"), rs.getString("kind"),
                                rs.getObject("due_date", LocalDate.class)))
                        .list());
            }
        });
        sent.retainAll(keys);
        return sent;
    }

    Optional<SentNotice> find(NoticeKey key) {
        return jdbc.sql("""
                select recipients, sent_by, sent_at from notice_sent
                where topic = :topic and subject_id = :subject and kind = :kind and due_date = :due""")
                .param("topic", key.topic()).param("subject", key.subjectId()).param("kind", key.kind())
                .param("due", key.dueDate())
                .query((rs, n) -> new SentNotice(key, (Integer) rs.getObject("recipients", Integer.class),
                        rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class)))
                .optional();
    }

    /** The notices of a topic about one subject, oldest first. */
    List<SentNotice> of(String topic, long subjectId) {
        return jdbc.sql("""
                select kind, due_date, recipients, sent_by, sent_at from notice_sent
                where topic = :topic and subject_id = :subject order by sent_at, id""")
                .param("topic", topic).param("subject", subjectId)
                .query((rs, n) -> new SentNotice(new NoticeKey(topic, subjectId, rs.getString("kind"),
                        rs.getObject("due_date", LocalDate.class)), (Integer) rs.getObject("recipients", Integer.class),
                        rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }
}
