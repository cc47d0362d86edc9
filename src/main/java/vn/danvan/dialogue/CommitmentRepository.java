package vn.danvan.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commitments of conferences: loaded with their owner unit's name and overdue flag, inserted open, saved after a move. */
@Repository
class CommitmentRepository {

    private static final String SELECT = """
            select m.id, m.conference_id, m.content, m.owner_unit_id, u.name as owner_unit_name, m.due_date,
                   m.status, m.dropped_reason, m.done_on
              from dialogue_commitment m join org_unit u on u.id = m.owner_unit_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CommitmentRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Commitment> find(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(this::map).optional();
    }

    /** The commitments of one conference, in the order made. */
    List<Commitment> of(long conferenceId) {
        return jdbc.sql(SELECT + " where m.conference_id = :c order by m.id").param("c", conferenceId)
                .query(this::map).list();
    }

    /** Every commitment, in the order made. */
    List<Commitment> all() {
        return jdbc.sql(SELECT + " order by m.id").query(this::map).list();
    }

    /** The open commitments of the host unit's conferences past their due date, oldest due first. */
    List<Commitment> overdueOfHost(long hostUnitId) {
        return jdbc.sql(SELECT + """
                 join dialogue_conference c on c.id = m.conference_id
                 where c.host_unit_id = :host and m.status = 'OPEN' and m.due_date < :today
                 order by m.due_date, m.id
                """).param("host", hostUnitId).param("today", LocalDate.now(clock)).query(this::map).list();
    }

    void insertOpen(long conferenceId, String content, long ownerUnitId, LocalDate dueDate) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into dialogue_commitment (conference_id, content, owner_unit_id, due_date, status, created_at,
                    updated_at)
                values (:conference, :content, :owner, :due, 'OPEN', :at, :at)
                """).param("conference", conferenceId).param("content", content)
                .param("owner", ownerUnitId).param("due", dueDate).param("at", now).update();
    }

    /** Saves the commitment after a move from {@code was}; false when it left that state meanwhile. */
    boolean save(Commitment m, CommitmentStatus was) {
        return jdbc.sql("""
                update dialogue_commitment set status = :status, dropped_reason = :reason, done_on = :doneOn,
                    updated_at = :at, version = version + 1 where id = :id and status = :was
                """).param("status", m.status().name()).param("reason", m.droppedReason())
                .param("doneOn", m.doneOn()).param("at", OffsetDateTime.now(clock)).param("id", m.id())
                .param("was", was.name()).update() == 1;
    }

    private Commitment map(ResultSet rs, int row) throws SQLException {
        CommitmentStatus status = CommitmentStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        return new Commitment(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("content"),
                rs.getLong("owner_unit_id"), rs.getString("owner_unit_name"), due, status,
                rs.getString("dropped_reason"), rs.getObject("done_on", LocalDate.class),
                status.overdue(due, LocalDate.now(clock)));
    }
}
