package vn.danvan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/** The unit's annual plans to write (a draft, or returned by the head) and, for the head, those sent to approve. */
@Component
class PlanningWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    PlanningWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        List<WorkQueue> queues = new ArrayList<>();
        if (user.unitStaff()) {
            queues.add(queue(30, "work.plan.write", user.unitId(), List.of("DRAFT", "RETURNED"),
                    "work.plan.write.empty"));
        }
        if (user.has(Role.UNIT_HEAD)) {
            queues.add(queue(31, "work.plan.approve", user.unitId(), List.of("SUBMITTED"), "work.plan.approve.empty"));
        }
        return queues;
    }

    private WorkQueue queue(int order, String nameKey, long unitId, List<String> states, String emptyKey) {
        List<WorkQueue.Item> plans = jdbc.sql("""
                        select id, plan_year, status from annual_plan
                         where unit_id = :unit and status in (:states) order by plan_year, id""")
                .param("unit", unitId).param("states", states)
                .query((rs, n) -> new WorkQueue.Item("work.plan.item", List.of(Integer.toString(rs.getInt("plan_year"))),
                        "planning.status." + rs.getString("status"), "/planning/plans/" + rs.getLong("id"), null))
                .list();
        return WorkQueue.ofAll(order, nameKey, plans, "/planning", emptyKey);
    }
}
