package vn.danvan.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Commitments made at held conferences: recorded by the host unit's officers and head, closed as done
 * or dropped with a reason, public on the portal; an open one past its due date is overdue, flagged,
 * and listed on the host's next conference.
 */
@Service
@Transactional
public class Commitments {

    private static final String SELECT = """
            select m.id, m.conference_id, m.content, m.owner_unit_id, u.name as owner_unit_name, m.due_date,
                   m.status, m.dropped_reason
              from dialogue_commitment m join org_unit u on u.id = m.owner_unit_id
            """;

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final OrganisationScope scope;
    private final Clock clock;

    Commitments(JdbcClient jdbc, Conferences conferences, OrganisationService organisation, AuditService audit,
            OrganisationScope scope, Clock clock) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The conference when the current user may record it (403 otherwise), and the commitment is one of
     * its own (404 otherwise).
     */
    @Transactional(readOnly = true)
    Conference requireRecordable(long conferenceId, long commitmentId) {
        Conference c = conferences.requireRecordable(conferenceId);
        if (find(commitmentId).conferenceId() != conferenceId) {
            throw new NotFoundException("dialogue commitment", commitmentId);
        }
        return c;
    }

    /** The rules of a commitment the form's fields cannot say alone: a held conference, a unit, a due date after it. */
    @Transactional(readOnly = true)
    List<Problem> check(Conference c, CommitmentForm form) {
        List<Problem> problems = new ArrayList<>();
        if (c.status() != ConferenceStatus.HELD) {
            problems.add(Problem.of("dialogue.error.notHeld"));
        }
        if (form.ownerUnitId() != null && organisation.unit(form.ownerUnitId()).isEmpty()) {
            problems.add(Problem.on("ownerUnitId", "dialogue.error.ownerRequired"));
        }
        if (form.dueDate() != null && form.dueDate().isBefore(c.startsAt().toLocalDate())) {
            problems.add(Problem.on("dueDate", "dialogue.error.dueBeforeConference"));
        }
        return problems;
    }

    /** Records a commitment of a held conference; the problems on their fields when refused. */
    public List<Problem> add(long conferenceId, CommitmentForm form) {
        Conference c = conferences.requireRecordable(conferenceId);
        List<Problem> problems = check(c, form);
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into dialogue_commitment (conference_id, content, owner_unit_id, due_date, status, created_at,
                    updated_at)
                values (:conference, :content, :owner, :due, 'OPEN', :at, :at)
                """).param("conference", conferenceId).param("content", form.content())
                .param("owner", form.ownerUnitId()).param("due", form.dueDate()).param("at", now).update();
        audit.created("dialogue_commitment", conferenceId, c.hostUnitId(), Map.of("content", form.content(),
                "ownerUnitId", form.ownerUnitId(), "dueDate", form.dueDate().toString()));
        return List.of();
    }

    /** Closes an open commitment as done, or dropped with a reason. */
    public List<Problem> close(long conferenceId, long commitmentId, CloseCommitmentForm form) {
        Conference c = requireRecordable(conferenceId, commitmentId);
        Commitment m = find(commitmentId);
        CommitmentStatus next = form.status();
        if (!m.status().allows(next)) {
            return List.of(Problem.of("dialogue.error.transition"));
        }
        String reason = next == CommitmentStatus.DROPPED ? form.reason() : null;
        if (next == CommitmentStatus.DROPPED && reason == null) {
            return List.of(Problem.on("reason", "dialogue.error.reasonRequired"));
        }
        jdbc.sql("""
                update dialogue_commitment set status = :status, dropped_reason = :reason, done_on = :doneOn,
                    updated_at = :at, version = version + 1 where id = :id
                """).param("status", next.name()).param("reason", reason)
                .param("doneOn", next == CommitmentStatus.DONE ? LocalDate.now(clock) : null)
                .param("at", OffsetDateTime.now(clock)).param("id", commitmentId).update();
        audit.updated("dialogue_commitment", commitmentId, c.hostUnitId(), Map.of("status", m.status().name()),
                Map.of("status", next.name()));
        return List.of();
    }

    static final int NOTE_MAX = 2000;

    /** Adds a dated progress note to a commitment of a held conference. */
    public void addNote(long conferenceId, long commitmentId, NoteForm form) {
        Conference c = requireRecordable(conferenceId, commitmentId);
        jdbc.sql("""
                insert into dialogue_commitment_note (commitment_id, note, written_by, written_at)
                values (:m, :note, :by, :at)
                """).param("m", commitmentId).param("note", form.note()).param("by", scope.requireUser().username())
                .param("at", OffsetDateTime.now(clock)).update();
        audit.created("dialogue_commitment_note", commitmentId, c.hostUnitId(), Map.of("note", form.note()));
    }

    private Commitment find(long commitmentId) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", commitmentId).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("dialogue commitment", commitmentId));
    }

    /** The progress notes of the commitments of one conference (all conferences when null), by commitment, oldest first. */
    @Transactional(readOnly = true)
    public Map<Long, List<CommitmentNote>> notes(Long conferenceId) {
        var spec = jdbc.sql("""
                select n.id, n.commitment_id, n.note, n.written_at from dialogue_commitment_note n
                  join dialogue_commitment m on m.id = n.commitment_id
                """ + (conferenceId == null ? "" : " where m.conference_id = :c") + " order by n.written_at, n.id");
        if (conferenceId != null) {
            spec = spec.param("c", conferenceId);
        }
        Map<Long, List<CommitmentNote>> all = new LinkedHashMap<>();
        spec.query((rs, n) -> new CommitmentNote(rs.getLong("id"), rs.getLong("commitment_id"), rs.getString("note"),
                rs.getObject("written_at", OffsetDateTime.class))).list()
                .forEach(note -> all.computeIfAbsent(note.commitmentId(), k -> new ArrayList<>()).add(note));
        return all;
    }

    /** The commitments of one conference, in the order made. */
    @Transactional(readOnly = true)
    public List<Commitment> of(long conferenceId) {
        return jdbc.sql(SELECT + " where m.conference_id = :c order by m.id").param("c", conferenceId)
                .query(this::map).list();
    }

    /** The overdue commitments of the host unit's conferences, oldest due first: the agenda of its next conference. */
    @Transactional(readOnly = true)
    public List<Commitment> overdueOfHost(long hostUnitId) {
        return jdbc.sql(SELECT + """
                 join dialogue_conference c on c.id = m.conference_id
                 where c.host_unit_id = :host and m.status = 'OPEN' and m.due_date < :today
                 order by m.due_date, m.id
                """).param("host", hostUnitId).param("today", LocalDate.now(clock)).query(this::map).list();
    }

    /** Every commitment by conference, for the portal (commitments carry no personal data). */
    @Transactional(readOnly = true)
    public Map<Long, List<Commitment>> byConference() {
        Map<Long, List<Commitment>> all = new LinkedHashMap<>();
        for (Commitment m : jdbc.sql(SELECT + " order by m.id").query(this::map).list()) {
            all.computeIfAbsent(m.conferenceId(), k -> new ArrayList<>()).add(m);
        }
        return all;
    }

    private Commitment map(ResultSet rs, int row) throws SQLException {
        CommitmentStatus status = CommitmentStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        return new Commitment(rs.getLong("id"), rs.getLong("conference_id"), rs.getString("content"),
                rs.getLong("owner_unit_id"), rs.getString("owner_unit_name"), due, status,
                rs.getString("dropped_reason"), status.overdue(due, LocalDate.now(clock)));
    }
}
