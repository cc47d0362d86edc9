package vn.danvan.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.audit.AuditService;

/**
 * The attendee list (danh sách người dự) of a conference, when one is taken: entered and read by the
 * officers and head of the host unit itself, never by units above it, never on the portal, in the
 * minutes or in the audit trail (which records only that a line was added or removed). Lines may be
 * added and removed until the conference is cancelled; once it is held, the list may not grow beyond
 * the attendance count recorded.
 */
@Service
@Transactional
public class Attendees {

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

    /** Adds a line; the problems on their fields with nothing saved when refused. */
    public List<ConferenceRules.Problem> add(long conferenceId, String fullName, String address) {
        Conference c = requireHostStaff(conferenceId);
        List<ConferenceRules.Problem> problems = new ArrayList<>();
        if (c.status() == ConferenceStatus.CANCELLED) {
            problems.add(new ConferenceRules.Problem("fullName", "dialogue.error.attendeeCancelled"));
        }
        if (fullName == null || fullName.isBlank()) {
            problems.add(new ConferenceRules.Problem("fullName", "dialogue.error.attendeeNameRequired"));
        } else if (fullName.strip().length() > NAME_MAX) {
            problems.add(new ConferenceRules.Problem("fullName", "dialogue.error.attendeeNameTooLong"));
        }
        if (address != null && address.strip().length() > ADDRESS_MAX) {
            problems.add(new ConferenceRules.Problem("address", "dialogue.error.attendeeAddressTooLong"));
        }
        int listed = list(conferenceId).size();
        if (c.status() == ConferenceStatus.HELD && c.attendance() != null && listed + 1 > c.attendance()) {
            problems.add(new ConferenceRules.Problem("fullName", "dialogue.error.attendeeBeyondCount"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        int position = jdbc.sql("select coalesce(max(position), 0) from dialogue_attendee where conference_id = :c")
                .param("c", conferenceId).query(Integer.class).single() + 1;
        jdbc.sql("""
                insert into dialogue_attendee (conference_id, position, full_name, address)
                values (:c, :position, :name, :address)
                """).param("c", conferenceId).param("position", position).param("name", fullName.strip())
                .param("address", address == null || address.isBlank() ? null : address.strip()).update();
        // the attendee is personal data: the audit trail records the line, not the person
        audit.created("dialogue_attendee", conferenceId, c.hostUnitId(), Map.of("position", position));
        return List.of();
    }

    /** Removes a line of the list, unless the conference was cancelled. */
    public List<ConferenceRules.Problem> remove(long conferenceId, long attendeeId) {
        Conference c = requireHostStaff(conferenceId);
        if (c.status() == ConferenceStatus.CANCELLED) {
            return List.of(new ConferenceRules.Problem("fullName", "dialogue.error.attendeeCancelled"));
        }
        Integer position = jdbc.sql("select position from dialogue_attendee where id = :id and conference_id = :c")
                .param("id", attendeeId).param("c", conferenceId).query(Integer.class).optional()
                .orElseThrow(() -> new vn.danvan.shared.web.NotFoundException("dialogue attendee", attendeeId));
        jdbc.sql("delete from dialogue_attendee where id = :id").param("id", attendeeId).update();
        audit.updated("dialogue_attendee", conferenceId, c.hostUnitId(), Map.of("position", position),
                Map.of("removed", true));
        return List.of();
    }

    private List<Attendee> list(long conferenceId) {
        return jdbc.sql("""
                select id, conference_id, position, full_name, address from dialogue_attendee
                 where conference_id = :c order by position
                """).param("c", conferenceId).query((rs, n) -> new Attendee(rs.getLong("id"),
                        rs.getLong("conference_id"), rs.getInt("position"), rs.getString("full_name"),
                        rs.getString("address"))).list();
    }

    private Conference requireHostStaff(long conferenceId) {
        Conference c = conferences.get(conferenceId);
        if (!conferences.isHostStaff(c.hostUnitId())) {
            throw new AccessDeniedException("not staff of host unit " + c.hostUnitId());
        }
        return c;
    }
}
