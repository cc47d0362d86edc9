package vn.danvan.petition.handling;

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
 * The petitions that are a person's to act on: to accept (their unit's new ones), to route (Home Affairs: those no
 * unit holds yet), to assign and to approve (the unit's head), and to answer (those assigned to them). Each queue is
 * counted from the tally or an index and shows its first due.
 */
@Component
class PetitionWorkQueues implements WorkQueues {

    private final JdbcClient jdbc;
    private final PetitionTally tally;

    PetitionWorkQueues(JdbcClient jdbc, PetitionTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    @Override
    public List<WorkQueue> of(CurrentUser user, LocalDate today) {
        List<WorkQueue> queues = new ArrayList<>();
        boolean handler = user.has(Role.OFFICER) || user.has(Role.UNIT_HEAD) || user.has(Role.HOME_AFFAIRS);
        long unit = user.unitId();
        if (user.has(Role.HOME_AFFAIRS) || user.has(Role.ADMIN)) {
            queues.add(ofUnit(10, "work.petition.route", null, PetitionStatus.RECEIVED,
                    "/petitions?status=RECEIVED", "work.petition.route.empty"));
        }
        if (handler) {
            queues.add(ofUnit(11, "work.petition.accept", unit, PetitionStatus.RECEIVED,
                    "/petitions?status=RECEIVED&unitId=" + unit, "work.petition.accept.empty"));
        }
        if (user.has(Role.UNIT_HEAD)) {
            queues.add(ofUnit(12, "work.petition.assign", unit, PetitionStatus.ACCEPTED,
                    "/petitions?status=ACCEPTED&unitId=" + unit, "work.petition.assign.empty"));
        }
        if (handler) {
            queues.add(assignedTo(user.accountId()));
        }
        if (user.has(Role.UNIT_HEAD)) {
            queues.add(ofUnit(14, "work.petition.approve", unit, PetitionStatus.ANSWER_DRAFTED,
                    "/petitions?status=ANSWER_DRAFTED&unitId=" + unit, "work.petition.approve.empty"));
        }
        return queues;
    }

    /** A unit's petitions in one state ({@code unitId} null: those not routed yet), first due first. */
    private WorkQueue ofUnit(int order, String nameKey, Long unitId, PetitionStatus status, String listPath,
            String emptyKey) {
        long count = tally.count(List.of(unitId == null ? PetitionTally.NOT_ROUTED : unitId), status);
        List<WorkQueue.Item> oldest = count == 0 ? List.of() : jdbc.sql("select id, code, title, answer_due from petition"
                        + " where status = :status and " + (unitId == null ? "unit_id is null" : "unit_id = :unit")
                        + " order by answer_due, id")
                .param("status", status.name()).param("unit", unitId).withMaxRows(WorkQueue.SHOWN)
                .query(PetitionWorkQueues::item).list();
        return new WorkQueue(order, nameKey, count, oldest, listPath, emptyKey);
    }

    /** The open petitions assigned to the person, to work on and answer. */
    private WorkQueue assignedTo(long accountId) {
        String where = " where assignee_account_id = :me and status in ('ASSIGNED', 'IN_PROGRESS', 'INFO_REQUESTED')";
        long count = jdbc.sql("select count(*) from petition" + where).param("me", accountId).query(Long.class).single();
        List<WorkQueue.Item> oldest = count == 0 ? List.of() : jdbc.sql("select id, code, title, answer_due from petition"
                        + where + " order by answer_due, id")
                .param("me", accountId).withMaxRows(WorkQueue.SHOWN).query(PetitionWorkQueues::item).list();
        return new WorkQueue(13, "work.petition.answer", count, oldest, "/petitions?mine=true",
                "work.petition.answer.empty");
    }

    private static WorkQueue.Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return WorkQueue.Item.named(rs.getString("code"), rs.getString("title"), "/petitions/" + rs.getLong("id"),
                rs.getObject("answer_due", LocalDate.class));
    }
}
