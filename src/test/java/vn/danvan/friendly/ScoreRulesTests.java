package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.danvan.friendly.ScoreRules.Entry;

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

    @Test
    void aScoreAboveTheMaximumIsRefused() {
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("26", "Minh chứng")), false))
                .containsEntry(1L, "friendly.error.pointsRange");
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("-1", "Minh chứng")), false))
                .containsEntry(1L, "friendly.error.pointsRange");
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("25", "Minh chứng")), false)).isEmpty();
    }

    @Test
    void aScoredCriterionNeedsItsEvidence() {
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("20", " ")), false))
                .containsEntry(1L, "friendly.error.evidenceMissing");
    }

    @Test
    void decimalsWithACommaAreAcceptedUpToTwo() {
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("18,5", "Có")), false)).isEmpty();
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("18,555", "Có")), false))
                .containsEntry(1L, "friendly.error.pointsDecimals");
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("mười", "Có")), false))
                .containsEntry(1L, "friendly.error.pointsNotNumber");
    }

    @Test
    void aDraftMayLeaveCriteriaBlankButASubmissionMayNot() {
        assertThat(ScoreRules.check(SET, Map.of(), false)).isEmpty();
        assertThat(ScoreRules.check(SET, Map.of(), true)).containsOnlyKeys(1L)
                .containsEntry(1L, "friendly.error.pointsMissing");
    }

    @Test
    void theSurveyCriterionIsNeverTyped() {
        assertThat(ScoreRules.check(SET, Map.of(1L, new Entry("20", "Có"), 2L, new Entry("999", null)), true))
                .isEmpty();
    }
}
