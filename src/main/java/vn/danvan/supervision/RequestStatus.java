package vn.danvan.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a request: drafted by the Front, sent to the units, answered when every unit has sent its
 * answers (back to sent when the Front finds an answer not satisfactory), closed by the Front.
 */
enum RequestStatus {
    DRAFT, SENT, ANSWERED, CLOSED;

    /** The states this one may move to. */
    Set<RequestStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(ANSWERED);
            case ANSWERED -> EnumSet.of(SENT, CLOSED);
            case CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    boolean allows(RequestStatus target) {
        return next().contains(target);
    }

    /** Sent and not closed: units answer, the Front marks. */
    boolean open() {
        return this == SENT || this == ANSWERED;
    }

    public String messageKey() {
        return "supervision.status." + name();
    }
}
