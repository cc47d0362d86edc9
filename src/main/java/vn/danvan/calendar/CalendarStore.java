package vn.danvan.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.danvan.shared.DanVanTime;

/** Stored years and their days in the database. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<CalendarYear> findYear(int year) {
        return jdbc.sql("""
                select id, year_number, status, confirmed_by, confirmed_at, official, version
                from calendar_year where year_number = :year""")
                .param("year", year)
                .query(CalendarStore::year)
                .optional();
    }

    /** The days of a stored year, in date order. */
    List<StoredDay> days(int year) {
        return jdbc.sql("""
                select id, day_date, name, kind, source_id, version from calendar_day
                where year_number = :year order by day_date""")
                .param("year", year)
                .query(CalendarStore::day)
                .list();
    }

    /** The documents of a stored year, in their order. */
    List<SourceDocument> sources(int year) {
        return jdbc.sql("""
                select id, year_number, position, kind, document_number, issued_on, issuer, subject, note, version
                from calendar_source where year_number = :year order by position""")
                .param("year", year)
                .query(CalendarStore::source)
                .list();
    }

    long insertSource(int year, SourceDocument source) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into calendar_source (year_number, position, kind, document_number, issued_on, issuer, subject,
                                             note, created_at, updated_at, version)
                values (:year, :position, :kind, :number, :issuedOn, :issuer, :subject, :note, :now, :now, 0)""")
                .param("year", year)
                .param("position", source.position())
                .param("kind", source.kind())
                .param("number", source.number())
                .param("issuedOn", source.issuedOn())
                .param("issuer", source.issuer())
                .param("subject", source.subject())
                .param("note", source.note())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Removes a document; the days it set keep their place in the calendar, without a source. */
    void deleteSource(SourceDocument source) {
        jdbc.sql("update calendar_day set source_id = null, updated_at = :now where source_id = :id")
                .param("now", now())
                .param("id", source.id())
                .update();
        int rows = jdbc.sql("delete from calendar_source where id = :id and version = :version")
                .param("id", source.id())
                .param("version", source.version())
                .update();
        requireOne(rows, "calendar_source", source.id());
    }

    long insertYear(int year) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into calendar_year (year_number, status, created_at, updated_at, version)
                values (:year, :status, :now, :now, 0)""")
                .param("year", year)
                .param("status", YearStatus.PROPOSED.name())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Marks a year as changed: every edit of its days moves its version, so stale forms are refused. */
    void touch(CalendarYear year) {
        int rows = jdbc.sql("""
                update calendar_year set updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("now", now())
                .param("id", year.id())
                .param("version", year.version())
                .update();
        requireOne(rows, "calendar_year", year.id());
    }

    void confirm(CalendarYear year, String confirmedBy) {
        int rows = jdbc.sql("""
                update calendar_year set status = :status, confirmed_by = :by, confirmed_at = :now,
                                         updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("status", YearStatus.CONFIRMED.name())
                .param("by", confirmedBy)
                .param("now", now())
                .param("id", year.id())
                .param("version", year.version())
                .update();
        requireOne(rows, "calendar_year", year.id());
    }

    long insertDay(int year, CalendarDay day) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into calendar_day (year_number, day_date, name, kind, created_at, updated_at, version)
                values (:year, :date, :name, :kind, :now, :now, 0)""")
                .param("year", year)
                .param("date", day.date())
                .param("name", day.name())
                .param("kind", day.kind().name())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void moveDay(StoredDay day, LocalDate to) {
        int rows = jdbc.sql("""
                update calendar_day set day_date = :to, updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("to", to)
                .param("now", now())
                .param("id", day.id())
                .param("version", day.version())
                .update();
        requireOne(rows, "calendar_day", day.id());
    }

    void deleteDay(StoredDay day) {
        int rows = jdbc.sql("delete from calendar_day where id = :id and version = :version")
                .param("id", day.id())
                .param("version", day.version())
                .update();
        requireOne(rows, "calendar_day", day.id());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static void requireOne(int rows, String table, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException(table + " " + id);
        }
    }

    private static CalendarYear year(ResultSet rs, int n) throws SQLException {
        return new CalendarYear(rs.getLong("id"), rs.getInt("year_number"),
                YearStatus.valueOf(rs.getString("status")), rs.getString("confirmed_by"),
                local(rs.getObject("confirmed_at", OffsetDateTime.class)), rs.getBoolean("official"),
                rs.getLong("version"));
    }

    /** PostgreSQL answers in UTC; the screens show Vietnamese time. */
    private static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(DanVanTime.ZONE).toOffsetDateTime();
    }

    private static StoredDay day(ResultSet rs, int n) throws SQLException {
        return new StoredDay(rs.getLong("id"), rs.getObject("day_date", LocalDate.class), rs.getString("name"),
                DayKind.valueOf(rs.getString("kind")), rs.getObject("source_id", Long.class), rs.getLong("version"));
    }

    private static SourceDocument source(ResultSet rs, int n) throws SQLException {
        return new SourceDocument(rs.getLong("id"), rs.getInt("year_number"), rs.getInt("position"),
                rs.getString("kind"), rs.getString("document_number"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"), rs.getString("subject"), rs.getString("note"), rs.getLong("version"));
    }
}
