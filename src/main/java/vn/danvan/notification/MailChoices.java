package vn.danvan.notification;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code mail_choice} table: an account without a row gets each notice by its own mail. */
@Repository
class MailChoices {

    private final JdbcClient jdbc;

    MailChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MailChoice of(long accountId) {
        return jdbc.sql("select choice from mail_choice where account_id = :a").param("a", accountId)
                .query(String.class).optional().map(MailChoice::valueOf).orElse(MailChoice.EACH);
    }

    void save(long accountId, MailChoice choice, OffsetDateTime now) {
        int updated = jdbc.sql("""
                update mail_choice set choice = :c, updated_at = :now, version = version + 1
                 where account_id = :a""").param("c", choice.name()).param("now", now).param("a", accountId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into mail_choice (account_id, choice, created_at, updated_at)
                    values (:a, :c, :now, :now)""").param("a", accountId).param("c", choice.name())
                    .param("now", now).update();
        }
    }
}
