package vn.danvan.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danvan.shared.indicator.IndicatorPeriod;
import vn.danvan.shared.indicator.UnitCounts;
import vn.danvan.shared.indicator.Rates;
import vn.danvan.organisation.UnitView;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * The planning figures of a unit for a period (clause 1a). The plan is the one of the year the
 * period ends in; items count when they belong to an approved plan and fall due in the period:
 * total, done (progress 100 %), done on time (finished on or before the due date, as a percentage
 * of the items due), and overdue (not done and due before today or the period's end, whichever is
 * earlier).
 */
@Component
class PlanningIndicators implements IndicatorProvider {

    public static final String PLAN_APPROVED = "planning.planApproved";
    public static final String ITEMS_TOTAL = "planning.itemsTotal";
    public static final String ITEMS_DONE = "planning.itemsDone";
    public static final String ITEMS_DONE_ON_TIME_RATE = "planning.itemsDoneOnTimeRate";
    public static final String ITEMS_OVERDUE = "planning.itemsOverdue";

    private static final String CLAUSE = "1a";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(PLAN_APPROVED, "planning.indicator.planApproved", IndicatorKind.YES_NO, CLAUSE,
                    IndicatorDefinition.AtAGlance.MUST_BE_YES),
            new IndicatorDefinition(ITEMS_TOTAL, "planning.indicator.itemsTotal", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ITEMS_DONE, "planning.indicator.itemsDone", IndicatorKind.COUNT, CLAUSE),
            new IndicatorDefinition(ITEMS_DONE_ON_TIME_RATE, "planning.indicator.itemsDoneOnTimeRate",
                    IndicatorKind.PERCENT, CLAUSE),
            new IndicatorDefinition(ITEMS_OVERDUE, "planning.indicator.itemsOverdue", IndicatorKind.COUNT, CLAUSE,
                    IndicatorDefinition.AtAGlance.LATE_ITEMS));

    private final PlanRepository plans;
    private final OrganisationService organisation;
    private final Clock clock;

    PlanningIndicators(PlanRepository plans, OrganisationService organisation, Clock clock) {
        this.plans = plans;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        int year = to.getYear();
        Map<Long, AnnualPlan> plansOf = plans.findAll(unitIds, year);
        Map<Long, List<PlanItem>> itemsOf = plans.approvedItemsDue(unitIds, from, to);
        Map<Long, UnitView> units = organisation.units(unitIds);
        LocalDate cutoff = new IndicatorPeriod(from, to).cutoff(clock);
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unitId : unitIds) {
            AnnualPlan plan = plansOf.get(unitId);
            String link = plan != null ? "/planning/plans/" + plan.id() : "/planning?year=" + year;
            boolean approved = plan != null && plan.status() == PlanStatus.APPROVED;
            // the Front and its organisations make no plan under the directive: nothing is due from them
            UnitView unit = units.get(unitId);
            boolean planned = unit != null && PlanningUnits.addressed(unit);
            List<PlanItem> items = itemsOf.getOrDefault(unitId, List.of());
            long done = items.stream().filter(PlanItem::done).count();
            long onTime = items.stream().filter(i -> i.done() && i.completedOn() != null
                    && !i.completedOn().isAfter(i.dueDate())).count();
            long overdue = items.stream().filter(i -> !i.done() && i.dueDate().isBefore(cutoff)).count();
            values.put(unitId, List.of(
                    new IndicatorValue(PLAN_APPROVED, planned ? Rates.yesNo(approved) : null, link),
                    new IndicatorValue(ITEMS_TOTAL, BigDecimal.valueOf(items.size()), link),
                    new IndicatorValue(ITEMS_DONE, BigDecimal.valueOf(done), link),
                    new IndicatorValue(ITEMS_DONE_ON_TIME_RATE, Rates.percent(onTime, items.size()), link),
                    new IndicatorValue(ITEMS_OVERDUE, BigDecimal.valueOf(overdue), link)));
        }
        return values;
    }
}
