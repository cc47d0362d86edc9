package vn.danvan.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code notification} table. Every read names the owning account, so no query shows another's. */
@Repository
class InAppNotifications {

    static final int PAGE_SIZE = 50;

    private static final String SELECT = "select id, title, body, link, read_at, created_at from notification";

    private final JdbcClient jdbc;

    InAppNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification; {@code digestDay} the day whose digest mail lists it, null when it is not mailed in one. */
    long add(long accountId, String title, String body, String link, OffsetDateTime now, LocalDate digestDay) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notification (account_id, title, body, link, created_at, digest_day)
                values (:account, :title, :body, :link, :now, :digestDay)""")
                .param("digestDay", digestDay)
                .param("account", accountId)
                .param("title", title)
                .param("body", body)
                .param("link", link)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The account's notifications, newest first. */
    List<NotificationView> of(long accountId, int page, int size) {
        return jdbc.sql(SELECT
                + " where account_id = :account order by created_at desc, id desc limit :limit offset :offset")
                .param("account", accountId)
                .param("limit", size)
                .param("offset", (long) Math.max(0, page) * size)
                .query(InAppNotifications::row)
                .list();
    }

    /** The notification when it belongs to the account; empty for anyone else's. */
    Optional<NotificationView> find(long id, long accountId) {
        return jdbc.sql(SELECT + " where id = :id and account_id = :account")
                .param("id", id)
                .param("account", accountId)
                .query(InAppNotifications::row)
                .optional();
    }

    void markRead(long id, long accountId, OffsetDateTime now) {
        jdbc.sql("update notification set read_at = :now where id = :id and account_id = :account and read_at is null")
                .param("id", id)
                .param("account", accountId)
                .param("now", now)
                .update();
    }

    int markAllRead(long accountId, OffsetDateTime now) {
        return jdbc.sql("update notification set read_at = :now where account_id = :account and read_at is null")
                .param("account", accountId)
                .param("now", now)
                .update();
    }

    /** The people and days whose digest is due on {@code today} (days before it) and not sent yet. */
    List<Digest> digestsDue(LocalDate today) {
        return jdbc.sql("""
                select n.account_id, n.digest_day from notification n
                 where n.digest_day < :today
                   and not exists (select 1 from mail_digest_sent s
                                    where s.account_id = n.account_id and s.digest_day = n.digest_day)
                 group by n.account_id, n.digest_day order by n.digest_day, n.account_id""")
                .param("today", today)
                .query((rs, n) -> new Digest(rs.getLong("account_id"), rs.getObject("digest_day", LocalDate.class)))
                .list();
    }

    /** The notifications a digest lists, oldest first. */
    List<NotificationView> ofDigest(Digest digest) {
        return jdbc.sql(SELECT + " where account_id = :account and digest_day = :day order by created_at, id")
                .param("account", digest.accountId()).param("day", digest.day())
                .query(InAppNotifications::row).list();
    }

    /** Records the digest as sent; a second node or run doing the same breaks the unique key. */
    void digestSent(Digest digest, int notices, OffsetDateTime now) {
        jdbc.sql("""
                insert into mail_digest_sent (account_id, digest_day, notices, sent_at)
                values (:account, :day, :notices, :now)""")
                .param("account", digest.accountId()).param("day", digest.day()).param("notices", notices)
                .param("now", now).update();
    }

    /** One person's digest of one day. */
    record Digest(long accountId, LocalDate day) {
    }

    long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    private static NotificationView row(ResultSet rs, int n) throws SQLException {
        return new NotificationView(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                rs.getString("link"), rs.getObject("read_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
