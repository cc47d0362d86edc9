package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The friendly-office demo step, with no assessment yet: the current year's criteria, survey answers for the
 * three demo communes (An Bình, Phước Vĩnh and An Linh in 2018; Phú Giáo, Phước Hòa and An Long in 2025),
 * the first commune's self-assessment submitted and the third's reviewed.
 */
@Component
class FriendlyDemo implements DemoStep {

    private static final String[] EVIDENCE = {
        "Niêm yết quy tắc ứng xử tại bộ phận một cửa; không có phản ánh về thái độ cán bộ trong năm.",
        "Công khai đầy đủ thủ tục hành chính, phí, lệ phí tại trụ sở và trên cổng thông tin.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn theo sổ theo dõi một cửa.",
        "Bố trí nơi tiếp dân có ghế ngồi, nước uống, sơ đồ hướng dẫn."};

    private final AssessmentRepository assessments;
    private final FriendlyCriteria criteria;
    private final FriendlySurvey survey;
    private final OrganisationService organisation;
    private final Clock clock;

    FriendlyDemo(AssessmentRepository assessments, FriendlyCriteria criteria,
            FriendlySurvey survey, OrganisationService organisation, Clock clock) {
        this.assessments = assessments;
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
        assessment(first.id(), year, criteriaOfYear, AssessmentStatus.SUBMITTED, new double[] {22, 18, 17, 12});
        assessment(third.id(), year, criteriaOfYear, AssessmentStatus.REVIEWED, new double[] {23, 19, 18, 13});
    }

    private void answers(long unitId, int count, int low, Random random) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < count; i++) {
            List<Integer> r = List.of(low + random.nextInt(6 - low), low + random.nextInt(6 - low),
                    low + random.nextInt(6 - low), low - 1 + random.nextInt(7 - low), low + random.nextInt(6 - low));
            survey.insert(unitId, now.minusHours(3L * i + 1), r, i % 4 == 0 ? "Cán bộ hướng dẫn tận tình." : null, true);
        }
    }

    /**
     * The unit's assessment in its state with its scores, written by the repository: the third commune has no
     * account to submit it (see {@link AssessmentRepository#insertDemo}).
     */
    private void assessment(long unitId, int year, List<Criterion> set, AssessmentStatus status, double[] points) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean reviewed = status == AssessmentStatus.REVIEWED;
        long id = assessments.insertDemo(new Assessment(null, unitId, year, status, null, now, "demo",
                reviewed ? now : null, reviewed ? "noivu" : null, 0), now);
        SurveyResult result = survey.result(unitId, year);
        int i = 0;
        for (Criterion c : set) {
            BigDecimal p = c.fromSurvey() ? ScoreRules.surveyPoints(c.maxPoints(), result.averageSatisfaction())
                    : BigDecimal.valueOf(Math.min(points[Math.min(i, points.length - 1)], c.maxPoints()));
            String evidence = c.fromSurvey() ? null : EVIDENCE[i % EVIDENCE.length];
            assessments.insertDemoScore(id, c.id(), p, evidence);
            if (!c.fromSurvey()) {
                i++;
            }
        }
    }
}
