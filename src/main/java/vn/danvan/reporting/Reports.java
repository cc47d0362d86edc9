package vn.danvan.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unit reports with their narrative, stored figures and history. */
@Repository
class Reports {

    private static final String STATUS = """
            select r.id, r.unit_id, u.code, u.name, r.state, r.self_rating, r.submitted_at, r.on_time
            from unit_report r join org_unit u on u.id = r.unit_id""";

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(long periodId, long unitId, OffsetDateTime now) {
        jdbc.sql("""
                insert into unit_report (period_id, unit_id, state, created_at, updated_at)
                values (:p, :u, 'NOT_STARTED', :now, :now)""")
                .param("p", periodId).param("u", unitId).param("now", now).update();
    }

    Optional<UnitReport> find(long id) {
        return jdbc.sql("""
                select id, period_id, unit_id, state, self_rating, submitted_at, on_time, last_comment, version
                from unit_report where id = :id""")
                .param("id", id)
                .query((rs, n) -> new UnitReport(rs.getLong("id"), rs.getLong("period_id"), rs.getLong("unit_id"),
                        ReportState.valueOf(rs.getString("state")), rating(rs.getString("self_rating")),
                        rs.getObject("submitted_at", OffsetDateTime.class), (Boolean) rs.getObject("on_time"),
                        rs.getString("last_comment"), rs.getLong("version")))
                .optional();
    }

    /** Saves the state fields if nobody changed the report since it was read. */
    void save(UnitReport r, OffsetDateTime now) {
        int updated = jdbc.sql("""
                update unit_report set state = :state, self_rating = :rating, submitted_at = :submitted,
                    on_time = :onTime, last_comment = :comment, updated_at = :now, version = version + 1
                where id = :id and version = :v""")
                .param("state", r.state().name())
                .param("rating", r.selfRating() == null ? null : r.selfRating().name())
                .param("submitted", r.submittedAt()).param("onTime", r.onTime()).param("comment", r.lastComment())
                .param("now", now).param("id", r.id()).param("v", r.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("report " + r.id() + " changed meanwhile");
        }
    }

