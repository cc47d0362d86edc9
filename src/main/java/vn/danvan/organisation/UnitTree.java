package vn.danvan.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The active units (not retired) as one tree read once, for pages that summarise a branch per child
 * unit with a drill-down: a unit's children, the path from its root to it, and under which child of
 * a unit any unit of its branch falls. Units in tree order (parents before children, siblings by kind
 * and name). Built by {@link OrganisationService#activeTree()}; cheap to ask, nothing read again.
 */
public final class UnitTree {

    private final Map<Long, UnitView> byId = new LinkedHashMap<>();
    private final Map<Long, List<UnitView>> children = new HashMap<>();
    private final List<UnitView> roots = new ArrayList<>();

    /** {@code units} in tree order; a unit whose parent is not among them is a root. */
    public UnitTree(List<UnitView> units) {
        units.forEach(u -> byId.put(u.id(), u));
        for (UnitView u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
    }

    /** Every unit in tree order. */
    public List<UnitView> units() {
        return List.copyOf(byId.values());
    }

    public Optional<UnitView> unit(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(long id) {
        return byId.containsKey(id);
    }

    /** The units without a parent (a district has its committee and its Front, for instance). */
    public List<UnitView> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** The units directly under {@code id}, in tree order; none for a leaf or an unknown unit. */
    public List<UnitView> children(long id) {
        return Collections.unmodifiableList(children.getOrDefault(id, List.of()));
    }

    /** The units from the root of {@code id}'s tree down to {@code id}, both included; empty if unknown. */
    public List<UnitView> path(long id) {
        List<UnitView> path = new ArrayList<>();
        for (UnitView u = byId.get(id); u != null; u = u.parentId() == null ? null : byId.get(u.parentId())) {
            path.add(0, u);
        }
        return path;
    }

    /**
     * The nearest unit of {@code kind} at or above {@code id} (the committee an office serves, say), or
     * the root of its tree when there is none; empty if unknown.
     */
    public Optional<UnitView> nearest(long id, UnitKind kind) {
        List<UnitView> path = path(id);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).kind() == kind) {
                return Optional.of(path.get(i));
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(0));
    }

    /** Every unit of the branch under {@code id} (itself included), in tree order. */
    public List<UnitView> branch(long id) {
        List<UnitView> out = new ArrayList<>();
        UnitView top = byId.get(id);
        if (top != null) {
            addBranch(top, out);
        }
        return out;
    }

    private void addBranch(UnitView u, List<UnitView> out) {
        out.add(u);
        children.getOrDefault(u.id(), List.of()).forEach(c -> addBranch(c, out));
    }

    /**
     * Where a viewer's summaries per child unit open: their own unit; for the roles that see every unit,
     * the committee their unit serves (the root committee for its chairman, the province for a
     * province's Home Affairs), or the first root when their unit is not in the tree.
     */
    public Optional<UnitView> home(long unitId, boolean districtWide) {
        if (districtWide) {
            return nearest(unitId, UnitKind.PEOPLES_COMMITTEE).or(() -> roots.stream().findFirst());
        }
        return unit(unitId);
    }

    /**
     * The rows of a summary of {@code unit}: its children; at the home of a viewer who sees every unit,
     * also the roots of the organisation's other trees (the Front's beside the committee's).
     */
    public List<UnitView> summaryRows(UnitView unit, UnitView home, boolean districtWide) {
        List<UnitView> rows = new ArrayList<>(children(unit.id()));
        if (districtWide && unit.id() == home.id()) {
            long ownRoot = path(home.id()).get(0).id();
            roots.stream().filter(r -> r.id() != ownRoot).forEach(rows::add);
        }
        return rows;
    }

    /** Whether {@code unit} is {@code ancestor} or under it. */
    public boolean isUnder(long unit, long ancestor) {
        return path(unit).stream().anyMatch(u -> u.id() == ancestor);
    }

    /**
     * The way down from {@code home} to {@code unit} for a breadcrumb: home, then the units down to
     * {@code unit}; for a unit outside home's branch (another tree), home and then that unit's path.
     */
    public List<UnitView> way(UnitView home, UnitView unit) {
        List<UnitView> path = path(unit.id());
        int at = -1;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).id() == home.id()) {
                at = i;
            }
        }
        List<UnitView> way = new ArrayList<>();
        if (at < 0) {
            way.add(home);
        }
        way.addAll(path.subList(Math.max(at, 0), path.size()));
        return way;
    }
}
