package vn.danvan.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * The attendee list (danh sách người dự) of a conference, when one is taken: entered and read by the
 * officers and head of the host unit itself, never by units above it, never on the portal, in the
 * minutes or in the audit trail (which records only that a line was added or removed). Lines may be
 * added and removed until the conference is cancelled; once it is held, the list may not grow beyond
 * the attendance count recorded.
 */
@Service
@Transactional
class Attendees {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 500;

    private final JdbcClient jdbc;
    private final Conferences conferences;
    private final AuditService audit;

    Attendees(JdbcClient jdbc, Conferences conferences, AuditService audit) {
        this.jdbc = jdbc;
        this.conferences = conferences;
        this.audit = audit;
    }

    /** The list, in the order entered; 403 for anyone but the host unit's staff. */
    @Transactional(readOnly = true)
    public List<Attendee> of(long conferenceId) {
        requireHostStaff(conferenceId);
        return list(conferenceId);
    }

    /** The rules of a new line the form's fields cannot say alone: a conference not cancelled, room in the count. */
    @Transactional(readOnly = true)
    List<Problem> check(Conference c) {
        List<Problem> problems = new ArrayList<>();
        if (c.status() == ConferenceStatus.CANCELLED) {
            problems.add(Problem.of("dialogue.error.attendeeCancelled"));
        }
        int listed = list(c.id()).size();
        if (c.status() == ConferenceStatus.HELD && c.attendance() != null && listed + 1 > c.attendance()) {
            problems.add(Problem.on("fullName", "dialogue.error.attendeeBeyondCount"));
        }
        return problems;
    }

    /** Adds a line; the problems with nothing saved when refused. */
    public List<Problem> add(long conferenceId, AttendeeForm form) {
        Conference c = requireHostStaff(conferenceId);
        List<Problem> problems = check(c);
        if (!problems.isEmpty()) {
            return problems;
        }
        int position = jdbc.sql("select coalesce(max(position), 0) from dialogue_attendee where conference_id = :c")
                .param("c", conferenceId).query(Integer.class).single() + 1;
        jdbc.sql("""
                insert into dialogue_attendee (conference_id, position, full_name, address)
                values (:c, :position, :name, :address)
                """).param("c", conferenceId).param("position", position).param("name", form.fullName())
                .param("address", form.address()).update();
        // the attendee is personal data: the audit trail records the line, not the person
        audit.created("dialogue_attendee", conferenceId, c.hostUnitId(), Map.of("position", position));
        return List.of();
    }

    /** Removes a line of the list, unless the conference was cancelled (a page that no longer holds: 400). */
    public void remove(long conferenceId, long attendeeId) {
        Conference c = requireHostStaff(conferenceId);
        if (c.status() == ConferenceStatus.CANCELLED) {
            throw new InvalidRequestException("dialogue.error.attendeeCancelled");
        }
        Integer position = jdbc.sql("select position from dialogue_attendee where id = :id and conference_id = :c")
                .param("id", attendeeId).param("c", conferenceId).query(Integer.class).optional()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("dialogue attendee", attendeeId));
        jdbc.sql("delete from dialogue_attendee where id = :id").param("id", attendeeId).update();
        audit.updated("dialogue_attendee", conferenceId, c.hostUnitId(), Map.of("position", position),
                Map.of("removed", true));
    }

    private List<Attendee> list(long conferenceId) {
        return jdbc.sql("""
                select id, conference_id, position, full_name, address from dialogue_attendee
                 where conference_id = :c order by position
                """).param("c", conferenceId).query((rs, n) -> new Attendee(rs.getLong("id"),
                        rs.getLong("conference_id"), rs.getInt("position"), rs.getString("full_name"),
                        rs.getString("address"))).list();
    }

    /** The conference, when the current user is an officer or the head of its host unit itself; 403 otherwise. */
    Conference requireHostStaff(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        if (!conferences.isHostStaff(c.hostUnitId())) {
            throw new AccessDeniedException("not staff of host unit " + c.hostUnitId());
        }
        return c;
    }
}
