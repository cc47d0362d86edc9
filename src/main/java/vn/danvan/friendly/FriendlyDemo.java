package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoActors;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The friendly-office demo step, with no assessment yet: the current year's criteria, survey answers for the
 * three demo communes (An Bình, Phước Vĩnh and An Linh in 2018; Phú Giáo, Phước Hòa and An Long in 2025),
 * the first commune's self-assessment submitted and the third's reviewed. The first commune's head submits
 * through {@link FriendlyAssessments} as on the screens; the third commune has no account, so its reviewed
 * assessment is written by the {@link AssessmentRepository}.
 */
@Component
class FriendlyDemo implements DemoStep {

    private static final String[] EVIDENCE = {
        "Niêm yết quy tắc ứng xử tại bộ phận một cửa; không có phản ánh về thái độ cán bộ trong năm.",
        "Công khai đầy đủ thủ tục hành chính, phí, lệ phí tại trụ sở và trên cổng thông tin.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn theo sổ theo dõi một cửa.",
        "Bố trí nơi tiếp dân có ghế ngồi, nước uống, sơ đồ hướng dẫn."};

    private final AssessmentRepository assessments;
    private final FriendlyAssessments service;
    private final FriendlyCriteria criteria;
    private final FriendlySurvey survey;
    private final OrganisationService organisation;
    private final DemoActors actors;
    private final Clock clock;

    FriendlyDemo(AssessmentRepository assessments, FriendlyAssessments service, FriendlyCriteria criteria,
            FriendlySurvey survey, OrganisationService organisation, DemoActors actors, Clock clock) {
        this.assessments = assessments;
        this.service = service;
        this.actors = actors;
        this.criteria = criteria;
        this.survey = survey;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.FRIENDLY;
    }

    @Override
    public boolean loaded() {
        return assessments.any();
    }

    @Override
    public void load(DemoDataset set) {
        UnitView first = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView third = organisation.demoUnit(DemoPart.THIRD_COMMUNE).orElseThrow();
        UnitView second = organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow();
        int year = LocalDate.now(clock).getYear();
        criteria.ensureYear(year);
        List<Criterion> criteriaOfYear = criteria.criteria(year);
        Random random = new Random(2018);
        answers(first.id(), 12, 4, random);
        answers(third.id(), 9, 3, random);
        answers(second.id(), 6, 3, random);
        submit(first.id(), year, criteriaOfYear, new double[] {22, 18, 17, 12});
        reviewed(third.id(), year, criteriaOfYear, new double[] {23, 19, 18, 13});
    }

    private void answers(long unitId, int count, int low, Random random) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < count; i++) {
            List<Integer> r = List.of(low + random.nextInt(6 - low), low + random.nextInt(6 - low),
                    low + random.nextInt(6 - low), low - 1 + random.nextInt(7 - low), low + random.nextInt(6 - low));
            survey.insert(unitId, now.minusHours(3L * i + 1), r, i % 4 == 0 ? "Cán bộ hướng dẫn tận tình." : null, true);
        }
    }

    /** The commune's head scores and submits the assessment, as on the screens. */
    private void submit(long unitId, int year, List<Criterion> set, double[] points) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        Map<Long, String> evidence = new HashMap<>();
        int i = 0;
        for (Criterion c : set) {
            if (!c.fromSurvey()) {
                scores.put(c.id(), selfPoints(c, points, i));
                evidence.put(c.id(), EVIDENCE[i % EVIDENCE.length]);
                i++;
            }
        }
        actors.as("anbinh.truong", () -> {
            List<?> problems = service.save(unitId, year,
                    new AssessmentForm(year, scores, evidence, -1L, AssessmentForm.Action.SUBMIT));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo assessment refused: " + problems);
            }
        });
        assessments.markDemo(assessments.find(unitId, year).orElseThrow().id());
    }

    /** The points the unit gives itself on its i-th own criterion, at most the criterion's maximum. */
    private static BigDecimal selfPoints(Criterion c, double[] points, int i) {
        return BigDecimal.valueOf(Math.min(points[Math.min(i, points.length - 1)], c.maxPoints()));
    }

    /**
     * The unit's assessment submitted and reviewed by Home Affairs as it stands, with its scores, written by the
     * repository: the third commune has no account to submit it (see {@link AssessmentRepository#insertDemo}).
     */
    private void reviewed(long unitId, int year, List<Criterion> set, double[] points) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = assessments.insertDemo(new Assessment(null, unitId, year, AssessmentStatus.REVIEWED, null, now,
                "demo", now, "noivu", 0), now);
        SurveyResult result = survey.result(unitId, year);
        int i = 0;
        for (Criterion c : set) {
            BigDecimal p = c.fromSurvey() ? ScoreRules.surveyPoints(c.maxPoints(), result.averageSatisfaction())
                    : selfPoints(c, points, i);
            String evidence = c.fromSurvey() ? null : EVIDENCE[i % EVIDENCE.length];
            assessments.insertDemoScore(id, c.id(), p, evidence);
            if (!c.fromSurvey()) {
                i++;
            }
        }
    }
}
