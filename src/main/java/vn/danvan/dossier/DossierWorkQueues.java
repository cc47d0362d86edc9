package vn.danvan.dossier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/** The dossiers the person's unit is working on (received or in progress), first due first, late ones marked. */
@Component
class DossierWorkQueues implements WorkQueues {

    private static final String WHERE = " where d.unit_id = :unit and d.state in ('RECEIVED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    DossierWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.unitStaff()) {
            return List.of();
        }
        long count = jdbc.sql("select count(*) from dossier d" + WHERE).param("unit", user.unitId())
                .query(Long.class).single();
        List<WorkQueue.Item> oldest = count == 0 ? List.of() : jdbc.sql("""
                        select d.id, d.code, p.name, d.due_date from dossier d
                        join dossier_procedure p on p.id = d.procedure_id""" + WHERE + " order by d.due_date, d.id")
                .param("unit", user.unitId()).withMaxRows(WorkQueue.SHOWN)
                .query((rs, n) -> WorkQueue.Item.named(rs.getString("code"), rs.getString("name"),
                        "/dossiers/" + rs.getLong("id"), rs.getObject("due_date", LocalDate.class)))
                .list();
        return List.of(new WorkQueue(20, "work.dossier.open", count, oldest, "/dossiers?unitId=" + user.unitId(),
                "work.dossier.open.empty"));
    }
}
