package vn.danvan.dialogue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.shared.web.Problem;

/**
 * A conference or reception session; the attendee list and askers are not part of it. Each change of
 * state is a method that checks the current state, refuses with a message naming it, and checks the
 * move's own rules; {@link ConferenceRepository} saves the result. Views read it through its accessors.
 * {@code chairName} is the chair as recorded, "name, title"; {@code secretaryName} who took the minutes.
 */
final class Conference {

    private final long id;
    private final long hostUnitId;
    private final String hostUnitName;
    private final ConferenceKind kind;
    private final String chairName;
    private LocalDateTime startsAt;
    private final String place;
    private final String topic;
    private final String audience;
    private ConferenceStatus status;
    private boolean shortNotice;
    private Integer attendance;
    private String postponedReason;
    private String cancelledReason;
    private String secretaryName;
    private OffsetDateTime heldAt;
    private final long version;

    Conference(long id, long hostUnitId, String hostUnitName, ConferenceKind kind, String chairName,
            LocalDateTime startsAt, String place, String topic, String audience, ConferenceStatus status,
            boolean shortNotice, Integer attendance, String postponedReason, String cancelledReason,
            String secretaryName, OffsetDateTime heldAt, long version) {
        this.id = id;
        this.hostUnitId = hostUnitId;
        this.hostUnitName = hostUnitName;
        this.kind = kind;
        this.chairName = chairName;
        this.startsAt = startsAt;
        this.place = place;
        this.topic = topic;
        this.audience = audience;
        this.status = status;
        this.shortNotice = shortNotice;
        this.attendance = attendance;
        this.postponedReason = postponedReason;
        this.cancelledReason = cancelledReason;
        this.secretaryName = secretaryName;
        this.heldAt = heldAt;
        this.version = version;
    }

    /**
     * Moves the conference to a new start, with the reason and the short-notice warning worked out for
     * it ({@link ConferenceRules#checkPostpone}); refused when held or cancelled, or with the rules' problems.
     */
    void postpone(LocalDateTime newStart, String reason, ConferenceRules.Checked checked) {
        move(ConferenceStatus.POSTPONED, checked.problems());
        startsAt = newStart;
        postponedReason = reason;
        shortNotice = checked.shortNotice();
    }

    /** Cancels the conference with a reason; final. */
    void cancel(String reason) {
        move(ConferenceStatus.CANCELLED, ConferenceRules.checkCancel(reason));
        cancelledReason = reason;
    }

    /**
     * Records the conference as held with its attendance count, not below the {@code listed} attendees;
     * a wrong count is refused before the state is asked.
     */
    void hold(Integer count, int listed, String secretary, OffsetDateTime at) {
        InvalidRequestException.throwIfAny(ConferenceRules.checkAttendance(count, listed));
        move(ConferenceStatus.HELD, List.of());
        attendance = count;
        secretaryName = secretary;
        heldAt = at;
    }

    /** Refuses a move the state does not allow, naming the state, then the move's own problems; else moves. */
    private void move(ConferenceStatus next, List<Problem> problems) {
        if (!status.allows(next)) {
            throw new InvalidRequestException("dialogue.error.transition",
                    new DefaultMessageSourceResolvable(status.messageKey()));
        }
        InvalidRequestException.throwIfAny(problems);
        status = next;
    }

    /** The chair's full name alone, as it signs the minutes ("Trần Văn Bình" of "Trần Văn Bình, Chủ tịch ..."). */
    public String chairFullName() {
        if (chairName == null) {
            return null;
        }
        int comma = chairName.indexOf(',');
        return (comma < 0 ? chairName : chairName.substring(0, comma)).strip();
    }

    public long id() { return id; }
    public long hostUnitId() { return hostUnitId; }
    public String hostUnitName() { return hostUnitName; }
    public ConferenceKind kind() { return kind; }
    public String chairName() { return chairName; }
    public LocalDateTime startsAt() { return startsAt; }
    public String place() { return place; }
    public String topic() { return topic; }
    public String audience() { return audience; }
    public ConferenceStatus status() { return status; }
    public boolean shortNotice() { return shortNotice; }
    public Integer attendance() { return attendance; }
    public String postponedReason() { return postponedReason; }
    public String cancelledReason() { return cancelledReason; }
    public String secretaryName() { return secretaryName; }
    OffsetDateTime heldAt() { return heldAt; }
    public long version() { return version; }
}
