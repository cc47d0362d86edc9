package vn.danvan.inspection;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspection plans, records and violation cases as they change: loaded by id, saved after a change. */
@Repository
class InspectionRepository {

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Inspection> inspection(long id) {
        return jdbc.sql("""
                select id, unit_id, status, findings, conclusion, concluded_at, version from inspection where id = :id""")
                .param("id", id)
                .query((rs, n) -> new Inspection(rs.getLong("id"), rs.getLong("unit_id"),
                        InspectionStatus.valueOf(rs.getString("status")), rs.getString("findings"),
                        rs.getString("conclusion"), rs.getObject("concluded_at", OffsetDateTime.class),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * Saves the record after a change from state {@code was}; false when it changed since {@code version}
     * (the version of the page the user sent) or left that state meanwhile.
     */
    boolean save(Inspection i, InspectionStatus was, long version, OffsetDateTime at) {
        return jdbc.sql("""
                update inspection set status = :status, findings = :findings, conclusion = :conclusion,
                    concluded_at = :concludedAt, updated_at = :at, version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("status", i.status().name()).param("findings", i.findings())
                .param("conclusion", i.conclusion()).param("concludedAt", i.concludedAt()).param("at", at)
                .param("id", i.id()).param("version", version).param("was", was.name()).update() == 1;
    }

    Optional<Violation> violation(long id) {
        return jdbc.sql("""
                select id, unit_id, status, decision_number, decision_date, measure, follow_up_due, done_on, version
                  from inspection_violation where id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    String measure = rs.getString("measure");
                    return new Violation(rs.getLong("id"), rs.getLong("unit_id"),
                            ViolationStatus.valueOf(rs.getString("status")), rs.getString("decision_number"),
                            rs.getObject("decision_date", java.time.LocalDate.class),
                            measure == null ? null : Measure.valueOf(measure),
                            rs.getObject("follow_up_due", java.time.LocalDate.class),
                            rs.getObject("done_on", java.time.LocalDate.class), rs.getLong("version"));
                })
                .optional();
    }

    /** Saves the case after a change from state {@code was}; false when it changed since {@code version} or left that state. */
    boolean save(Violation v, ViolationStatus was, long version, OffsetDateTime at) {
        return jdbc.sql("""
                update inspection_violation set status = :status, decision_number = :number, decision_date = :date,
                    measure = :measure, follow_up_due = :due, done_on = :doneOn, updated_at = :at, version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("status", v.status().name()).param("number", v.decisionNumber())
                .param("date", v.decisionDate()).param("measure", v.measure() == null ? null : v.measure().name())
                .param("due", v.followUpDue()).param("doneOn", v.doneOn()).param("at", at).param("id", v.id())
                .param("version", version).param("was", was.name()).update() == 1;
    }

    Optional<InspectionPlan> plan(long id) {
        return jdbc.sql("select id, plan_year, status, approved_by, approved_at, version from inspection_plan where id = :id")
                .param("id", id)
                .query((rs, n) -> new InspectionPlan(rs.getLong("id"), rs.getInt("plan_year"),
                        PlanStatus.valueOf(rs.getString("status")), rs.getString("approved_by"),
                        rs.getObject("approved_at", OffsetDateTime.class), rs.getLong("version")))
                .optional();
    }

    /** Saves the plan after a move from state {@code was}; false when it changed since {@code version} or left that state. */
    boolean save(InspectionPlan plan, PlanStatus was, long version, OffsetDateTime at) {
        return jdbc.sql("""
                update inspection_plan set status = :status, approved_by = :by, approved_at = :approvedAt,
                    updated_at = :at, version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("status", plan.status().name()).param("by", plan.approvedBy())
                .param("approvedAt", plan.approvedAt()).param("at", at).param("id", plan.id())
                .param("version", version).param("was", was.name()).update() == 1;
    }
}
