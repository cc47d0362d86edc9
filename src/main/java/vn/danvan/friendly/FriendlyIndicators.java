package vn.danvan.friendly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorDefinition.AtAGlance;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The friendly-office figures of a unit (clause 4) for the year in which the period ends: the reviewed
 * self-assessment total (null until Home Affairs accepted it), the citizens' overall satisfaction in
 * per cent (1 = 0%, 5 = 100%; null without answers), and whether the self-assessment was submitted,
 * due like the annual report by 15 October of the year (null before that day or for a unit that does
 * not assess itself).
 */
@Component
public class FriendlyIndicators implements IndicatorProvider {

    public static final String SCORE = "friendly.selfAssessmentScore";
    public static final String SATISFACTION = "friendly.surveySatisfaction";
    public static final String SUBMITTED = "friendly.selfAssessmentSubmitted";
    static final MonthDay DUE = MonthDay.of(10, 15);

    private static final String CLAUSE = "4";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(SCORE, "friendly.indicator.score", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(SATISFACTION, "friendly.indicator.satisfaction", IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(SUBMITTED, "friendly.indicator.submitted", IndicatorKind.YES_NO, CLAUSE,
                    AtAGlance.MUST_BE_YES));

    private final JdbcClient jdbc;
    private final FriendlySurvey survey;
    private final Clock clock;

    FriendlyIndicators(JdbcClient jdbc, FriendlySurvey survey, Clock clock) {
        this.jdbc = jdbc;
        this.survey = survey;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<IndicatorValue> values(long unitId, LocalDate from, LocalDate to) {
        int year = to.getYear();
        String link = "/friendly/units/" + unitId + "?year=" + year;
        var row = jdbc.sql("select id, status from friendly_assessment where unit_id = :unit and assessment_year = :year")
                .param("unit", unitId).param("year", year)
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("status")}).optional();
        BigDecimal score = null;
        if (row.isPresent() && "REVIEWED".equals(row.get()[1])) {
            score = jdbc.sql("""
                    select coalesce(sum(coalesce(reviewed_points, points)), 0) from friendly_score
                     where assessment_id = :id""").param("id", row.get()[0]).query(BigDecimal.class).single();
        }
        SurveyResult result = survey.result(unitId, year);
        BigDecimal submitted = null;
        LocalDate today = LocalDate.now(clock);
        boolean assesses = survey.assesses(unitId);
        if (assesses && !today.isBefore(DUE.atYear(year))) {
            submitted = row.isPresent() && !"DRAFT".equals(row.get()[1]) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return List.of(new IndicatorValue(SCORE, score, link),
                new IndicatorValue(SATISFACTION, result.overallPercent(), "/friendly/units/" + unitId + "/survey?year=" + year),
                new IndicatorValue(SUBMITTED, submitted, link));
    }
}
