package vn.danvan.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notice_waiting} table: notices nobody could receive yet, one row per {@link NoticeKey},
 * kept until the notice goes out.
 */
@Repository
class WaitingNotices {

    /** A notice waiting for someone to receive it. */
    record Waiting(NoticeKey key, OffsetDateTime firstTriedAt, OffsetDateTime lastTriedAt, int tries) {
    }

    private final JdbcClient jdbc;

    WaitingNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes a try that found nobody: a new row, or one more try on the row there. */
    void tried(NoticeKey key, OffsetDateTime at) {
        if (update(key, at) == 0) {
            try {
                jdbc.sql("""
                        insert into notice_waiting (topic, subject_id, kind, due_date, first_tried_at, last_tried_at)
                        values (:topic, :subject, :kind, :due, :at, :at)""")
                        .param("topic", key.topic()).param("subject", key.subjectId()).param("kind", key.kind())
                        .param("due", key.dueDate()).param("at", at).update();
            } catch (DuplicateKeyException e) {
                update(key, at); // another node noted it first
            }
        }
    }

    private int update(NoticeKey key, OffsetDateTime at) {
        return jdbc.sql("""
                update notice_waiting set tries = tries + 1, last_tried_at = :at
                 where topic = :topic and subject_id = :subject and kind = :kind and due_date = :due""")
                .param("topic", key.topic()).param("subject", key.subjectId()).param("kind", key.kind())
                .param("due", key.dueDate()).param("at", at).update();
    }

    /** The notice went out: it waits no more. */
    void gone(NoticeKey key) {
        jdbc.sql("""
                delete from notice_waiting
                 where topic = :topic and subject_id = :subject and kind = :kind and due_date = :due""")
                .param("topic", key.topic()).param("subject", key.subjectId()).param("kind", key.kind())
                .param("due", key.dueDate()).update();
    }

    /** The waiting notices, longest waiting first, at most {@code limit}. */
    List<Waiting> list(int limit) {
        return jdbc.sql("""
                select topic, subject_id, kind, due_date, first_tried_at, last_tried_at, tries from notice_waiting
                 order by first_tried_at, id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Waiting(new NoticeKey(rs.getString("topic"), rs.getLong("subject_id"),
                        rs.getString("kind"), rs.getObject("due_date", LocalDate.class)),
                        rs.getObject("first_tried_at", OffsetDateTime.class),
                        rs.getObject("last_tried_at", OffsetDateTime.class), rs.getInt("tries")))
                .list();
    }

    boolean has(NoticeKey key) {
        return jdbc.sql("""
                select count(*) from notice_waiting
                 where topic = :topic and subject_id = :subject and kind = :kind and due_date = :due""")
                .param("topic", key.topic()).param("subject", key.subjectId()).param("kind", key.kind())
                .param("due", key.dueDate()).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from notice_waiting").query(Long.class).single();
    }
}
