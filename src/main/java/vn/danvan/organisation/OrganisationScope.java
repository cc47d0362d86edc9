package vn.danvan.organisation;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.danvan.organisation.security.AccountPrincipal;
import vn.danvan.organisation.units.UnitRepository;

/**
 * The organisation scope of the signed-in account: its unit and the units under it, or, for
 * district-wide roles, the branch of the People's Committee it works for (every unit at the top). Every module calls {@link #checkUnit(long)} before it shows or changes
 * a record of a unit, so that a record opened by its URL from outside the scope answers 403.
 */
@Service
public class OrganisationScope {

    private final UnitRepository units;

    OrganisationScope(UnitRepository units) {
        this.units = units;
    }

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /**
     * Units whose records the current user may see: for district-wide roles (Home Affairs, leaders,
     * administrators) the branch of the People's Committee they work for, which is every unit
     * ({@link UnitFilter#all()}) when that committee is the top of the tree (a deployment for one
     * district or province) and the province's branch when a country-wide tree holds many provinces;
     * for the others their unit and the units under it.
     */
    public UnitFilter visibleUnits() {
        CurrentUser user = requireUser();
        if (!user.districtWide()) {
            return UnitFilter.only(units.subtree(user.unitId()));
        }
        return units.committeeOf(user.unitId())
                .map(c -> c.top() ? UnitFilter.ALL : UnitFilter.only(units.subtree(c.id())))
                .orElse(UnitFilter.only(Set.of()));
    }

    public boolean canSee(long unitId) {
        return visibleUnits().includes(unitId);
    }

    /** Throws {@link AccessDeniedException} (403) when the unit is outside the current user's scope. */
    public void checkUnit(long unitId) {
        if (!canSee(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " outside scope");
        }
    }

    /** A set of units, or all of them. */
    public record UnitFilter(boolean all, Set<Long> unitIds) {

        static final UnitFilter ALL = new UnitFilter(true, Set.of());

        static UnitFilter only(Set<Long> ids) {
            return new UnitFilter(false, Set.copyOf(ids));
        }

        public boolean includes(long unitId) {
            return all || unitIds.contains(unitId);
        }

        /** The ids to put in an SQL {@code in (...)}, or null for no restriction. */
        public Set<Long> idsOrNull() {
            return all ? null : unitIds;
        }
    }
}
