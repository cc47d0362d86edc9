package vn.danvan.consultation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/**
 * A commune's consultations to open (a draft whose opening day has come) and to close (open past its closing day), for
 * the commune's officers and head; each due on the day it should open or close.
 */
@Component
class ConsultationWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;
    private final Consultations consultations;

    ConsultationWorkQueues(JdbcClient jdbc, Consultations consultations) {
        this.jdbc = jdbc;
        this.consultations = consultations;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        if (!user.unitStaff() || !consultations.canRecord(user.unitId())) {
            return List.of();
        }
        List<WorkQueue.Item> due = jdbc.sql("""
                        select id, title, status, case when status = 'DRAFT' then opens_on else closes_on end as due
                        from consultation
                        where unit_id = :unit and ((status = 'DRAFT' and opens_on <= :today)
                                                   or (status = 'OPEN' and closes_on <= :today))
                        order by due, id""")
                .param("unit", user.unitId()).param("today", today)
                .query((rs, n) -> new WorkQueue.Item("work.item.title", List.of(rs.getString("title")),
                        "work.consultation." + rs.getString("status"), "/consultations/" + rs.getLong("id"),
                        rs.getObject("due", LocalDate.class)))
                .list();
        return List.of(WorkQueue.ofAll(52, "work.consultation.due", due, "/consultations",
                "work.consultation.due.empty"));
    }
}
