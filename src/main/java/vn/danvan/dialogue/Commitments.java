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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.organisation.OrganisationScope;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.DateInput;

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
              from dialogue_commitment m join unit u on u.id = m.owner_unit_id
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

    /** Records a commitment of a held conference; the problems on their fields when refused. */
    public List<ConferenceRules.Problem> add(long conferenceId, String content, Long ownerUnitId, String dueDate) {
        Conference c = conferences.get(conferenceId);
        if (!conferences.canRecord(c.hostUnitId())) {
            throw new AccessDeniedException("not an officer or head of unit " + c.hostUnitId());
        }
        List<ConferenceRules.Problem> problems = new ArrayList<>();
        if (c.status() != ConferenceStatus.HELD) {
            problems.add(new ConferenceRules.Problem("content", "dialogue.error.notHeld"));
        }
        if (content == null || content.isBlank()) {
            problems.add(new ConferenceRules.Problem("content", "dialogue.error.commitmentRequired"));
        }
        if (ownerUnitId == null || organisation.unit(ownerUnitId).isEmpty()) {
            problems.add(new ConferenceRules.Problem("ownerUnitId", "dialogue.error.ownerRequired"));
        }
        LocalDate due = DateInput.parse(dueDate).orElse(null);
        if (dueDate == null || dueDate.isBlank()) {
            problems.add(new ConferenceRules.Problem("dueDate", "dialogue.error.dueDateRequired"));
        } else if (due == null) {
            problems.add(new ConferenceRules.Problem("dueDate", "dialogue.error.dateInvalid"));
        } else if (due.isBefore(c.startsAt().toLocalDate())) {
            problems.add(new ConferenceRules.Problem("dueDate", "dialogue.error.dueBeforeConference"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into dialogue_commitment (conference_id, content, owner_unit_id, due_date, status, created_at,
                    updated_at)
                values (:conference, :content, :owner, :due, 'OPEN', :at, :at)
                """).param("conference", conferenceId).param("content", content.trim()).param("owner", ownerUnitId)
                .param("due", due).param("at", now).update();
        audit.created("dialogue_commitment", conferenceId, c.hostUnitId(),
                Map.of("content", content.trim(), "ownerUnitId", ownerUnitId, "dueDate", due.toString()));
        return List.of();
    }

    /** Closes an open commitment as done, or dropped with a reason. */
    public List<ConferenceRules.Problem> close(long commitmentId, CommitmentStatus next, String reason) {
        Commitment m = jdbc.sql(SELECT + " where m.id = :id").param("id", commitmentId).query(this::map).single();
        Conference c = conferences.get(m.conferenceId());
        if (!conferences.canRecord(c.hostUnitId())) {
            throw new AccessDeniedException("not an officer or head of unit " + c.hostUnitId());
        }
        if (!m.status().allows(next)) {
            return List.of(new ConferenceRules.Problem("status", "dialogue.error.transition"));
        }
        if (next == CommitmentStatus.DROPPED && (reason == null || reason.isBlank())) {
            return List.of(new ConferenceRules.Problem("reason", "dialogue.error.reasonRequired"));
        }
        jdbc.sql("""
                update dialogue_commitment set status = :status, dropped_reason = :reason, done_on = :doneOn,
                    updated_at = :at, version = version + 1 where id = :id
                """).param("status", next.name()).param("reason", next == CommitmentStatus.DROPPED ? reason.trim() : null)
                .param("doneOn", next == CommitmentStatus.DONE ? LocalDate.now(clock) : null)
                .param("at", OffsetDateTime.now(clock)).param("id", commitmentId).update();
        audit.updated("dialogue_commitment", commitmentId, c.hostUnitId(), Map.of("status", m.status().name()),
                Map.of("status", next.name()));
        return List.of();
    }

    static final int NOTE_MAX = 2000;

    /** Adds a dated progress note to a commitment of a held conference; the problem when refused. */
    public List<ConferenceRules.Problem> addNote(long commitmentId, String note) {
        Commitment m = jdbc.sql(SELECT + " where m.id = :id").param("id", commitmentId).query(this::map).optional()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("dialogue commitment", commitmentId));
        Conference c = conferences.get(m.conferenceId());
        if (!conferences.canRecord(c.hostUnitId())) {
            throw new AccessDeniedException("not an officer or head of unit " + c.hostUnitId());
        }
        if (note == null || note.isBlank()) {
            return List.of(new ConferenceRules.Problem("note", "dialogue.error.noteRequired"));
        }
        if (note.strip().length() > NOTE_MAX) {
            return List.of(new ConferenceRules.Problem("note", "dialogue.error.noteTooLong"));
        }
        jdbc.sql("""
                insert into dialogue_commitment_note (commitment_id, note, written_by, written_at)
                values (:m, :note, :by, :at)
                """).param("m", commitmentId).param("note", note.strip()).param("by", scope.requireUser().username())
                .param("at", OffsetDateTime.now(clock)).update();
        audit.created("dialogue_commitment_note", commitmentId, c.hostUnitId(), Map.of("note", note.strip()));
        return List.of();
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
