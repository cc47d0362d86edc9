package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.WorkQueue;
import vn.danvan.organisation.WorkQueues;

/**
 * Reports: the unit's to write, sign off and send (by the period's deadline; a returned one first of all), those sent
 * to Home Affairs to review, and the consolidated reports waiting for the Chairman's approval.
 */
@Component
class ReportingWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;

    ReportingWorkQueues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        List<WorkQueue> queues = new ArrayList<>();
        if (user.unitStaff()) {
            queues.add(reports(40, "work.report.write", " and r.unit_id = :unit and r.state in (:states)",
                    List.of("NOT_STARTED", "DRAFT", "RETURNED", "SIGNED_OFF"), user.unitId(), "work.report.write.empty"));
        }
        if (user.has(Role.HOME_AFFAIRS)) {
            queues.add(reports(41, "work.report.review", " and r.state in (:states)", List.of("SUBMITTED"), null,
                    "work.report.review.empty"));
        }
        if (user.has(Role.LEADER)) {
            List<WorkQueue.Item> waiting = jdbc.sql("""
                            select id, report_year, deadline from reporting_period
                             where consolidated_at is not null and approved_at is null order by deadline, id""")
                    .query((rs, n) -> new WorkQueue.Item("work.report.consolidated.item",
                            List.of(Integer.toString(rs.getInt("report_year"))), null,
                            "/reporting/periods/" + rs.getLong("id") + "/consolidation", null))
                    .list();
            queues.add(WorkQueue.ofAll(42, "work.report.consolidated", waiting, "/reporting",
                    "work.report.consolidated.empty"));
        }
        return queues;
    }

    private WorkQueue reports(int order, String nameKey, String where, List<String> states, Long unitId,
            String emptyKey) {
        String from = " from unit_report r join reporting_period p on p.id = r.period_id"
                + " join org_unit u on u.id = r.unit_id where p.approved_at is null" + where;
        long count = jdbc.sql("select count(*)" + from).param("states", states).param("unit", unitId)
                .query(Long.class).single();
        List<WorkQueue.Item> oldest = count == 0 ? List.of() : jdbc.sql("select r.id, r.state, p.report_year,"
                        + " p.deadline, u.name" + from + " order by p.deadline, r.id")
                .param("states", states).param("unit", unitId).withMaxRows(WorkQueue.SHOWN)
                .query((rs, n) -> new WorkQueue.Item("work.report.item",
                        List.of(Integer.toString(rs.getInt("report_year")), rs.getString("name")),
                        "reporting.state." + rs.getString("state"), "/reporting/reports/" + rs.getLong("id"),
                        rs.getObject("deadline", LocalDate.class)))
                .list();
        return new WorkQueue(order, nameKey, count, oldest, "/reporting", emptyKey);
    }
}
