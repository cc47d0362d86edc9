package vn.danvan.model;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/**
 * The models and exemplary people units submitted with their evidence, waiting for Home Affairs to evaluate them,
 * first submitted first (Home Affairs alone evaluates, see {@link Models}).
 */
@Component
class ModelWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    ModelWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.has(Role.HOME_AFFAIRS)) {
            return List.of();
        }
        List<WorkQueue.Item> submitted = jdbc.sql("""
                        select e.id, e.name, u.name as unit_name from model_entry e join org_unit u on u.id = e.unit_id
                        where e.status = 'SUBMITTED' order by e.submitted_at, e.id""")
                .query((rs, n) -> new WorkQueue.Item("work.model.item",
                        List.of(rs.getString("name"), rs.getString("unit_name")), null,
                        "/models/" + rs.getLong("id"), null))
                .list();
        return List.of(WorkQueue.ofAll(44, "work.model.evaluate", submitted, "/models", "work.model.evaluate.empty"));
    }
}
