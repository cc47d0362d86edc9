package vn.danvan.supervision;

import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * When the units must answer: the date the request states, else the setting's working days counted from
 * the day it is sent (that day not counted, a period ending on a working day: Civil Code 2015, art.
 * 147-148, as {@code WorkingCalendar.addWorkingDays} does).
 */
final class AnswerDueDate {

    private AnswerDueDate() {
    }

    /**
     * @param addWorkingDays the working calendar's {@code addWorkingDays}
     */
    static LocalDate of(LocalDate sentOn, LocalDate stated, int workingDays,
            BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {
        if (stated != null) {
            return stated;
        }
        return addWorkingDays.apply(sentOn, workingDays);
    }
}
