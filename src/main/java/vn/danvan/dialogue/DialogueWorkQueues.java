package vn.danvan.dialogue;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/** What the person's unit promised citizens at a dialogue and has not done yet, first due first. */
@Component
class DialogueWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    DialogueWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.unitStaff()) {
            return List.of();
        }
        List<WorkQueue.Item> open = jdbc.sql("""
                        select conference_id, content, due_date from dialogue_commitment
                        where owner_unit_id = :unit and status = 'OPEN' order by due_date, id""")
                .param("unit", user.unitId())
                .query((rs, n) -> WorkQueue.Item.titled(rs.getString("content"),
                        "/dialogue/" + rs.getLong("conference_id"), rs.getObject("due_date", LocalDate.class)))
                .list();
        return List.of(WorkQueue.ofAll(51, "work.dialogue.commitment", open, "/dialogue",
                "work.dialogue.commitment.empty"));
    }
}
