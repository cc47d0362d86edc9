package vn.danvan.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;

/**
 * A round's ranking as a summary per child unit of one unit (the dashboard's pattern): the best
 * {@link #TOP} ranked units of its branch with their rank in the whole round, then a row per child unit
 * with how many of its branch are ranked, the best rank among them and their mean total; drilling into
 * a child shows its best units. A national round of 3,321 communes stays a page of a few hundred rows.
 */
record RankingSummary(List<Crumb> breadcrumb, int ranked, List<UnitScore> top, List<Child> children) {

    static final int TOP = 50;

    RankingSummary {
        breadcrumb = List.copyOf(breadcrumb);
        top = List.copyOf(top);
        children = List.copyOf(children);
    }

    /** A unit on the way down; the last one is the unit shown. */
    record Crumb(long unitId, String name) {
    }

    /** A child unit's branch: units ranked in it, the best rank among them, their mean total (two decimals). */
    record Child(long unitId, String name, boolean branch, int ranked, int bestRank, BigDecimal meanTotal) {
    }

    /**
     * The ranking's units in {@code unit}'s branch and {@code rows}' branches (best first, as ranked),
     * summarised; {@code top} are the best of them, their parts still to read.
     */
    static RankingSummary of(UnitTree tree, UnitView home, UnitView unit, List<UnitView> rows, List<UnitScore> ranking) {
        Map<Long, Long> rowOf = new HashMap<>();
        tree.branch(unit.id()).forEach(u -> rowOf.put(u.id(), 0L));
        for (UnitView r : rows) {
            tree.branch(r.id()).forEach(u -> rowOf.put(u.id(), r.id()));
        }
        List<UnitScore> inView = ranking.stream().filter(s -> rowOf.containsKey(s.unitId())).toList();
        Map<Long, List<UnitScore>> byRow = new HashMap<>();
        inView.forEach(s -> byRow.computeIfAbsent(rowOf.get(s.unitId()), k -> new ArrayList<>()).add(s));
        List<Child> children = new ArrayList<>();
        for (UnitView r : rows) {
            List<UnitScore> of = byRow.getOrDefault(r.id(), List.of());
            if (of.isEmpty()) {
                continue;
            }
            BigDecimal sum = of.stream().map(UnitScore::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            children.add(new Child(r.id(), r.name(), !tree.children(r.id()).isEmpty(), of.size(), of.get(0).rank(),
                    sum.divide(BigDecimal.valueOf(of.size()), 2, RoundingMode.HALF_UP)));
        }
        children.sort(java.util.Comparator.comparingInt(Child::bestRank));
        List<Crumb> crumbs = tree.way(home, unit).stream().map(u -> new Crumb(u.id(), u.name())).toList();
        return new RankingSummary(crumbs, inView.size(), inView.subList(0, Math.min(TOP, inView.size())), children);
    }
}
