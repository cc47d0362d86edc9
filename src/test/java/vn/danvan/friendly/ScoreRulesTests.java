package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.Problem;

/** The rules of a self-assessment's scores and the survey criterion's formula. */
class ScoreRulesTests {

    private static final Criterion ATTITUDE = new Criterion(1, 2030, "Thái độ", null, 25, 1, null, 0);
    private static final Criterion SURVEY = new Criterion(2, 2030, "Hài lòng", null, 20, 2, Criterion.SURVEY, 0);
    private static final List<Criterion> SET = List.of(ATTITUDE, SURVEY);

    @Test
    void surveyPointsAreMaxTimesAverageMinusOneOverFour() {
        assertThat(ScoreRules.surveyPoints(20, new BigDecimal("5"))).isEqualByComparingTo("20");
        assertThat(ScoreRules.surveyPoints(20, new BigDecimal("1"))).isEqualByComparingTo("0");
        assertThat(ScoreRules.surveyPoints(20, new BigDecimal("4"))).isEqualByComparingTo("15");
        assertThat(ScoreRules.surveyPoints(15, new BigDecimal("3.5"))).isEqualByComparingTo("9.38");
    }

    @Test
    void surveyPointsAreZeroWithoutAnswers() {
        assertThat(ScoreRules.surveyPoints(20, null)).isEqualByComparingTo("0");
    }

    @Test
    void averageSatisfactionIsTheMeanOfTheQuestionsAndOverallIsScaledToAHundred() {
        var result = new SurveyResult(1, 2030, 2, List.of(new BigDecimal("5"), new BigDecimal("4"),
                new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("4.5")));
        assertThat(result.averageSatisfaction()).isEqualByComparingTo("4.10");
        assertThat(result.overallPercent()).isEqualByComparingTo("87.5");
        assertThat(new SurveyResult(1, 2030, 0, List.of()).overallPercent()).isNull();
    }

    private static List<Problem> check(Map<Long, BigDecimal> points, Map<Long, String> evidence, boolean submitting) {
        return ScoreRules.check(SET, points, evidence, submitting);
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void aScoreAboveTheMaximumIsRefused() {
        assertThat(check(Map.of(1L, new BigDecimal("26")), Map.of(1L, "Minh chứng"), false))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("points[1]");
                    assertThat(p.messageKey()).isEqualTo("friendly.error.pointsRange");
                    assertThat(p.arguments()).containsExactly(25);
                });
        assertThat(keys(check(Map.of(1L, new BigDecimal("-1")), Map.of(1L, "Minh chứng"), false)))
                .containsExactly("points[1] friendly.error.pointsRange");
        assertThat(check(Map.of(1L, new BigDecimal("25")), Map.of(1L, "Minh chứng"), false)).isEmpty();
    }

    @Test
    void aScoredCriterionNeedsItsEvidence() {
        assertThat(keys(check(Map.of(1L, new BigDecimal("20")), Map.of(1L, " "), false)))
                .containsExactly("evidence[1] friendly.error.evidenceMissing");
    }

    @Test
    void decimalsAreAcceptedUpToTwo() {
        assertThat(check(Map.of(1L, new BigDecimal("18.5")), Map.of(1L, "Có"), false)).isEmpty();
        assertThat(keys(check(Map.of(1L, new BigDecimal("18.555")), Map.of(1L, "Có"), false)))
                .containsExactly("points[1] friendly.error.pointsDecimals");
    }

    @Test
    void aDraftMayLeaveCriteriaBlankButASubmissionMayNot() {
        assertThat(check(Map.of(), Map.of(), false)).isEmpty();
        assertThat(keys(check(Map.of(), Map.of(), true))).containsExactly("points[1] friendly.error.pointsMissing");
        assertThat(keys(check(Map.of(), Map.of(1L, "Minh chứng không điểm"), false)))
                .containsExactly("points[1] friendly.error.pointsMissing");
    }

    @Test
    void theSurveyCriterionIsNeverTyped() {
        assertThat(check(Map.of(1L, new BigDecimal("20"), 2L, new BigDecimal("999")), Map.of(1L, "Có"), true))
                .isEmpty();
    }

}
