package vn.danvan.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AnswerDueDateTests {

    /** 30/4 and 1/5/2026 (Thursday, Friday) off, as the yearly calendar has them. */
    private static final Set<LocalDate> DAYS_OFF = Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));

    /** Weekdays minus the days off, the start not counted, like {@code WorkingCalendar.addWorkingDays}. */
    private static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !DAYS_OFF.contains(day)) {
                left--;
            }
        }
        return day;
    }

    @Test
    void fifteenWorkingDaysFromSendingSkipWeekendsAndTheHolidaysInBetween() {
        LocalDate sent = LocalDate.of(2026, 4, 20);
        assertThat(AnswerDueDate.of(sent, null, 15, AnswerDueDateTests::addWorkingDays))
                .isEqualTo(LocalDate.of(2026, 5, 13));
        // the same span without a holiday inside ends two working days earlier
        assertThat(AnswerDueDate.of(LocalDate.of(2026, 6, 1), null, 15, AnswerDueDateTests::addWorkingDays))
                .isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void aDateStatedInTheRequestWinsOverTheSetting() {
        LocalDate stated = LocalDate.of(2026, 5, 2);
        assertThat(AnswerDueDate.of(LocalDate.of(2026, 4, 20), stated, 15, AnswerDueDateTests::addWorkingDays))
                .isEqualTo(stated);
    }
}
