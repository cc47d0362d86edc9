package vn.danvan.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.text.VietnameseText;

/**
 * A reporting period's completeness as a summary per child unit of one unit (the dashboard's pattern):
 * the unit's own report, then a row per child unit with its own report and the completeness of its
 * whole branch, units with missing reports first; {@code completeness} covers every row and the unit.
 */
record PeriodSummary(UnitView unit, List<UnitView> way, UnitReportStatus ownReport, Completeness completeness,
        List<Row> rows) {

    PeriodSummary {
        way = List.copyOf(way);
        rows = List.copyOf(rows);
    }

    /** A child unit: its own report (null when none is expected of it) and its branch's completeness. */
    record Row(UnitView unit, boolean branch, UnitReportStatus ownReport, Completeness completeness) {
    }

    /** The breadcrumb's units as the shared fragment reads them. */
    record Crumb(long unitId, String name) {
    }

    public List<Crumb> breadcrumb() {
        return way.stream().map(u -> new Crumb(u.id(), u.name())).toList();
    }

    /** The summary of {@code unit}, whose rows are {@code children}, over the reports the viewer may see. */
    static PeriodSummary of(UnitTree tree, UnitView home, UnitView unit, List<UnitView> children,
            List<UnitReportStatus> visible) {
        Map<Long, UnitReportStatus> byUnit = new HashMap<>();
        visible.forEach(r -> byUnit.put(r.unitId(), r));
        List<Row> rows = new ArrayList<>();
        List<UnitReportStatus> all = new ArrayList<>();
        UnitReportStatus own = byUnit.get(unit.id());
        if (own != null) {
            all.add(own);
        }
        for (UnitView child : children) {
            List<UnitReportStatus> ofBranch = new ArrayList<>();
            for (UnitView u : tree.branch(child.id())) {
                UnitReportStatus r = byUnit.get(u.id());
                if (r != null) {
                    ofBranch.add(r);
                }
            }
            all.addAll(ofBranch);
            if (!ofBranch.isEmpty()) {
                rows.add(new Row(child, !tree.children(child.id()).isEmpty(), byUnit.get(child.id()),
                        Completeness.of(ofBranch)));
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.completeness().missing()).reversed()
                .thenComparing(r -> VietnameseText.searchKey(r.unit().name())));
        return new PeriodSummary(unit, tree.way(home, unit), own, Completeness.of(all), rows);
    }
}
