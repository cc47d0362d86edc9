package vn.danvan.petition.handling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.shared.DanVanTime;

/**
 * How long a petition took to be answered (thời gian trả lời): the working days from the day it was received to
 * the day it was answered ({@link WorkingCalendar#workingDaysBetween}: the day of receipt not counted), and whether
 * it was answered on or before its answer due date, both days in Asia/Ho_Chi_Minh. Kept on the petition
 * ({@code answer_working_days}, {@code answered_on_time}) each time it is saved with an answer, so that figures
 * add them up in SQL instead of walking the calendar for every petition they count.
 */
public record AnswerTiming(int workingDays, boolean onTime) {

    public static AnswerTiming of(WorkingCalendar calendar, OffsetDateTime receivedAt, OffsetDateTime answeredAt,
            LocalDate answerDue) {
        LocalDate answered = dayOf(answeredAt);
        return new AnswerTiming(calendar.workingDaysBetween(dayOf(receivedAt), answered), !answered.isAfter(answerDue));
    }

    /** The petition's timing as it stands, or null while it has never been answered. */
    static AnswerTiming of(WorkingCalendar calendar, Petition p) {
        return p.answeredAt() == null ? null : of(calendar, p.receivedAt(), p.answeredAt(), p.answerDue());
    }

    private static LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
    }
}
