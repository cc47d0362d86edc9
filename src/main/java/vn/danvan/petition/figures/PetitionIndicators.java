package vn.danvan.petition.figures;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import java.util.HashMap;
import vn.danvan.organisation.UnitView;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The petition module's figures for reports, the dashboard and commendation scores, as defined in
 * {@link PetitionFigures}: received, answered, answered on time (percent), average working days to
 * answer, overdue now, and the petitioners' satisfaction (mean rating 1-5).
 */
@Component
class PetitionIndicators implements IndicatorProvider {

    public static final String RECEIVED = "petition.received";
    public static final String ANSWERED = "petition.answered";
    public static final String ANSWERED_ON_TIME_RATE = "petition.answeredOnTimeRate";
    public static final String AVERAGE_WORKING_DAYS_TO_ANSWER = "petition.averageWorkingDaysToAnswer";
    public static final String OVERDUE_NOW = "petition.overdueNow";
    public static final String SATISFACTION = "petition.satisfaction";

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(RECEIVED, "petition.figures.received", IndicatorKind.COUNT, "1b"),
            new IndicatorDefinition(ANSWERED, "petition.figures.answered", IndicatorKind.COUNT, "1b"),
            new IndicatorDefinition(ANSWERED_ON_TIME_RATE, "petition.figures.onTimeRate", IndicatorKind.PERCENT, "1d"),
            new IndicatorDefinition(AVERAGE_WORKING_DAYS_TO_ANSWER, "petition.figures.averageDays",
                    IndicatorKind.DAYS, "1d"),
            new IndicatorDefinition(OVERDUE_NOW, "petition.figures.overdueNow", IndicatorKind.COUNT, "1d",
                    IndicatorDefinition.AtAGlance.LATE_ITEMS),
            new IndicatorDefinition(SATISFACTION, "petition.figures.satisfaction", IndicatorKind.RATING, "1b"));

    private final PetitionFigures figures;
    private final OrganisationService organisation;

    PetitionIndicators(PetitionFigures figures, OrganisationService organisation) {
        this.figures = figures;
        this.organisation = organisation;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, UnitView> known = organisation.units(unitIds);
        Map<Long, PetitionFiguresRow> rows = new HashMap<>();
        figures.forUnits(known.values(), from, to).forEach(r -> rows.put(r.unitId(), r));
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unitId : unitIds) {
            PetitionFiguresRow row = rows.getOrDefault(unitId, PetitionFiguresRow.empty(unitId, null));
            String inbox = "/petitions?unitId=" + unitId;
            values.put(unitId, List.of(
                    new IndicatorValue(RECEIVED, BigDecimal.valueOf(row.received()), inbox),
                    new IndicatorValue(ANSWERED, BigDecimal.valueOf(row.answered()), inbox + "&status=ANSWERED"),
                    new IndicatorValue(ANSWERED_ON_TIME_RATE, row.onTimeRate(), inbox + "&status=ANSWERED"),
                    new IndicatorValue(AVERAGE_WORKING_DAYS_TO_ANSWER, row.averageWorkingDaysToAnswer(),
                            inbox + "&status=ANSWERED"),
                    new IndicatorValue(OVERDUE_NOW, BigDecimal.valueOf(row.overdueNow()), inbox + "&overdue=true"),
                    new IndicatorValue(SATISFACTION, row.satisfaction(), inbox + "&status=ANSWERED")));
        }
        return values;
    }
}
