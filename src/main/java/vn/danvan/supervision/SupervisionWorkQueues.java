package vn.danvan.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/** The Front's supervision requests the person's unit has still to answer, first due first. */
@Component
class SupervisionWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    SupervisionWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.unitStaff()) {
            return List.of();
        }
        List<WorkQueue.Item> open = jdbc.sql("""
                        select q.id, q.title, r.due_date from supervision_recipient r
                        join supervision_request q on q.id = r.request_id
                        where r.unit_id = :unit and r.status = 'OPEN' and q.status = 'SENT'
                        order by r.due_date, q.id""")
                .param("unit", user.unitId())
                .query((rs, n) -> WorkQueue.Item.titled(rs.getString("title"), "/supervision/" + rs.getLong("id"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
        return List.of(WorkQueue.ofAll(50, "work.supervision.answer", open, "/supervision",
                "work.supervision.answer.empty"));
    }
}
