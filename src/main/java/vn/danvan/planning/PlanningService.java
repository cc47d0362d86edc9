package vn.danvan.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of planning (the leader's dashboard, reports, commendation): the
 * state of each unit's annual plan, and a plan at a glance. No scope is applied: callers show the
 * figures to whom they may.
 */
@Service
@Transactional(readOnly = true)
class PlanningService {

    private final PlanRepository plans;

    PlanningService(PlanRepository plans) {
        this.plans = plans;
    }

    /** The state of each unit's plan of the year, by unit id; a unit without a plan is absent. */
    public Map<Long, PlanStatus> planStates(int year) {
        Map<Long, PlanStatus> states = new HashMap<>();
        for (PlanSummary s : plans.summaries(year, null)) {
            states.put(s.unitId(), s.status());
        }
        return states;
    }

    /** Every plan of the year at a glance: state, approval, number, item count, average progress. */
    public List<PlanSummary> plans(int year) {
        return plans.summaries(year, null);
    }

    /** The unit's plan of the year at a glance, if it has one. */
    public Optional<PlanSummary> plan(long unitId, int year) {
        return plans.summaries(year, List.of(unitId)).stream().findFirst();
    }
}
