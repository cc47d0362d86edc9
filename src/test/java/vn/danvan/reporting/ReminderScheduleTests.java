package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reminders 7 and 1 days before the deadline, on the day, then every 3 working days after. */
class ReminderScheduleTests {

    /** Thursday 15 October 2026; weekends are the only days off here. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 10, 15);

    private static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private final ReminderSchedule schedule = new ReminderSchedule(DEADLINE, ReminderScheduleTests::addWorkingDays);

    @Test
    void remindsSevenAndOneDaysBeforeOnTheDayThenEveryThreeWorkingDays() {
        assertThat(schedule.datesUntil(LocalDate.of(2026, 10, 31))).containsExactly(
                LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 14), DEADLINE,
                LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 28));
    }

    @Test
    void nothingIsDueBeforeTheFirstReminder() {
        assertThat(schedule.dueOn(LocalDate.of(2026, 10, 7))).isEmpty();
    }

    @Test
    void aDayBetweenRemindersOwesTheLastOneOnly() {
        assertThat(schedule.dueOn(LocalDate.of(2026, 10, 8))).contains(LocalDate.of(2026, 10, 8));
        assertThat(schedule.dueOn(LocalDate.of(2026, 10, 12))).contains(LocalDate.of(2026, 10, 8));
        assertThat(schedule.dueOn(LocalDate.of(2026, 10, 21))).contains(LocalDate.of(2026, 10, 20));
    }
}
