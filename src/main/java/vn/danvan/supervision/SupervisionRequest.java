package vn.danvan.supervision;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * A supervision request of the Front (văn bản giám sát, phản biện) as it changes state: sent to the
 * units, answered when all have answered, back to sent when an answer is not satisfactory, closed.
 * Each change is a method that checks the current state and refuses with a message naming it;
 * {@link RequestRepository} saves the result, checking the version and the state it was loaded in.
 * The screens read {@link Views.Request}.
 */
class SupervisionRequest {

    private final long id;
    private final long frontUnitId;
    private final long version;
    /** The state as loaded: the save's concurrency check. */
    private final RequestStatus loadedStatus;
    private RequestStatus status;
    private LocalDate sentOn;
    private LocalDate dueDate;
    private boolean published;

    SupervisionRequest(long id, long frontUnitId, RequestStatus status, LocalDate sentOn, LocalDate dueDate,
            boolean published, long version) {
        this.id = id;
        this.frontUnitId = frontUnitId;
        this.status = status;
        this.loadedStatus = status;
        this.sentOn = sentOn;
        this.dueDate = dueDate;
        this.published = published;
        this.version = version;
    }

    /** The Front sends its draft to the units, to be answered by {@code due}. */
    void send(LocalDate today, LocalDate due) {
        if (status != RequestStatus.DRAFT) {
            throw refusal();
        }
        move(RequestStatus.SENT);
        sentOn = today;
        dueDate = due;
    }

    /** Units draft and send answers only while the request awaits them. */
    void requireAwaitingAnswers() {
        if (status != RequestStatus.SENT) {
            throw new InvalidRequestException("supervision.error.notOpen");
        }
    }

    /** The Front marks sent answers while the request is sent or answered, not once closed. */
    void requireMarkable() {
        if (!status.open()) {
            throw new InvalidRequestException("supervision.error.notOpen");
        }
    }

    /** Every addressed unit has sent its answers. */
    void allAnswered() {
        move(RequestStatus.ANSWERED);
    }

    /** An answer was found not satisfactory: the request awaits answers again (it may already). */
    void reopen() {
        if (status == RequestStatus.SENT) {
            return;
        }
        if (status != RequestStatus.ANSWERED) {
            throw refusal();
        }
        move(RequestStatus.SENT);
    }

    /** The Front closes an answered request. */
    void close() {
        move(RequestStatus.CLOSED);
    }

    /** On (or off) the portal; a draft is not published. */
    void publish(boolean published) {
        if (status == RequestStatus.DRAFT) {
            throw new InvalidRequestException("supervision.error.draftNotPublished");
        }
        this.published = published;
    }

    private void move(RequestStatus next) {
        if (!status.allows(next)) {
            throw refusal();
        }
        status = next;
    }

    private InvalidRequestException refusal() {
        return new InvalidRequestException("supervision.error.transition",
                new DefaultMessageSourceResolvable(status.messageKey()));
    }

    long id() { return id; }
    long frontUnitId() { return frontUnitId; }
    RequestStatus status() { return status; }
    RequestStatus loadedStatus() { return loadedStatus; }
    LocalDate sentOn() { return sentOn; }
    LocalDate dueDate() { return dueDate; }
    boolean published() { return published; }
    long version() { return version; }
}
