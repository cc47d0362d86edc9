package vn.danvan.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import vn.danvan.organisation.UnitKind;
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
    private final DashboardMonths months;
    private final OrganisationService organisation;
    private final OrganisationScope scope;
    private final Clock clock;

    Dashboard(IndicatorReader indicators, DashboardSnapshots snapshots, DashboardMonths months,
            OrganisationService organisation, OrganisationScope scope, Clock clock) {
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.months = months;
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
     * red). Rows sorted by {@code sort} (null: units needing attention first, worst light first); with
     * {@code communesOnly}, only the child units that are communes' committees (xã, phường, thị trấn).
     *
     * @throws InvalidRequestException (400) for a unit that does not exist or a sort key not on the table
     * @throws AccessDeniedException (403) for a unit outside the viewer's scope
     */
    DashboardTable of(int year, String clause, Long unitId, String sort, boolean descending, boolean communesOnly) {
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
        Own ownFigures = ownFigures(unit, year, shown);
        DashboardTable.Row own = own(unit, ownFigures, columns, view);
        DashboardOverview.Figures branch = DashboardOverview.Figures.of(unit.id(), unit.name(), ownFigures.figures(),
                ownFigures.figures().attentionIn(Rollup.GLANCE));
        List<DashboardOverview.Figures> byUnit = new ArrayList<>();
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
            Map<Long, DashboardOverview.Figures> figures = new HashMap<>();
            for (UnitView child : children) {
                Rollup r = stored.getOrDefault(child.id(), Rollup.empty());
                if (!tree.isUnder(child.id(), unit.id())) {
                    all = all.plus(r); // another tree beside the start: in the total too
                }
                if (communesOnly && child.kind() != UnitKind.COMMUNE_COMMITTEE) {
                    continue;
                }
                rows.add(row(child.id(), child.name(), !tree.children(child.id()).isEmpty(), r, columns, view));
                figures.put(child.id(), DashboardOverview.Figures.of(child.id(), child.name(), r,
                        r.attentionIn(Rollup.GLANCE)));
            }
            total = row(unit.id(), unit.name(), true, all, columns, view);
            branch = DashboardOverview.Figures.of(unit.id(), unit.name(), all, all.attentionIn(Rollup.GLANCE));
            rows.sort(order(sortKey, down));
            rows.forEach(r -> byUnit.add(figures.get(r.unitId())));
        }
        return new DashboardTable(year, clause, columns, unit.id(), breadcrumb(tree, start, unit), total, own, rows,
                sortKey, down, refreshedAt, communesOnly, new DashboardOverview(branch, byUnit,
                        months.of(unit.id()).entrySet().stream()
                                .map(e -> DashboardOverview.Month.of(e.getKey(), e.getValue())).toList()));
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

    /** The indicators the cards read, besides the columns shown. */
    private static final Set<String> CARDS = Set.of(DashboardOverview.PETITIONS_ON_TIME,
            DashboardOverview.DOSSIERS_ON_TIME, DashboardOverview.REPORT_SUBMITTED);

    /** A unit's own figures, read now, with the links to their records. */
    private record Own(Rollup figures, Map<String, IndicatorValue> values) {
    }

    /** The unit's own figures, read now: the columns shown and those of the cards. */
    private Own ownFigures(UnitView unit, int year, Predicate<IndicatorDefinition> shown) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Predicate<IndicatorDefinition> wanted = shown.or(d -> CARDS.contains(d.code()));
        Map<String, IndicatorValue> values = from.isAfter(to) ? Map.of() : indicators.values(unit.id(), from, to, wanted);
        return new Own(Rollup.ofUnit(indicators.definitions(), values), values);
    }

    private static DashboardTable.Row own(UnitView unit, Own own, List<IndicatorDefinition> columns, String view) {
        Rollup r = own.figures();
        List<DashboardTable.Cell> cells = columns.stream().map(d -> new DashboardTable.Cell(d, r.figure(d.code()), true,
                own.values().containsKey(d.code()) ? own.values().get(d.code()).link() : null)).toList();
        return new DashboardTable.Row(unit.id(), unit.name(), false, 1, r.attentionIn(view), cells,
                DashboardOverview.Figures.of(unit.id(), unit.name(), r, r.attentionIn(Rollup.GLANCE)).light());
    }

    private static DashboardTable.Row row(long id, String name, boolean branch, Rollup r,
            List<IndicatorDefinition> columns, String view) {
        List<DashboardTable.Cell> cells = columns.stream()
                .map(d -> new DashboardTable.Cell(d, r.figure(d.code()), r.units() <= 1, null)).toList();
        int glance = r.attentionIn(Rollup.GLANCE);
        return new DashboardTable.Row(id, name, branch, r.units(), r.attentionIn(view), cells,
                DashboardOverview.Figures.of(id, name, r, glance).light());
    }

    private static Comparator<DashboardTable.Row> order(String sort, boolean descending) {
        Comparator<DashboardTable.Row> byName = Comparator.comparing(r -> VietnameseText.searchKey(r.unitName()));
        if (sort.equals(DashboardTable.BY_NAME)) {
            return descending ? byName.reversed() : byName;
        }
        Comparator<DashboardTable.Row> key;
        if (sort.equals(DashboardTable.BY_ATTENTION)) {
            // worst light first, then the most units calling for attention
            key = Comparator.comparing(DashboardTable.Row::light, Comparator.reverseOrder())
                    .thenComparingInt(DashboardTable.Row::attentionUnits);
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
