package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.text.TypedText;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Self-assessments (tự đánh giá): the unit's officers draft the scores with evidence, its head submits,
 * Home Affairs reviews each score (agrees or sets its own with a comment) and accepts, or returns the
 * assessment with a reason. The survey criterion is computed from the survey, frozen on submission.
 */
@Service
@Transactional
class FriendlyAssessments {

    static final String ENTITY = "friendly_assessment";

    private final AssessmentRepository assessments;
    private final JdbcClient jdbc;
    private final OrganisationScope scope;
    private final OrganisationService organisation;
    private final FriendlyCriteria criteria;
    private final FriendlySurvey survey;
    private final AuditService audit;
    private final Clock clock;

    FriendlyAssessments(AssessmentRepository assessments, JdbcClient jdbc, OrganisationScope scope,
            OrganisationService organisation, FriendlyCriteria criteria, FriendlySurvey survey, AuditService audit,
            Clock clock) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.scope = scope;
        this.organisation = organisation;
        this.criteria = criteria;
        this.survey = survey;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ access

    /** Staff that work with assessments: the units' officers and heads, Home Affairs, leaders, administrators. */
    public boolean mayUse() {
        CurrentUser u = scope.requireUser();
        return u.districtWide() || u.has(Role.OFFICER) || u.has(Role.UNIT_HEAD);
    }

    public void requireUse() {
        if (!mayUse()) {
            throw new AccessDeniedException("no access to friendly-office assessments");
        }
    }

    /** Whether the current user may see the unit's assessment and survey results. */
    public boolean canView(long unitId) {
        return mayUse() && scope.canSee(unitId);
    }

    public void checkView(long unitId) {
        if (!canView(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " outside scope");
        }
    }

    /** The unit's own officers and head (its branch) write the scores. */
    public boolean canEdit(long unitId) {
        CurrentUser u = scope.requireUser();
        return (u.has(Role.OFFICER) || u.has(Role.UNIT_HEAD)) && organisation.branch(u.unitId()).contains(unitId);
    }

    public boolean canSubmit(long unitId) {
        return scope.requireUser().has(Role.UNIT_HEAD) && canEdit(unitId);
    }

    public boolean canReview() {
        return scope.requireUser().has(Role.HOME_AFFAIRS);
    }

    /** The unit's own staff may save its scores, its head submit them (403 otherwise). */
    void requireEdit(long unitId, boolean submit) {
        checkView(unitId);
        if (!canEdit(unitId) || (submit && !canSubmit(unitId))) {
            throw new AccessDeniedException("may not score unit " + unitId);
        }
    }

    /** Home Affairs only (403 otherwise). */
    void requireReview() {
        if (!canReview()) {
            throw new AccessDeniedException("only Home Affairs reviews");
        }
    }

    // ------------------------------------------------------------------ reading

    /** The unit's assessment of the year (a blank one when not started). */
    @Transactional
    public AssessmentView view(long unitId, int year) {
        checkView(unitId);
        UnitView unit = unit(unitId);
        return load(unit, year);
    }

    /** The assessments of the year of every assessing unit the user sees, in tree order. */
    public List<AssessmentView> list(int year) {
        requireUse();
        List<AssessmentView> out = new ArrayList<>();
        for (UnitView u : survey.units()) {
            if (scope.canSee(u.id())) {
                out.add(load(u, year));
            }
        }
        return out;
    }

