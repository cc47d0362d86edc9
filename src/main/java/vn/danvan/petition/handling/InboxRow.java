package vn.danvan.petition.handling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of the unit inbox. {@code workingDaysLeft} is negative when overdue, null when no longer open. */
record InboxRow(long id, String code, String title, String category, String unit, PetitionStatus status,
        Channel channel, OffsetDateTime receivedAt, LocalDate answerDue, String assignee, Integer workingDaysLeft) {

    public boolean overdue() {
        return workingDaysLeft != null && workingDaysLeft < 0;
    }
}
