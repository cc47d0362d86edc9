package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorDefinition.AtAGlance;
import vn.danvan.shared.indicator.IndicatorReader;
import vn.danvan.shared.indicator.IndicatorValue;
import vn.danvan.shared.text.VietnameseText;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * Builds the dashboard of one unit: a row per child unit with the figures of its whole branch, read
 * from the stored {@link DashboardSnapshots} (a few hundred rows whatever the size of the tree), and
 * the unit's own figures read live from every indicator provider ({@link IndicatorReader}, for one unit),
 * with their links. A module that marks an indicator for the dashboard appears here without this class
 * knowing it.
 *
 * <p>Where a viewer starts: their own unit; for the roles that see every unit, the committee their unit
 * serves (the root committee for its chairman, the province for a province's Home Affairs), with the
 * other trees of the organisation (the Front's) as rows beside its children.
 */
@Service
class Dashboard {

    private final IndicatorReader indicators;
    private final DashboardSnapshots snapshots;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final Clock clock;

    Dashboard(IndicatorReader indicators, DashboardSnapshots snapshots, OrganisationService organisation,
            OrganisationScope scope, Clock clock) {
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /** The directive clauses that indicators evidence, in the directive's order (1a, 1b, ... 2, 3, 4). */
    List<String> clauses() {
        return indicators.definitions().values().stream().map(IndicatorDefinition::directiveClause)
                .distinct().sorted().toList();
    }

    /** The sort keys a table of {@code clause} accepts: name, attention and its columns' codes. */
    static boolean sortable(String sort, List<IndicatorDefinition> columns) {
        return sort.equals(DashboardTable.BY_NAME) || sort.equals(DashboardTable.BY_ATTENTION)
                || columns.stream().anyMatch(c -> c.code().equals(sort));
    }

    /**
     * The dashboard of {@code unitId} (null: where the viewer starts) for {@code year}: the year so far
     * (1 January to today, or the whole of a past year); with {@code clause}, every figure that evidences
     * that clause of the directive, whether or not it is shown at a glance (those that are still turn
     * red). Rows sorted by {@code sort} (null: units needing attention first).
     *
     * @throws InvalidRequestException (400) for a unit that does not exist or a sort key not on the table
     * @throws AccessDeniedException (403) for a unit outside the viewer's scope
     */
    DashboardTable of(int year, String clause, Long unitId, String sort, boolean descending) {
        Predicate<IndicatorDefinition> shown = d -> clause == null ? d.glance() != AtAGlance.NO
                : clause.equals(d.directiveClause());
        List<IndicatorDefinition> columns = indicators.definitions().values().stream().filter(shown).toList();
        String sortKey = sort == null || sort.isBlank() ? DashboardTable.BY_ATTENTION : sort;
        boolean down = sort == null || sort.isBlank() || descending;
        if (!sortable(sortKey, columns)) {
            throw new InvalidRequestException("dashboard.sort.unknown", sortKey);
        }
        UnitTree tree = organisation.activeTree();
        UnitView start = start(tree);
        UnitView unit = unitId == null ? start : tree.unit(unitId)
                .orElseThrow(() -> new InvalidRequestException("dashboard.unit.unknown", String.valueOf(unitId)));
        scope.checkUnit(unit.id());

        boolean districtWide = scope.requireUser().districtWide();
        List<UnitView> children = tree.summaryRows(unit, start, districtWide);
        String view = clause == null ? Rollup.GLANCE : clause;
        DashboardTable.Row own = own(unit, year, columns, shown, view);
        DashboardTable.Row total = null;
        List<DashboardTable.Row> rows = new ArrayList<>();
        OffsetDateTime refreshedAt = null;
        if (!children.isEmpty()) {
            refreshedAt = snapshots.ensure(year);
            Set<Long> wanted = new HashSet<>();
            wanted.add(unit.id());
            children.forEach(c -> wanted.add(c.id()));
            Map<Long, Rollup> stored = snapshots.read(year, wanted);
            Rollup all = stored.getOrDefault(unit.id(), Rollup.empty());
            for (UnitView child : children) {
                Rollup r = stored.getOrDefault(child.id(), Rollup.empty());
                rows.add(row(child.id(), child.name(), !tree.children(child.id()).isEmpty(), r, columns, view));
                if (!tree.isUnder(child.id(), unit.id())) {
                    all = all.plus(r); // another tree beside the start: in the total too
                }
            }
            total = row(unit.id(), unit.name(), true, all, columns, view);
            rows.sort(order(sortKey, down));
        }
        return new DashboardTable(year, clause, columns, unit.id(), breadcrumb(tree, start, unit), total, own, rows,
                sortKey, down, refreshedAt);
    }

    /** The unit a viewer's dashboard opens on. */
    UnitView start(UnitTree tree) {
        CurrentUser user = scope.requireUser();
        return tree.home(user.unitId(), user.districtWide())
                .orElseThrow(() -> new AccessDeniedException("no active unit"));
    }

    private static List<DashboardTable.Crumb> breadcrumb(UnitTree tree, UnitView start, UnitView unit) {
        return tree.way(start, unit).stream().map(u -> new DashboardTable.Crumb(u.id(), u.name())).toList();
    }

    /** The unit's own figures, read now with their links. */
    private DashboardTable.Row own(UnitView unit, int year, List<IndicatorDefinition> columns, Predicate<IndicatorDefinition> shown,
            String view) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Map<String, IndicatorValue> values = from.isAfter(to) || columns.isEmpty() ? Map.of()
                : indicators.values(unit.id(), from, to, shown);
        Rollup r = Rollup.ofUnit(indicators.definitions(), values);
        List<DashboardTable.Cell> cells = columns.stream().map(d -> new DashboardTable.Cell(d, r.figure(d.code()), true,
                values.containsKey(d.code()) ? values.get(d.code()).link() : null)).toList();
        return new DashboardTable.Row(unit.id(), unit.name(), false, 1, r.attentionIn(view), cells);
    }

    private static DashboardTable.Row row(long id, String name, boolean branch, Rollup r,
            List<IndicatorDefinition> columns, String view) {
        List<DashboardTable.Cell> cells = columns.stream()
                .map(d -> new DashboardTable.Cell(d, r.figure(d.code()), r.units() <= 1, null)).toList();
        return new DashboardTable.Row(id, name, branch, r.units(), r.attentionIn(view), cells);
    }

    private static Comparator<DashboardTable.Row> order(String sort, boolean descending) {
        Comparator<DashboardTable.Row> byName = Comparator.comparing(r -> VietnameseText.searchKey(r.unitName()));
        if (sort.equals(DashboardTable.BY_NAME)) {
            return descending ? byName.reversed() : byName;
        }
        Comparator<DashboardTable.Row> key;
        if (sort.equals(DashboardTable.BY_ATTENTION)) {
            key = Comparator.comparingInt(DashboardTable.Row::attentionUnits);
            key = descending ? key.reversed() : key;
        } else {
            Comparator<BigDecimal> values = descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.naturalOrder();
            key = Comparator.comparing((DashboardTable.Row r) -> valueOf(r, sort), Comparator.nullsLast(values));
        }
        return key.thenComparing(byName);
    }

    private static BigDecimal valueOf(DashboardTable.Row row, String code) {
        return row.cells().stream().filter(c -> c.indicator().code().equals(code)).findFirst()
                .map(DashboardTable.Cell::sortValue).orElse(null);
    }
}