    AssessmentView load(UnitView unit, int year) {
        List<Criterion> set = criteria.criteria(year);
        var row = jdbc.sql("""
                select id, status, return_reason, submitted_at, reviewed_at, version
                  from friendly_assessment where unit_id = :unit and assessment_year = :year""")
                .param("unit", unit.id()).param("year", year)
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("status"), rs.getString("return_reason"),
                    rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("reviewed_at", OffsetDateTime.class),
                    rs.getLong("version")}).optional();
        SurveyResult result = survey.result(unit.id(), year);
        Map<Long, Object[]> scores = new HashMap<>();
        AssessmentStatus status = AssessmentStatus.DRAFT;
        if (row.isPresent()) {
            status = AssessmentStatus.valueOf((String) row.get()[1]);
            jdbc.sql("""
                    select criterion_id, points, evidence, reviewed_points, review_comment
                      from friendly_score where assessment_id = :id""").param("id", row.get()[0])
                    .query(rs -> {
                        scores.put(rs.getLong("criterion_id"), new Object[] {rs.getBigDecimal("points"),
                            rs.getString("evidence"), rs.getBigDecimal("reviewed_points"), rs.getString("review_comment")});
                    });
        }
        List<AssessmentView.Line> lines = new ArrayList<>();
        for (Criterion c : set) {
            Object[] s = scores.get(c.id());
            BigDecimal points = s == null ? null : (BigDecimal) s[0];
            if (c.fromSurvey() && (status.editable() || points == null)) {
                points = ScoreRules.surveyPoints(c.maxPoints(), result.averageSatisfaction());
            }
            lines.add(new AssessmentView.Line(c, points, s == null ? null : (String) s[1],
                    s == null ? null : (BigDecimal) s[2], s == null ? null : (String) s[3]));
        }
        return row.map(r -> new AssessmentView((Long) r[0], unit.id(), unit.name(), year,
                AssessmentStatus.valueOf((String) r[1]), (String) r[2], (OffsetDateTime) r[3], (OffsetDateTime) r[4],
                (Long) r[5], lines, result))
                .orElseGet(() -> new AssessmentView(null, unit.id(), unit.name(), year, AssessmentStatus.DRAFT, null,
                        null, null, -1, lines, result));
    }

    // ------------------------------------------------------------------ the unit's work

    /**
     * Saves the typed scores of the unit's draft or returned assessment and, when the form submits,
     * submits it (the head only; every criterion scored). The form's version is the one shown (-1 for a
     * new one). The problems, each on its field, when refused with nothing saved.
     */
    List<Problem> save(long unitId, int year, AssessmentForm form) {
        boolean submit = form.submitting();
        requireEdit(unitId, submit);
        UnitView unit = unit(unitId);
        if (!FriendlySurvey.assesses(unit)) {
            throw new InvalidRequestException("friendly.error.notAssessed");
        }
        List<Criterion> set = criteria.criteria(year);
        List<Problem> problems = ScoreRules.check(set, form.points(), form.evidence(), submit);
        if (!problems.isEmpty()) {
            return problems;
        }
        AssessmentView before = load(unit, year);
        Assessment assessment = assessments.find(unitId, year).orElseGet(() -> Assessment.draft(unitId, year));
        AssessmentStatus was = assessment.status();
        assessment.requireEditable();
        long version = form.version() == null ? -1 : form.version();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String username = scope.requireUser().username();
        if (submit) {
            assessment.submit(username, now);
        }
        long id;
        if (assessment.id() == null) {
            if (version != -1) {
                throw new OptimisticLockingFailureException("friendly assessment of unit " + unitId);
            }
            id = assessments.insert(assessment, now);
        } else {
            id = assessment.id();
            if (!assessments.save(assessment, was, version, now)) {
                throw new OptimisticLockingFailureException("friendly assessment " + id);
            }
        }
        jdbc.sql("delete from friendly_score where assessment_id = :id").param("id", id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        for (Criterion c : set) {
            BigDecimal points;
            String evidence;
            if (c.fromSurvey()) {
                points = submit ? ScoreRules.surveyPoints(c.maxPoints(), before.survey().averageSatisfaction()) : null;
                evidence = null;
            } else {
                points = form.points().get(c.id());
                evidence = TypedText.of(form.evidence().get(c.id()));
            }
            if (points == null && evidence == null) {
                continue;
            }
            jdbc.sql("""
                    insert into friendly_score (assessment_id, criterion_id, points, evidence)
                    values (:a, :c, :p, :e)""").param("a", id).param("c", c.id()).param("p", points)
                    .param("e", evidence).update();
            after.put(c.name(), points);
        }
        if (submit) {
            after.put("status", assessment.status().name());
        }
        Map<String, Object> old = new LinkedHashMap<>();
        before.lines().forEach(l -> old.put(l.criterion().name(), l.points()));
        old.put("status", was.name());
        audit.updated(ENTITY, id, unitId, nullsAsText(old), nullsAsText(after));
        return List.of();
    }

    // ------------------------------------------------------------------ Home Affairs

    /**
     * The problems of Home Affairs' review, each on its field: points within the criterion's range, and a
     * comment where they differ from the unit's.
     */
    static List<Problem> check(AssessmentView a, ReviewForm form) {
        List<Problem> problems = new ArrayList<>();
        for (AssessmentView.Line l : a.lines()) {
            long c = l.criterion().id();
            BigDecimal p = form.reviewedPoints().get(c);
            String problem = p == null ? null : ScoreRules.pointsProblem(p, l.criterion().maxPoints());
            if (problem != null) {
                problems.add(Problem.on("reviewedPoints[" + c + "]", problem, l.criterion().maxPoints()));
            } else if (p != null && p.compareTo(l.points() == null ? BigDecimal.ZERO : l.points()) != 0
                    && TypedText.isBlank(form.reviewComment().get(c))) {
                problems.add(Problem.on("reviewComment[" + c + "]", "friendly.error.reviewCommentMissing"));
            }
        }
        return problems;
    }

    /** Home Affairs accepts a submitted assessment with its decision on each score; the problems when refused. */
    List<Problem> review(long id, ReviewForm form) {
        AssessmentView a = submitted(id);
        List<Problem> problems = check(a, form);
        if (!problems.isEmpty()) {
            return problems;
        }
        Assessment assessment = assessment(id);
        AssessmentStatus was = assessment.status();
        assessment.review(scope.requireUser().username(), OffsetDateTime.now(clock));
        save(assessment, was, form.version());
        Map<String, Object> after = new LinkedHashMap<>();
        for (AssessmentView.Line l : a.lines()) {
            String comment = TypedText.of(form.reviewComment().get(l.criterion().id()));
            BigDecimal p = form.reviewedPoints().get(l.criterion().id());
            int rows = jdbc.sql("""
                    update friendly_score set reviewed_points = :p, review_comment = :c
                     where assessment_id = :a and criterion_id = :crit""").param("p", p).param("c", comment)
                    .param("a", id).param("crit", l.criterion().id()).update();
            if (rows == 0) {
                jdbc.sql("""
                        insert into friendly_score (assessment_id, criterion_id, points, reviewed_points, review_comment)
                        values (:a, :crit, :own, :p, :c)""").param("a", id).param("crit", l.criterion().id())
                        .param("own", l.points()).param("p", p).param("c", comment).update();
            }
            after.put(l.criterion().name(), p == null ? l.points() : p);
        }
        after.put("status", assessment.status().name());
        audit.updated(ENTITY, id, a.unitId(), Map.of("status", a.status().name()), nullsAsText(after));
        return List.of();
    }

    /**
     * Home Affairs returns a submitted assessment to its unit with a reason (the form's rules); it becomes
     * editable again.
     */
    void returnToUnit(long id, ReturnForm form) {
        AssessmentView a = submitted(id);
        Assessment assessment = assessment(id);
        AssessmentStatus was = assessment.status();
        assessment.returnToUnit(TypedText.of(form.reason()), scope.requireUser().username());
        save(assessment, was, form.version());
        audit.updated(ENTITY, id, a.unitId(), Map.of("status", a.status().name()),
                Map.of("status", assessment.status().name(), "reason", assessment.returnReason()));
    }

    /** The submitted assessment Home Affairs acts on: 403 for anyone else, 404 unknown, 400 when not submitted. */
    AssessmentView submitted(long id) {
        requireReview();
        var key = jdbc.sql("select unit_id, assessment_year from friendly_assessment where id = :id").param("id", id)
                .query((rs, i) -> new long[] {rs.getLong("unit_id"), rs.getInt("assessment_year")}).optional()
                .orElseThrow(() -> new NotFoundException("friendly assessment", id));
        assessment(id).requireSubmitted();
        return load(unit(key[0]), (int) key[1]);
    }

    private Assessment assessment(long id) {
        return assessments.find(id).orElseThrow(() -> new NotFoundException("friendly assessment", id));
    }

    /** Saves the assessment after Home Affairs' move from {@code was}; a stale version is refused. */
    private void save(Assessment assessment, AssessmentStatus was, long version) {
        if (!assessments.save(assessment, was, version, OffsetDateTime.now(clock))) {
            throw new OptimisticLockingFailureException("friendly assessment " + assessment.id());
        }
    }

    /** The assessment's unit and year, for the screens that start from its id. */
    public Optional<long[]> unitAndYear(long id) {
        return jdbc.sql("select unit_id, assessment_year from friendly_assessment where id = :id").param("id", id)
                .query((rs, i) -> new long[] {rs.getLong("unit_id"), rs.getInt("assessment_year")}).optional();
    }

    private UnitView unit(long unitId) {
        return organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private static Map<String, Object> nullsAsText(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v == null ? "" : v.toString()));
        return out;
    }
}
