package vn.danvan.dialogue;

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
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.NotFoundException;
import vn.danvan.shared.web.Problem;

/**
 * Commitments made at held conferences: recorded by the host unit's officers and head, closed as done
 * or dropped with a reason, public on the portal; an open one past its due date is overdue, flagged,
 * and listed on the host's next conference.
 */
@Service
@Transactional
class Commitments {

    private final CommitmentRepository commitments;
    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final OrganisationService organisation;
    private final AuditService audit;
    private final OrganisationScope scope;
    private final Clock clock;

    Commitments(CommitmentRepository commitments, JdbcClient jdbc, Conferences conferences, OrganisationService organisation, AuditService audit,
            OrganisationScope scope, Clock clock) {
        this.commitments = commitments;
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
        commitments.insertOpen(conferenceId, form.content(), form.ownerUnitId(), form.dueDate());
        audit.created("dialogue_commitment", conferenceId, c.hostUnitId(), Map.of("content", form.content(),
                "ownerUnitId", form.ownerUnitId(), "dueDate", form.dueDate().toString()));
        return List.of();
    }

    /** Closes an open commitment as done, or dropped with a reason. */
    public List<Problem> close(long conferenceId, long commitmentId, CloseCommitmentForm form) {
        Conference c = requireRecordable(conferenceId, commitmentId);
        Commitment m = find(commitmentId);
        CommitmentStatus was = m.status();
        try {
            m.close(form.status(), form.reason(), LocalDate.now(clock));
        } catch (InvalidRequestException refused) {
            return refused.problems();
        }
        if (!commitments.save(m, was)) {
            return List.of(Conferences.STALE);
        }
        audit.updated("dialogue_commitment", commitmentId, c.hostUnitId(), Map.of("status", was.name()),
                Map.of("status", m.status().name()));
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
        return commitments.find(commitmentId).orElseThrow(() -> new NotFoundException("dialogue commitment", commitmentId));
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
        return commitments.of(conferenceId);
    }

    /** The overdue commitments of the host unit's conferences, oldest due first: the agenda of its next conference. */
    @Transactional(readOnly = true)
    public List<Commitment> overdueOfHost(long hostUnitId) {
        return commitments.overdueOfHost(hostUnitId);
    }

    /** Every commitment by conference, for the portal (commitments carry no personal data). */
    @Transactional(readOnly = true)
    public Map<Long, List<Commitment>> byConference() {
        Map<Long, List<Commitment>> all = new LinkedHashMap<>();
        for (Commitment m : commitments.all()) {
            all.computeIfAbsent(m.conferenceId(), k -> new ArrayList<>()).add(m);
        }
        return all;
    }
}
