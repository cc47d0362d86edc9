package vn.danvan.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/** The contents the person's unit has still to make public, first due first, for its officers and head. */
@Component
class DisclosureWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    DisclosureWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.unitStaff()) {
            return List.of();
        }
        boolean kept = jdbc.sql("select count(*) from disclosure where unit_id = :unit").param("unit", user.unitId())
                .query(Long.class).single() > 0;
        if (!kept) {
            return List.of();
        }
        List<WorkQueue.Item> due = jdbc.sql("""
                        select id, title, due_date from disclosure
                         where unit_id = :unit and public_from is null and due_date <= :soon
                         order by due_date, id""")
                .param("unit", user.unitId()).param("soon", today.plusDays(30))
                .query((rs, n) -> WorkQueue.Item.titled(rs.getString("title"), "/disclosures/" + rs.getLong("id"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
        return List.of(WorkQueue.ofAll(53, "work.disclosure.due", due, "/disclosures", "work.disclosure.due.empty"));
    }
}
