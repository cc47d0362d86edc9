package vn.danvan.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders sent, one row each; the unique key (period, unit, day, manual) stops a second sending. */
@Repository
class ReminderLog {

    /** A reminder as the report page lists it. */
    record Sent(LocalDate date, boolean manual, String sentBy, OffsetDateTime sentAt) {
    }

    private final JdbcClient jdbc;

    ReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean sent(long periodId, long unitId, LocalDate date, boolean manual) {
        return jdbc.sql("""
                select count(*) from report_reminder
                where period_id = :p and unit_id = :u and reminder_date = :d and manual = :m""")
                .param("p", periodId).param("u", unitId).param("d", date).param("m", manual)
                .query(Long.class).single() > 0;
    }

    /** Breaks the unique key (DuplicateKeyException, rolling back the caller) when it was sent before. */
    void record(long periodId, long unitId, LocalDate date, boolean manual, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into report_reminder (period_id, unit_id, reminder_date, manual, sent_by, sent_at)
                values (:p, :u, :d, :m, :by, :at)""")
                .param("p", periodId).param("u", unitId).param("d", date).param("m", manual).param("by", by)
                .param("at", at).update();
    }

    List<Sent> of(long periodId, long unitId) {
        return jdbc.sql("""
                select r.reminder_date, r.manual, coalesce(p.full_name, r.sent_by) as sent_by, r.sent_at
                from report_reminder r left join account a on a.username = r.sent_by
                left join person p on p.id = a.person_id
                where r.period_id = :p and r.unit_id = :u order by r.sent_at, r.id""")
                .param("p", periodId).param("u", unitId)
                .query((rs, n) -> new Sent(rs.getObject("reminder_date", LocalDate.class), rs.getBoolean("manual"),
                        rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }
}
