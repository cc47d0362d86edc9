package vn.danvan.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;

/**
 * The {@code notice_waiting} table: notices nobody could receive yet, one row per {@link NoticeKey},
 * kept until the notice goes out.
 */
@Repository
class WaitingNotices {

    /** A notice waiting for someone to receive it. */
    record Waiting(long id, NoticeKey key, OffsetDateTime firstTriedAt, OffsetDateTime lastTriedAt, int tries) {
    }

    /** The whole list's order, longest waiting first, for its pages. */
    static final Keyset ORDER = Keyset.ascending(Keyset.timestamp("first_tried_at"), Keyset.number("id"));
    private static final String SELECT = """
            select id, topic, subject_id, kind, due_date, first_tried_at, last_tried_at, tries from notice_waiting""";

    /** Keys written by one statement batch, and subjects in one {@code in (...)} list. */
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    WaitingNotices(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * {@link #tried(NoticeKey, OffsetDateTime)} for many notices at once (a run finds thousands nobody can receive
     * at national scale, every quarter of an hour): the rows there are read a thousand subjects at a time, then
     * updated and the new ones inserted in batches. A key another node inserted meanwhile breaks the unique key;
     * the caller then notes the keys one by one.
     */
    void tried(Collection<NoticeKey> keys, OffsetDateTime at) {
        Map<String, List<NoticeKey>> byTopic = new LinkedHashMap<>();
        new LinkedHashSet<>(keys).forEach(k -> byTopic.computeIfAbsent(k.topic(), t -> new ArrayList<>()).add(k));
        byTopic.forEach((topic, ofTopic) -> {
            for (int i = 0; i < ofTopic.size(); i += CHUNK) {
                List<NoticeKey> chunk = ofTopic.subList(i, Math.min(ofTopic.size(), i + CHUNK));
                Set<NoticeKey> there = new HashSet<>(jdbc.sql("""
                        select subject_id, kind, due_date from notice_waiting
                         where topic = :topic and subject_id in (:subjects)""")
                        .param("topic", topic).param("subjects", chunk.stream().map(NoticeKey::subjectId).toList())
                        .query((rs, n) -> new NoticeKey(topic, rs.getLong("subject_id"), rs.getString("kind"),
                                rs.getObject("due_date", LocalDate.class)))
                        .list());
                List<Object[]> again = new ArrayList<>();
                List<Object[]> first = new ArrayList<>();
                for (NoticeKey k : chunk) {
                    if (there.contains(k)) {
                        again.add(new Object[] {at, k.topic(), k.subjectId(), k.kind(), k.dueDate()});
                    } else {
                        first.add(new Object[] {k.topic(), k.subjectId(), k.kind(), k.dueDate(), at, at});
                    }
                }
                if (!again.isEmpty()) {
                    batches.batchUpdate("""
                            update notice_waiting set tries = tries + 1, last_tried_at = ?
                             where topic = ? and subject_id = ? and kind = ? and due_date = ?""", again);
                }
                if (!first.isEmpty()) {
                    batches.batchUpdate("""
                            insert into notice_waiting (topic, subject_id, kind, due_date, first_tried_at, last_tried_at)
                            values (?, ?, ?, ?, ?, ?)""", first);
                }
            }
        });
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
        return jdbc.sql(SELECT + " order by first_tried_at, id limit :limit").param("limit", limit)
                .query(WaitingNotices::waiting).list();
    }

    /** A page of the waiting notices of a topic (all when null), longest waiting first, with their total. */
    PageOf<Waiting> page(String topic, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = " where 1 = 1";
        if (topic != null) {
            where += " and topic = :topic";
            params.put("topic", topic);
        }
        long total = jdbc.sql("select count(*) from notice_waiting" + where).params(params).query(Long.class)
                .single();
        String seek = ORDER.seek(page, params);
        List<Waiting> rows = jdbc.sql(SELECT + where + seek + ORDER.orderAndLimit(page)).params(params)
                .query(WaitingNotices::waiting).list();
        return ORDER.page(page, rows, w -> List.of(w.firstTriedAt(), w.id()), total);
    }

    /** The topics that have notices waiting. */
    List<String> topics() {
        return jdbc.sql("select distinct topic from notice_waiting order by topic").query(String.class).list();
    }

    private static Waiting waiting(ResultSet rs, int n) throws SQLException {
        return new Waiting(rs.getLong("id"), new NoticeKey(rs.getString("topic"), rs.getLong("subject_id"),
                rs.getString("kind"), rs.getObject("due_date", LocalDate.class)),
                rs.getObject("first_tried_at", OffsetDateTime.class),
                rs.getObject("last_tried_at", OffsetDateTime.class), rs.getInt("tries"));
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
