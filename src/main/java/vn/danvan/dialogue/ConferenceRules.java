package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * The checks on a conference before it is saved: a topic, a place, a start not in the past for a new
 * conference, attendance not negative; and the short-notice warning when it is announced less than
 * {@value #NOTICE_WORKING_DAYS} working days ahead (saved anyway, the warning recorded).
 */
public final class ConferenceRules {

    /** Announcements should reach the people at least this many working days before the conference. */
    public static final int NOTICE_WORKING_DAYS = 5;

    public record Problem(String field, String messageKey) {
    }

    /** The problems, empty when the conference may be saved, and whether the notice is short. */
    public record Checked(List<Problem> problems, boolean shortNotice) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ConferenceRules() {
    }

    /**
     * @param workingDaysBetween {@code WorkingCalendar::workingDaysBetween}
     */
    public static Checked checkNew(String topic, String place, LocalDateTime startsAt, LocalDateTime now,
            ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween) {
        List<Problem> problems = new ArrayList<>();
        if (topic == null || topic.isBlank()) {
            problems.add(new Problem("topic", "dialogue.error.topicRequired"));
        }
        if (place == null || place.isBlank()) {
            problems.add(new Problem("place", "dialogue.error.placeRequired"));
        }
        boolean shortNotice = false;
        if (startsAt == null) {
            problems.add(new Problem("startsAt", "dialogue.error.startsAtRequired"));
        } else if (startsAt.isBefore(now)) {
            problems.add(new Problem("startsAt", "dialogue.error.startsAtPast"));
        } else {
            shortNotice = shortNotice(now.toLocalDate(), startsAt.toLocalDate(), workingDaysBetween);
        }
        return new Checked(List.copyOf(problems), shortNotice);
    }

    /** Whether a conference on {@code on}, announced on {@code announcedOn}, comes with short notice. */
    public static boolean shortNotice(LocalDate announcedOn, LocalDate on,
            ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween) {
        return workingDaysBetween.applyAsInt(announcedOn, on) < NOTICE_WORKING_DAYS;
    }

    /** Attendance recorded when the conference is held: a count, zero or more. */
    public static List<Problem> checkAttendance(Integer count) {
        if (count == null) {
            return List.of(new Problem("attendance", "dialogue.error.attendanceRequired"));
        }
        if (count < 0) {
            return List.of(new Problem("attendance", "dialogue.error.attendanceNegative"));
        }
        return List.of();
    }
}
