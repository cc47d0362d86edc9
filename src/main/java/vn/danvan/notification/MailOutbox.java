package vn.danvan.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.Keyset;
import vn.danvan.shared.web.PageOf;
import vn.danvan.shared.web.PageQuery;

/** The {@code mail_outbox} table: every e-mail DanVan sends, and where it stands. */
@Repository
class MailOutbox {

    /** The list's order, newest first: a total order, with the index {@code mail_outbox_list_idx} (V36). */
    static final Keyset ORDER = Keyset.descending(Keyset.timestamp("created_at"), Keyset.number("id"));

    private static final String COLUMNS = """
            select id, recipient, subject, reference, status, attempts, last_error, created_at, sent_at""";

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** List filters; any may be null. Dates are whole days in Asia/Ho_Chi_Minh, both included. */
    record Filter(MailStatus status, String q, LocalDate from, LocalDate to) {
    }

    long queue(String recipient, String subject, String body, String reference, MailStatus status,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mail_outbox (recipient, subject, body, reference, search_key, status, attempts,
                                         next_attempt_at, created_at, updated_at, version)
                values (:recipient, :subject, :body, :reference, :key, :status, 0, :next, :now, :now, 0)""")
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .param("reference", reference)
                .param("key", VietnameseText.searchKey(subject + " " + (reference == null ? "" : reference)))
                .param("status", status.name())
                .param("next", status == MailStatus.PENDING ? now : null)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The mail with its body. */
    Optional<OutboxMail> find(long id) {
        return jdbc.sql("""
                select id, recipient, subject, body, reference, status, attempts, last_error, created_at, sent_at
                from mail_outbox where id = :id""")
                .param("id", id)
                .query((rs, n) -> row(rs, rs.getString("body")))
                .optional();
    }

    /** One page, newest first, without bodies, with the total that pass the filter. */
    PageOf<OutboxMail> page(Filter filter, PageQuery page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        long total = jdbc.sql("select count(*) from mail_outbox" + where).params(params).query(Long.class).single();
        String seek = ORDER.seek(page, params);
        List<OutboxMail> mails = jdbc.sql(COLUMNS + " from mail_outbox" + where + seek
                + ORDER.orderAndLimit(page)).params(params).query((rs, n) -> row(rs, null)).list();
        return ORDER.page(page, mails, m -> List.of(m.createdAt(), m.id()), total);
    }


    /** How many mails the filter finds (what an export writes). */
    long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        var spec = jdbc.sql("select count(*) from mail_outbox" + where(filter, params));
        spec = spec.params(params);
        return spec.query(Long.class).single();
    }

    /** Every mail the filter finds, newest first, without bodies, as the database sends them (1,000 at a time). */
    void stream(Filter filter, java.util.function.Consumer<OutboxMail> each) {
        Map<String, Object> params = new LinkedHashMap<>();
        var spec = jdbc.sql(COLUMNS + " from mail_outbox" + where(filter, params) + " order by created_at desc, id desc")
                .withFetchSize(1000);
        spec = spec.params(params);
        spec.query(rs -> {
            each.accept(row(rs, null));
        });
    }

    /** The filter's conditions; words of the text in the search key (a trigram index on PostgreSQL, V36_1). */
    private static String where(Filter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        String text = VietnameseText.searchKey(filter.q());
        if (!text.isEmpty()) {
            where.append(" and search_key like :text");
            params.put("text", "%" + text + "%");
        }
        if (filter.from() != null) {
            where.append(" and created_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and created_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }


    /** Pending mails whose next attempt is due, oldest first. */
    List<Long> due(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id limit :limit""")
                .param("now", now)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Takes a pending mail for one attempt and marks it sent; false when it is no longer pending
     * (another run took it). The caller sends it in the same transaction, so the mark is undone
     * (rolled back) or replaced by {@link #attemptFailed} if sending fails.
     */
    boolean claim(long id, OffsetDateTime now) {
        return jdbc.sql("""
                update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now, updated_at = :now,
                                       next_attempt_at = null, version = version + 1
                where id = :id and status = 'PENDING'""")
                .param("id", id)
                .param("now", now)
                .update() == 1;
    }

    /** After a failed attempt: pending again until {@code nextAttempt}, or failed for good when it is null. */
    void attemptFailed(long id, String error, OffsetDateTime nextAttempt, OffsetDateTime now) {
        jdbc.sql("""
                update mail_outbox set status = :status, sent_at = null, next_attempt_at = :next, last_error = :error,
                                       updated_at = :now, version = version + 1
                where id = :id""")
                .param("id", id)
                .param("status", (nextAttempt == null ? MailStatus.FAILED : MailStatus.PENDING).name())
                .param("next", nextAttempt)
                .param("error", error)
                .param("now", now)
                .update();
    }

    private static OutboxMail row(ResultSet rs, String body) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), body,
                rs.getString("reference"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanVanTime.ZONE).toOffsetDateTime();
    }
}
