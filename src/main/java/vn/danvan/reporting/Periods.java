package vn.danvan.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reporting periods. */
@Repository
class Periods {

    private static final String COLUMNS = """
            select id, report_year, template_id, deadline, grace_days, span_from, span_to, consolidated_at,
                   approved_at, version from reporting_period""";

    private final JdbcClient jdbc;

    Periods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(int year, long templateId, LocalDate deadline, int graceDays, LocalDate from, LocalDate to,
            String by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reporting_period (report_year, template_id, deadline, grace_days, span_from, span_to,
                    opened_by, created_at, updated_at)
                values (:year, :template, :deadline, :grace, :from, :to, :by, :now, :now)""")
                .param("year", year).param("template", templateId).param("deadline", deadline)
                .param("grace", graceDays).param("from", from).param("to", to).param("by", by).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ReportingPeriod> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(Periods::row).optional();
    }

    /** Newest first. */
    List<ReportingPeriod> list() {
        return jdbc.sql(COLUMNS + " order by report_year desc, id desc").query(Periods::row).list();
    }

    void consolidated(long id, long version, String by, OffsetDateTime at) {
        check(jdbc.sql("""
                update reporting_period set consolidated_at = :at, consolidated_by = :by, updated_at = :at,
                    version = version + 1 where id = :id and version = :v""")
                .param("at", at).param("by", by).param("id", id).param("v", version).update());
    }

    void approved(long id, long version, String by, OffsetDateTime at) {
        check(jdbc.sql("""
                update reporting_period set approved_at = :at, approved_by = :by, updated_at = :at,
                    version = version + 1 where id = :id and version = :v""")
                .param("at", at).param("by", by).param("id", id).param("v", version).update());
    }

    private static void check(int updated) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("reporting period changed meanwhile");
        }
    }

    private static ReportingPeriod row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReportingPeriod(rs.getLong("id"), rs.getInt("report_year"), rs.getLong("template_id"),
                rs.getObject("deadline", LocalDate.class), rs.getInt("grace_days"),
                rs.getObject("span_from", LocalDate.class), rs.getObject("span_to", LocalDate.class),
                rs.getObject("consolidated_at", OffsetDateTime.class), rs.getObject("approved_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
