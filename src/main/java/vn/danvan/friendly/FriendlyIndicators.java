package vn.danvan.friendly;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import java.util.HashMap;
import java.util.Set;
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
class FriendlyIndicators implements IndicatorProvider {

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
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        int year = to.getYear();
        Map<Long, String> status = new HashMap<>();
        Map<Long, BigDecimal> reviewed = new HashMap<>();
        if (!unitIds.isEmpty()) {
            jdbc.sql("""
                    select a.unit_id, a.status,
                           (select coalesce(sum(coalesce(s.reviewed_points, s.points)), 0) from friendly_score s
                             where s.assessment_id = a.id) as score
                      from friendly_assessment a where a.unit_id in (:units) and a.assessment_year = :year""")
                    .param("units", unitIds).param("year", year).query(rs -> {
                        long unit = rs.getLong("unit_id");
                        status.put(unit, rs.getString("status"));
                        if ("REVIEWED".equals(rs.getString("status"))) {
                            reviewed.put(unit, rs.getBigDecimal("score"));
                        }
                    });
        }
        Map<Long, SurveyResult> results = survey.results(unitIds, year);
        Set<Long> assessed = survey.assessed(unitIds);
        boolean due = !LocalDate.now(clock).isBefore(DUE.atYear(year));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unitId : unitIds) {
            String link = "/friendly/units/" + unitId + "?year=" + year;
            BigDecimal submitted = null;
            if (assessed.contains(unitId) && due) {
                String s = status.get(unitId);
                submitted = Rates.yesNo(s != null && !"DRAFT".equals(s));
            }
            values.put(unitId, List.of(new IndicatorValue(SCORE, reviewed.get(unitId), link),
                    new IndicatorValue(SATISFACTION, results.get(unitId).overallPercent(),
                            "/friendly/units/" + unitId + "/survey?year=" + year),
                    new IndicatorValue(SUBMITTED, submitted, link)));
        }
        return values;
    }
}
