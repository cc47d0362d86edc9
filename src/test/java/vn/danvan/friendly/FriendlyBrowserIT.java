package vn.danvan.friendly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The friendly-office year clicked through: a citizen rates An Bình on the portal; An Bình's head finds
 * the survey criterion computed from the answers, scores the others with evidence and submits; Home
 * Affairs lowers one score with a comment and accepts the review.
 */
@DanVanIntegrationTest
class FriendlyBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    FriendlySurvey survey;

    private static String shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    @Test
    void aCitizenAnswersTheSurveyTheHeadSubmitsAndHomeAffairsReviews() {
        long anBinh = jdbc.sql("select id from unit where code = 'ABINH'").query(Long.class).single();
        int year = LocalDate.now(clock).getYear();
        // the demo start submitted An Bình's assessment of this year: start again from nothing
        jdbc.sql("""
                delete from friendly_score where assessment_id in
                    (select id from friendly_assessment where unit_id = :u and assessment_year = :y)""")
                .param("u", anBinh).param("y", year).update();
        jdbc.sql("delete from friendly_assessment where unit_id = :u and assessment_year = :y").param("u", anBinh)
                .param("y", year).update();
        long answersBefore = survey.result(anBinh, year).answers();

        open("/");
        clickAndWaitForPage(By.id("portal-survey"));
        select(By.id("unitId"), "Ủy ban nhân dân xã An Bình");
        for (String q : FriendlySurvey.QUESTIONS) {
            click(By.id(q + "-5"));
        }
        type(By.id("comment"), "Cán bộ một cửa hướng dẫn rất kỹ");
        clickAndWaitForPage(By.id("survey-send"));
        assertThat(text(By.id("survey-thanks"))).isEqualTo("Cảm ơn ông/bà");
        SurveyResult result = survey.result(anBinh, year);
        assertThat(result.answers()).isEqualTo(answersBefore + 1);

        signIn("anbinh.truong", DEMO_PASSWORD);
        clickMenu("nav-friendly");
        waitForPathMatching("/friendly/units/" + anBinh + ".*");
        List<Criterion> set = jdbc.sql("""
                select id, assessment_year, name, description, max_points, sort_order, source, version
                  from friendly_criterion where assessment_year = :y order by sort_order""").param("y", year)
                .query(Criterion.class).list();
        Criterion surveyCriterion = set.stream().filter(Criterion::fromSurvey).findFirst().orElseThrow();
        BigDecimal surveyPoints = ScoreRules.surveyPoints(surveyCriterion.maxPoints(), result.averageSatisfaction());
        assertThat(text(By.id("computed-" + surveyCriterion.id()))).isEqualTo(shown(surveyPoints));
        assertThat(isPresent(By.id("points_" + surveyCriterion.id()))).isFalse();

        BigDecimal total = surveyPoints;
        for (Criterion c : set) {
            if (c.fromSurvey()) {
                continue;
            }
            int points = c.maxPoints() - 2;
            total = total.add(BigDecimal.valueOf(points));
            type(By.id("points_" + c.id()), Integer.toString(points));
            type(By.id("evidence_" + c.id()), "Minh chứng: " + c.name());
        }
        clickAndWaitForPage(By.id("submit-assessment"));
        assertThat(text(By.id("assessment-status"))).isEqualTo("Đã gửi, chờ thẩm định");
        assertThat(text(By.id("self-total"))).isEqualTo(shown(total));
        assertThat(isPresent(By.id("save-scores"))).isFalse();
        signOut();

        signIn("noivu", DEMO_PASSWORD);
        clickMenu("nav-friendly");
        assertThat(text(By.id("unit-" + anBinh))).contains("Đã gửi, chờ thẩm định");
        clickAndWaitForPage(By.cssSelector("#unit-" + anBinh + " a"));
        Criterion first = set.get(0);
        type(By.id("reviewedPoints_" + first.id()), Integer.toString(first.maxPoints() - 5));
        type(By.id("reviewComment_" + first.id()), "Còn một phản ánh về thái độ tiếp dân");
        clickAndWaitForPage(By.id("accept-assessment"));
        assertThat(text(By.id("assessment-status"))).isEqualTo("Đã thẩm định");
        assertThat(text(By.id("reviewed-total"))).isEqualTo(shown(total.subtract(BigDecimal.valueOf(3))));
        assertThat(bodyText()).contains("Còn một phản ánh về thái độ tiếp dân");
    }
}