    /** The reports of a period, of the given units only unless null, by unit name. */
    List<UnitReportStatus> statuses(long periodId, Collection<Long> unitIds) {
        String where = " where r.period_id = :p" + (unitIds == null ? "" : " and r.unit_id in (:units)");
        var spec = jdbc.sql(STATUS + where + " order by u.name").param("p", periodId);
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return List.of();
            }
            spec = spec.param("units", unitIds);
        }
        return spec.query(Reports::status).list();
    }

    Optional<UnitReportStatus> status(long reportId) {
        return jdbc.sql(STATUS + " where r.id = :id").param("id", reportId).query(Reports::status).optional();
    }

    /** The reports of a unit in every period (for its own indicators): the period's deadline beside. */
    List<UnitReportStatus> ofUnitWithDeadlineBetween(long unitId, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql(STATUS + " join reporting_period p on p.id = r.period_id"
                + " where r.unit_id = :u and p.deadline between :from and :to order by p.deadline")
                .param("u", unitId).param("from", from).param("to", to).query(Reports::status).list();
    }

    /** As {@link #ofUnitWithDeadlineBetween} for several units, by unit: one query. */
    Map<Long, List<UnitReportStatus>> ofUnitsWithDeadlineBetween(java.util.Collection<Long> unitIds,
            java.time.LocalDate from, java.time.LocalDate to) {
        Map<Long, List<UnitReportStatus>> found = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql(STATUS + " join reporting_period p on p.id = r.period_id"
                    + " where r.unit_id in (:units) and p.deadline between :from and :to order by p.deadline, r.id")
                    .param("units", unitIds).param("from", from).param("to", to).query(Reports::status).list()
                    .forEach(r -> found.computeIfAbsent(r.unitId(), u -> new java.util.ArrayList<>()).add(r));
        }
        return found;
    }

    // --- narrative

    Map<String, String> sections(long reportId) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select section_code, body from report_section where report_id = :r order by id").param("r", reportId)
                .query(rs -> {
                    texts.put(rs.getString("section_code"), rs.getString("body"));
                });
        return texts;
    }

    List<String> highlighted(long reportId) {
        return jdbc.sql("select section_code from report_section where report_id = :r and highlight").param("r", reportId)
                .query(String.class).list();
    }

    void saveSection(long reportId, String code, String body, boolean highlight) {
        int updated = jdbc.sql("update report_section set body = :b, highlight = :h where report_id = :r and section_code = :c")
                .param("b", body).param("h", highlight).param("r", reportId).param("c", code).update();
        if (updated == 0) {
            jdbc.sql("insert into report_section (report_id, section_code, body, highlight) values (:r, :c, :b, :h)")
                    .param("b", body).param("h", highlight).param("r", reportId).param("c", code).update();
        }
    }

    // --- figures

    Map<String, ReportFigure> figures(long reportId) {
        Map<String, ReportFigure> figures = new LinkedHashMap<>();
        jdbc.sql("select indicator_code, value_numeric, link from report_value where report_id = :r order by id")
                .param("r", reportId)
                .query(rs -> {
                    figures.put(rs.getString("indicator_code"), new ReportFigure(rs.getString("indicator_code"),
                            rs.getBigDecimal("value_numeric"), rs.getString("link")));
                });
        return figures;
    }

    void saveFigure(long reportId, String code, BigDecimal value, String link) {
        int updated = jdbc.sql("update report_value set value_numeric = :v, link = :l where report_id = :r and indicator_code = :c")
                .param("v", value).param("l", link).param("r", reportId).param("c", code).update();
        if (updated == 0) {
            jdbc.sql("insert into report_value (report_id, indicator_code, value_numeric, link) values (:r, :c, :v, :l)")
                    .param("v", value).param("l", link).param("r", reportId).param("c", code).update();
        }
    }

    /** Each indicator's sum, mean and count over the period's submitted reports: one query. */
    Map<String, Aggregate> totals(long periodId) {
        Map<String, Aggregate> totals = new LinkedHashMap<>();
        jdbc.sql("""
                select v.indicator_code, sum(v.value_numeric) as total, avg(v.value_numeric) as mean,
                       count(v.value_numeric) as counted
                from report_value v join unit_report r on r.id = v.report_id
                where r.period_id = :p and r.state in ('SUBMITTED', 'ACCEPTED')
                group by v.indicator_code""")
                .param("p", periodId)
                .query(rs -> {
                    totals.put(rs.getString("indicator_code"), new Aggregate(rs.getBigDecimal("total"),
                            rs.getBigDecimal("mean"), rs.getLong("counted")));
                });
        return totals;
    }

    /** Every stored figure of a period: report id -> code -> value. */
    Map<Long, Map<String, BigDecimal>> allFigures(long periodId) {
        Map<Long, Map<String, BigDecimal>> all = new LinkedHashMap<>();
        jdbc.sql("""
                select v.report_id, v.indicator_code, v.value_numeric from report_value v
                join unit_report r on r.id = v.report_id where r.period_id = :p""")
                .param("p", periodId)
                .query(rs -> {
                    all.computeIfAbsent(rs.getLong("report_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("indicator_code"), rs.getBigDecimal("value_numeric"));
                });
        return all;
    }

    /** Every narrative of a period: report id -> section code -> text. */
    Map<Long, Map<String, String>> allSections(long periodId) {
        Map<Long, Map<String, String>> all = new LinkedHashMap<>();
        jdbc.sql("""
                select s.report_id, s.section_code, s.body, s.highlight from report_section s
                join unit_report r on r.id = s.report_id where r.period_id = :p order by s.id""")
                .param("p", periodId)
                .query(rs -> {
                    all.computeIfAbsent(rs.getLong("report_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("section_code"), rs.getString("body"));
                });
        return all;
    }

    /** The sections each report of a period marked as highlights: report id -> section codes. */
    Map<Long, java.util.Set<String>> allHighlights(long periodId) {
        Map<Long, java.util.Set<String>> all = new LinkedHashMap<>();
        jdbc.sql("""
                select s.report_id, s.section_code from report_section s
                join unit_report r on r.id = s.report_id where r.period_id = :p and s.highlight""")
                .param("p", periodId)
                .query(rs -> {
                    all.computeIfAbsent(rs.getLong("report_id"), k -> new java.util.HashSet<>())
                            .add(rs.getString("section_code"));
                });
        return all;
    }

    record Aggregate(BigDecimal sum, BigDecimal mean, long count) {
    }

    // --- history

    void step(long reportId, String action, ReportState from, ReportState to, String comment, String actor,
            OffsetDateTime at) {
        jdbc.sql("""
                insert into report_step (report_id, action, from_state, to_state, comment, actor, at)
                values (:r, :a, :f, :t, :c, :actor, :at)""")
                .param("r", reportId).param("a", action).param("f", from == null ? null : from.name())
                .param("t", to.name()).param("c", comment).param("actor", actor).param("at", at).update();
    }

    List<ReportStep> history(long reportId) {
        return jdbc.sql("""
                select s.action, s.from_state, s.to_state, s.comment, coalesce(a.full_name, s.actor) as actor, s.at
                from report_step s left join org_staff a on a.username = s.actor
                where s.report_id = :r order by s.at, s.id""")
                .param("r", reportId)
                .query((rs, n) -> new ReportStep(rs.getString("action"), state(rs.getString("from_state")),
                        ReportState.valueOf(rs.getString("to_state")), rs.getString("comment"), rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    private static UnitReportStatus status(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UnitReportStatus(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                ReportState.valueOf(rs.getString("state")), rating(rs.getString("self_rating")),
                rs.getObject("submitted_at", OffsetDateTime.class), (Boolean) rs.getObject("on_time"));
    }

    private static SelfRating rating(String name) {
        return name == null ? null : SelfRating.valueOf(name);
    }

    private static ReportState state(String name) {
        return name == null ? null : ReportState.valueOf(name);
    }
}
