package vn.danvan.petition.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitTree;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.InvalidRequestException;

/**
 * The figures pages as summaries per child unit with a drill-down: the portal's always from the
 * stored {@link PetitionFiguresSummary}; the staff screen's from it for its default period (this year
 * to today), read from the petitions of the unit's branch for any other period.
 */
@Service
class PetitionFiguresPages {

    private final PetitionFigures figures;
    private final PetitionFiguresSummary summary;
    private final OrganisationService organisation;
    private final OrganisationScope scope;

    PetitionFiguresPages(PetitionFigures figures, PetitionFiguresSummary summary, OrganisationService organisation,
            OrganisationScope scope) {
        this.figures = figures;
        this.summary = summary;
        this.organisation = organisation;
        this.scope = scope;
    }

    /**
     * The staff's table of {@code unitId} (null: the viewer's own unit, or the committee it serves for
     * the roles that see every unit) for the days {@code from}..{@code to}.
     *
     * @throws InvalidRequestException (400) for a unit that does not exist
     * @throws AccessDeniedException (403) for a unit outside the viewer's scope
     */
    PetitionFiguresTable staff(Long unitId, LocalDate from, LocalDate to) {
        UnitTree tree = organisation.activeTree();
        CurrentUser user = scope.requireUser();
        UnitView home = tree.home(user.unitId(), user.districtWide())
                .orElseThrow(() -> new AccessDeniedException("no active unit"));
        UnitView unit = unitId == null ? home : known(tree, unitId);
        scope.checkUnit(unit.id());
        List<UnitView> children = tree.summaryRows(unit, home, user.districtWide());
        List<PetitionFiguresTable.Crumb> crumbs = tree.way(home, unit).stream()
                .map(u -> new PetitionFiguresTable.Crumb(u.id(), u.name())).toList();
        LocalDate today = figures.today();
        var run = from.equals(today.withDayOfYear(1)) && to.equals(today) ? summary.run(today.getYear())
                .filter(r -> r.to().equals(today)) : java.util.Optional.<PetitionFiguresSummary.Run>empty();
        Map<Long, PetitionFiguresRow> branches;
        if (run.isPresent()) {
            Set<Long> wanted = new HashSet<>();
            wanted.add(unit.id());
            children.forEach(c -> wanted.add(c.id()));
            branches = summary.read(today.getYear(), wanted);
        } else {
            branches = new java.util.HashMap<>(summary.branches(tree, tree.branch(unit.id()), from, to));
            for (UnitView c : children) {
                if (!tree.isUnder(c.id(), unit.id())) {
                    branches.putAll(summary.branches(tree, tree.branch(c.id()), from, to));
                }
            }
        }
        return table(tree, unit, crumbs, children, branches, from, to,
                run.map(PetitionFiguresSummary.Run::refreshedAt).orElse(null));
    }

    /**
     * The public table of {@code unitId}, from the stored summary alone (no unit tree, no petition read):
     * null shows the top, the root when the organisation has one tree, else a row per tree. Null before
     * the summary's first refresh.
     *
     * @throws InvalidRequestException (400) for a unit that does not exist
     */
    PetitionFiguresTable portal(Long unitId) {
        PetitionFiguresSummary.Run run = summary.latest().orElse(null);
        if (run == null) {
            return null; // the task has not run yet on this new database
        }
        int year = run.year();
        List<PetitionFiguresSummary.Stored> roots = summary.roots(year);
        Long shown = unitId != null ? unitId : roots.size() == 1 ? Long.valueOf(roots.get(0).figures().unitId()) : null;
        if (shown == null) {
            PetitionFiguresRow total = PetitionFiguresRow.empty(null, null);
            List<PetitionFiguresTable.Row> rows = new ArrayList<>();
            for (PetitionFiguresSummary.Stored r : roots) {
                total = total.plus(r.figures());
                rows.add(new PetitionFiguresTable.Row(r.figures(), r.branch()));
            }
            return new PetitionFiguresTable(null, List.of(), total.as(null, null), null, rows, run.from(), run.to(),
                    run.refreshedAt());
        }
        List<PetitionFiguresSummary.Stored> found = summary.withChildren(year, shown);
        PetitionFiguresSummary.Stored unit = found.stream().filter(f -> f.figures().unitId().equals(shown)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("petition.figures.unit.unknown", String.valueOf(shown)));
        Map<Long, String> names = summary.names(year, unit.path());
        List<PetitionFiguresTable.Crumb> crumbs = unit.path().stream()
                .map(id -> new PetitionFiguresTable.Crumb(id, names.getOrDefault(id, ""))).toList();
        PetitionFiguresRow own = unit.figures();
        List<PetitionFiguresTable.Row> rows = new ArrayList<>();
        for (PetitionFiguresSummary.Stored c : found) {
            if (c != unit) {
                own = own.minus(c.figures());
                rows.add(new PetitionFiguresTable.Row(c.figures(), c.branch()));
            }
        }
        return new PetitionFiguresTable(shown, crumbs, unit.figures().as(null, null), own, rows, run.from(), run.to(),
                run.refreshedAt());
    }

    private static UnitView known(UnitTree tree, long unitId) {
        return tree.unit(unitId)
                .orElseThrow(() -> new InvalidRequestException("petition.figures.unit.unknown", String.valueOf(unitId)));
    }

    private static PetitionFiguresTable table(UnitTree tree, UnitView unit, List<PetitionFiguresTable.Crumb> crumbs,
            List<UnitView> children, Map<Long, PetitionFiguresRow> branches, LocalDate from, LocalDate to,
            java.time.OffsetDateTime refreshedAt) {
        PetitionFiguresRow branch = branches.getOrDefault(unit.id(), PetitionFiguresRow.empty(unit.id(), null));
        PetitionFiguresRow own = branch.as(unit.id(), unit.name());
        PetitionFiguresRow total = branch.as(null, null);
        List<PetitionFiguresTable.Row> rows = new ArrayList<>();
        for (UnitView c : children) {
            PetitionFiguresRow row = branches.getOrDefault(c.id(), PetitionFiguresRow.empty(c.id(), null))
                    .as(c.id(), c.name());
            if (tree.isUnder(c.id(), unit.id())) {
                own = own.minus(row);
            } else {
                total = total.plus(row); // another tree beside the viewer's committee
            }
            rows.add(new PetitionFiguresTable.Row(row, !tree.children(c.id()).isEmpty()));
        }
        return new PetitionFiguresTable(unit.id(), crumbs, total, own, rows, from, to, refreshedAt);
    }
}
