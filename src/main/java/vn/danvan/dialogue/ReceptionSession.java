package vn.danvan.dialogue;

import java.time.LocalDateTime;

/** A reception session as the schedule counts it: when it starts, its state and who chairs it, if known. */
record ReceptionSession(long id, long unitId, LocalDateTime startsAt, ConferenceStatus status,
        Long chairPersonId) {

    /** The day, {@code dd/MM}, as a cell's link shows it. */
    public String day() {
        return startsAt.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"));
    }
}
