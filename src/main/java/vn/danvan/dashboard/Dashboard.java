package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Predicate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorDefinition.AtAGlance;
import vn.danvan.shared.indicator.IndicatorReader;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * Builds the dashboard from every indicator provider, read in one call per provider for all the units
 * ({@link IndicatorReader}, whose guard shows a failing provider's figures as missing): a module that marks an indicator for the
 * dashboard appears here without this class knowing it.
 */
@Service
class Dashboard {

    private final IndicatorReader indicators;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final Clock clock;

    Dashboard(IndicatorReader indicators, OrganisationService organisation, OrganisationScope scope,
            Clock clock) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /** The year so far (1 January to today, or the whole of a past year) for the units in scope. */
    DashboardTable of(int year) {
        return of(year, null);
    }

    /** The directive clauses that indicators evidence, in the directive's order (1a, 1b, ... 2, 3, 4). */
    List<String> clauses() {
        return indicators.definitions().values().stream().map(IndicatorDefinition::directiveClause)
                .distinct().sorted().toList();
    }

    /**
     * As {@link #of(int)}, but with {@code clause} given: every figure that evidences that clause of
     * the directive, whether or not it is shown at a glance (those that are still turn red).
     */
    DashboardTable of(int year, String clause) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        var visible = scope.visibleUnits();
        Predicate<IndicatorDefinition> shown = d -> clause == null ? d.glance() != AtAGlance.NO
                : clause.equals(d.directiveClause());
        List<IndicatorDefinition> columns = indicators.definitions().values().stream().filter(shown).toList();
        List<UnitView> units = organisation.activeUnits().stream().filter(u -> visible.includes(u.id())).toList();
        Map<Long, Map<String, IndicatorValue>> values = from.isAfter(to) || columns.isEmpty() ? Map.of()
                : indicators.values(units.stream().map(UnitView::id).toList(), from, to, shown);
        List<DashboardTable.Row> rows = new ArrayList<>();
        for (UnitView unit : units) {
            Map<String, IndicatorValue> ofUnit = values.getOrDefault(unit.id(), Map.of());
            List<DashboardTable.Cell> cells = columns.stream().map(d -> cell(d, ofUnit.get(d.code()))).toList();
            rows.add(new DashboardTable.Row(unit.id(), unit.name(), unit.depth(), cells));
        }
        return new DashboardTable(year, clause, columns, rows);
    }

    private static DashboardTable.Cell cell(IndicatorDefinition d, IndicatorValue v) {
        BigDecimal value = v == null ? null : v.value();
        boolean attention = switch (d.glance()) {
            case LATE_ITEMS -> value != null && value.signum() > 0;
            case MUST_BE_YES -> value != null && value.signum() == 0; // null: nothing due yet, or not asked of the unit
            case NO -> false;
        };
        return new DashboardTable.Cell(d, value, v == null ? null : v.link(), attention);
    }
}
