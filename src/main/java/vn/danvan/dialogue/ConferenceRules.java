package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

import vn.danvan.shared.web.Problem;

/**
 * The checks on a conference before it is saved: a topic, a place, a start not in the past for a new
 * conference, attendance not negative; and the short-notice warning when it is announced less than
 * {@value #NOTICE_WORKING_DAYS} working days ahead (saved anyway, the warning recorded).
 */
final class ConferenceRules {

    /** Announcements should reach the people at least this many working days before the conference. */
    public static final int NOTICE_WORKING_DAYS = 5;

    /** The length of the reason columns. */
    public static final int REASON_MAX = 2000;

    /** The problems, empty when the conference may be saved, and whether the notice is short. */
    public record Checked(List<Problem> problems, boolean shortNotice) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ConferenceRules() {
    }

    /**
     * @param startsAt null when the date or the time was not given (the form says so on its fields)
     * @param workingDaysBetween {@code WorkingCalendar::workingDaysBetween}
     */
    public static Checked checkNew(String topic, String place, LocalDateTime startsAt, LocalDateTime now,
            ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween) {
        List<Problem> problems = new ArrayList<>();
        if (topic == null || topic.isBlank()) {
            problems.add(Problem.on("topic", "dialogue.error.topicRequired"));
        }
        if (place == null || place.isBlank()) {
            problems.add(Problem.on("place", "dialogue.error.placeRequired"));
        }
        boolean shortNotice = false;
        if (startsAt == null) {
            problems.add(Problem.on("startsAt", "dialogue.error.startsAtRequired"));
        } else if (startsAt.isBefore(now)) {
            problems.add(Problem.on("startsAt", "dialogue.error.startsAtPast"));
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
        return checkAttendance(count, 0);
    }

    /** Attendance recorded when the conference is held: a count, zero or more and not below the attendee list. */
    public static List<Problem> checkAttendance(Integer count, int listed) {
        if (count == null) {
            return List.of(Problem.on("attendance", "dialogue.error.attendanceRequired"));
        }
        if (count < 0) {
            return List.of(Problem.on("attendance", "dialogue.error.attendanceNegative"));
        }
        if (count < listed) {
            return List.of(Problem.on("attendance", "dialogue.error.attendanceBelowList"));
        }
        return List.of();
    }

    /**
     * A postponement: a new start ahead and a reason; the short-notice warning worked out again for the
     * new date, counted from the day it is announced. A start not given (null) is the form's to report.
     */
    public static Checked checkPostpone(LocalDateTime newStart, String reason, LocalDateTime now,
            ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween) {
        List<Problem> problems = new ArrayList<>();
        boolean shortNotice = false;
        if (newStart != null && newStart.isBefore(now)) {
            problems.add(Problem.on("postponeDate", "dialogue.error.startsAtPast"));
        } else if (newStart != null) {
            shortNotice = shortNotice(now.toLocalDate(), newStart.toLocalDate(), workingDaysBetween);
        }
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.on("postponeReason", "dialogue.error.postponeReasonRequired"));
        } else if (reason.strip().length() > REASON_MAX) {
            problems.add(Problem.on("postponeReason", "dialogue.error.reasonTooLong"));
        }
        return new Checked(List.copyOf(problems), shortNotice);
    }

    /** A cancellation needs a reason. */
    public static List<Problem> checkCancel(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(Problem.on("cancelReason", "dialogue.error.cancelReasonRequired"));
        }
        if (reason.strip().length() > REASON_MAX) {
            return List.of(Problem.on("cancelReason", "dialogue.error.reasonTooLong"));
        }
        return List.of();
    }
}
