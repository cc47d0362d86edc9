package vn.danvan.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * "Tình hình xây dựng kế hoạch năm YYYY": every active unit the directive addresses, in the current
 * user's scope (every unit for Home Affairs, leaders and administrators), with its plan's state,
 * item count and average progress.
 */
@Service
@Transactional(readOnly = true)
class PlanOverview {

    static final String NONE = "NONE";

    private final PlanRepository plans;
    private final OrganisationService organisation;
    private final OrganisationScope scope;

    PlanOverview(PlanRepository plans, OrganisationService organisation, OrganisationScope scope) {
        this.plans = plans;
        this.organisation = organisation;
        this.scope = scope;
    }

    /** The rows of the year, filtered by state ({@code NONE}, a plan status, or null for all). */
    List<PlanOverviewRow> rows(int year, String state) {
        var visible = scope.visibleUnits();
        List<UnitView> units = organisation.activeUnits().stream()
                .filter(u -> visible.includes(u.id()) && PlanningUnits.addressed(u)).toList();
        Map<Long, PlanSummary> byUnit = plans.summaries(year, visible.all() ? null : visible.unitIds()).stream()
                .collect(Collectors.toMap(PlanSummary::unitId, Function.identity()));
        List<PlanOverviewRow> rows = new ArrayList<>();
        for (UnitView u : units) {
            PlanSummary s = byUnit.get(u.id());
            PlanOverviewRow row = s == null
                    ? new PlanOverviewRow(u.id(), u.code(), u.name(), u.depth(), null, null, null, null, 0, null)
                    : new PlanOverviewRow(u.id(), u.code(), u.name(), u.depth(), s.planId(), s.status(),
                            s.approvedAt(), s.documentNumber(), s.items(), s.averageProgress());
            if (state == null || state.isBlank() || state.equals(row.state())) {
                rows.add(row);
            }
        }
        return rows;
    }
}
