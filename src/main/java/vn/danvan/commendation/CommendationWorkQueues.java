package vn.danvan.commendation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/** The commendation shortlists Home Affairs submitted and the Chairman has still to decide. */
@Component
class CommendationWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    CommendationWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.has(Role.LEADER)) {
            return List.of();
        }
        List<WorkQueue.Item> waiting = jdbc.sql("""
                        select id, round_year from commendation_round where state = 'SUBMITTED'
                        order by submitted_at, id""")
                .query((rs, n) -> new WorkQueue.Item("work.commendation.item",
                        List.of(Integer.toString(rs.getInt("round_year"))), null, "/commendation/" + rs.getLong("id"),
                        null))
                .list();
        return List.of(WorkQueue.ofAll(43, "work.commendation.decide", waiting, "/commendation",
                "work.commendation.decide.empty"));
    }
}
