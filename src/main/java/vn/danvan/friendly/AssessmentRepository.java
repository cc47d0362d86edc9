package vn.danvan.friendly;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Self-assessments as they change (their state, not their scores): loaded, inserted, saved after a move. */
@Repository
class AssessmentRepository {

    private static final String SELECT = """
            select id, unit_id, assessment_year, status, return_reason, submitted_at, submitted_by, reviewed_at,
                   reviewed_by, version
              from friendly_assessment""";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assessment> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(AssessmentRepository::map).optional();
    }

    Optional<Assessment> find(long unitId, int year) {
        return jdbc.sql(SELECT + " where unit_id = :unit and assessment_year = :year").param("unit", unitId)
                .param("year", year).query(AssessmentRepository::map).optional();
    }

    /** A new assessment in its state (a draft, or submitted at once); its id. */
    long insert(Assessment a, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into friendly_assessment (unit_id, assessment_year, status, submitted_at, submitted_by,
                    created_at, updated_at)
                values (:unit, :year, :status, :submittedAt, :submittedBy, :now, :now)""")
                .param("unit", a.unitId()).param("year", a.year()).param("status", a.status().name())
                .param("submittedAt", a.submittedAt()).param("submittedBy", a.submittedBy()).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Saves the assessment after a change from state {@code was} (its scores changed, or a move); false when
     * it changed since {@code version} (the version of the page the user sent) or left that state meanwhile.
     */
    boolean save(Assessment a, AssessmentStatus was, long version, OffsetDateTime now) {
        return jdbc.sql("""
                update friendly_assessment set status = :status, return_reason = :reason, submitted_at = :submittedAt,
                    submitted_by = :submittedBy, reviewed_at = :reviewedAt, reviewed_by = :reviewedBy,
                    updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = :was""")
                .param("status", a.status().name()).param("reason", a.returnReason())
                .param("submittedAt", a.submittedAt()).param("submittedBy", a.submittedBy())
                .param("reviewedAt", a.reviewedAt()).param("reviewedBy", a.reviewedBy()).param("now", now)
                .param("id", a.id()).param("version", version).param("was", was.name()).update() == 1;
    }

    /** Whether any self-assessment exists (the demo step's "already loaded" check). */
    boolean any() {
        return jdbc.sql("select count(*) from friendly_assessment").query(Long.class).single() > 0;
    }

    /** Marks an assessment a demo one (no screen sets the mark). */
    void markDemo(long id) {
        jdbc.sql("update friendly_assessment set demo = true where id = :id").param("id", id).update();
    }

    /**
     * Writes a demo assessment directly in its state, marked {@code demo}. No service can produce the demo's
     * reviewed assessment: its commune (the third demo commune) has no account to score and submit it.
     */
    long insertDemo(Assessment a, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into friendly_assessment (unit_id, assessment_year, status, submitted_at, submitted_by,
                    reviewed_at, reviewed_by, demo, created_at, updated_at)
                values (:unit, :year, :status, :submittedAt, :submittedBy, :reviewedAt, :reviewedBy, true,
                    :now, :now)""")
                .param("unit", a.unitId()).param("year", a.year()).param("status", a.status().name())
                .param("submittedAt", a.submittedAt()).param("submittedBy", a.submittedBy())
                .param("reviewedAt", a.reviewedAt()).param("reviewedBy", a.reviewedBy()).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A demo assessment's self-assessed points on one criterion, with its evidence (see {@link #insertDemo}). */
    void insertDemoScore(long assessmentId, long criterionId, BigDecimal points, String evidence) {
        jdbc.sql("insert into friendly_score (assessment_id, criterion_id, points, evidence) values (:a, :c, :p, :e)")
                .param("a", assessmentId).param("c", criterionId).param("p", points).param("e", evidence).update();
    }

    private static Assessment map(ResultSet rs, int n) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("assessment_year"),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getString("return_reason"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("reviewed_by"), rs.getLong("version"));
    }
}
