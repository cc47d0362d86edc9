package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The weekly reception rule without the database: ISO weeks overlapping the period, the state of each,
 * Tết weeks never missed, the new year's week 53, postponed and cancelled sessions.
 */
class ReceptionScheduleTests {

    private static final long UNIT = 7;
    private static final long HEAD = 42;

    /** Tết Bính Ngọ 2026 as the holiday rules propose it: Monday 16 to Friday 20 February off. */
    private static final Predicate<LocalDate> CALENDAR = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && (day.isBefore(LocalDate.of(2026, 2, 16)) || day.isAfter(LocalDate.of(2026, 2, 20)));

    private static long ids = 1;

    private static ReceptionSession session(LocalDate day, ConferenceStatus status, Long chair) {
        return new ReceptionSession(ids++, UNIT, day.atTime(8, 0), status, chair);
    }

    private static ReceptionWeek weekOf(List<ReceptionWeek> weeks, LocalDate monday) {
        return weeks.stream().filter(w -> w.monday().equals(monday)).findFirst().orElseThrow();
    }

    @Test
    void aMonthHasTheWeeksOverlappingItPartialWeeksAtBothEdgesIncluded() {
        // November 2026 starts on a Sunday and ends on a Monday
        List<LocalDate> mondays = ReceptionSchedule.mondays(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(mondays).containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 30));
        // a month starting on a Monday and ending on a Sunday has no partial week: February 2027
        assertThat(ReceptionSchedule.mondays(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))).hasSize(4)
                .startsWith(LocalDate.of(2027, 2, 1)).endsWith(LocalDate.of(2027, 2, 22));
        ReceptionPeriod q4 = ReceptionPeriod.of("Q4", 2026, LocalDate.of(2026, 5, 5));
        assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReceptionSchedule.mondays(q4.from(), q4.to())).hasSize(14)
                .startsWith(LocalDate.of(2026, 9, 28)).endsWith(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aSessionInThePartialWeekBeforeThePeriodCountsForThatWeekButSessionsOutsideTheWeeksAreIgnored() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        List<ReceptionWeek> weeks = ReceptionSchedule.weeks(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                today, HEAD, List.of(session(LocalDate.of(2026, 10, 29), ConferenceStatus.HELD, HEAD),
                        session(LocalDate.of(2026, 10, 22), ConferenceStatus.HELD, HEAD),
                        session(LocalDate.of(2026, 12, 10), ConferenceStatus.HELD, HEAD)),
                CALENDAR);
        assertThat(weeks).extracting(ReceptionWeek::state).containsExactly(ReceptionState.HELD, ReceptionState.MISSED,
                ReceptionState.MISSED, ReceptionState.MISSED, ReceptionState.MISSED, ReceptionState.MISSED);
        assertThat(weeks.get(0).span()).isEqualTo("26/10\u201301/11");
        assertThat(weeks.get(0).chairedByHead()).isTrue();
        assertThat(ReceptionSchedule.coverage(weeks)).isEqualTo(new ReceptionSchedule.Coverage(6, 1, 5));
    }

    @Test
    void aTetWeekWithoutWorkingDaysIsNeitherDueNorMissed() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        List<ReceptionWeek> weeks = ReceptionSchedule.weeks(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                today, HEAD, List.of(session(LocalDate.of(2026, 2, 5), ConferenceStatus.HELD, 99L)), CALENDAR);
        ReceptionWeek tet = weekOf(weeks, LocalDate.of(2026, 2, 16));
        assertThat(tet.state()).isEqualTo(ReceptionState.NO_WORKING_DAY);
        assertThat(tet.due()).isFalse();
        ReceptionWeek held = weekOf(weeks, LocalDate.of(2026, 2, 2));
        assertThat(held.state()).isEqualTo(ReceptionState.HELD);
        assertThat(held.chairedByHead()).as("chaired by someone else").isFalse();
        // 26/01-01/02, 02/02-08/02, 09/02-15/02, 23/02-01/03 due; the Tết week not
        assertThat(ReceptionSchedule.coverage(weeks)).isEqualTo(new ReceptionSchedule.Coverage(4, 1, 3));
        // the week before Tết has working days: an ordinary week
        assertThat(weekOf(weeks, LocalDate.of(2026, 2, 9)).state()).isEqualTo(ReceptionState.MISSED);
    }

    @Test
    void aSessionHeldInATetWeekShowsButTheWeekStaysOutOfTheCount() {
        List<ReceptionWeek> weeks = ReceptionSchedule.weeks(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 22),
                LocalDate.of(2026, 3, 10), null,
                List.of(session(LocalDate.of(2026, 2, 21), ConferenceStatus.HELD, HEAD)), CALENDAR);
        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.state()).isEqualTo(ReceptionState.HELD);
            assertThat(w.due()).isFalse();
            assertThat(w.chairedByHead()).as("no head known").isFalse();
        });
        assertThat(ReceptionSchedule.coverage(weeks)).isEqualTo(new ReceptionSchedule.Coverage(0, 0, 0));
    }

    @Test
    void theWeekAcrossTheNewYearIsWeek53OfBothDecemberAndJanuaryAndTheNextIsWeek1() {
        LocalDate today = LocalDate.of(2027, 2, 1);
        ReceptionSession saturday = session(LocalDate.of(2027, 1, 2), ConferenceStatus.HELD, HEAD);
        List<ReceptionWeek> december = ReceptionSchedule.weeks(LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), today, HEAD, List.of(saturday), CALENDAR);
        List<ReceptionWeek> january = ReceptionSchedule.weeks(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
                today, HEAD, List.of(saturday), CALENDAR);
        ReceptionWeek last = december.get(december.size() - 1);
        ReceptionWeek first = january.get(0);
        assertThat(last.monday()).isEqualTo(LocalDate.of(2026, 12, 28)).isEqualTo(first.monday());
        assertThat(last.number()).isEqualTo(53);
        assertThat(first.span()).isEqualTo("28/12\u201303/01");
        assertThat(last.state()).isEqualTo(ReceptionState.HELD);
        assertThat(first.state()).isEqualTo(ReceptionState.HELD);
        assertThat(january.get(1).number()).isEqualTo(1);
        assertThat(january.get(1).monday()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(january).hasSize(5);
    }

    @Test
    void aPostponedSessionCountsInTheWeekOfItsNewDateAndACancelledOneNowhere() {
        LocalDate today = LocalDate.of(2026, 11, 18); // Wednesday of the week of 16/11
        List<ReceptionSession> sessions = List.of(
                // planned for 12/11, postponed to Tuesday 24/11: its starts_at is the new date
                session(LocalDate.of(2026, 11, 24), ConferenceStatus.POSTPONED, HEAD),
                session(LocalDate.of(2026, 11, 4), ConferenceStatus.CANCELLED, HEAD),
                session(LocalDate.of(2026, 11, 19), ConferenceStatus.CANCELLED, HEAD));
        List<ReceptionWeek> weeks = ReceptionSchedule.weeks(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                today, HEAD, sessions, CALENDAR);
        assertThat(weekOf(weeks, LocalDate.of(2026, 11, 9)).state()).isEqualTo(ReceptionState.MISSED);
        assertThat(weekOf(weeks, LocalDate.of(2026, 11, 2)).state()).isEqualTo(ReceptionState.MISSED);
        ReceptionWeek current = weekOf(weeks, LocalDate.of(2026, 11, 16));
        assertThat(current.state()).isEqualTo(ReceptionState.OPEN);
        assertThat(current.due()).isFalse();
        ReceptionWeek moved = weekOf(weeks, LocalDate.of(2026, 11, 23));
        assertThat(moved.state()).isEqualTo(ReceptionState.SCHEDULED);
        assertThat(moved.sessions()).extracting(ReceptionSession::status).containsExactly(ConferenceStatus.POSTPONED);
        assertThat(weekOf(weeks, LocalDate.of(2026, 11, 30)).state()).isEqualTo(ReceptionState.OPEN);
        assertThat(ReceptionSchedule.coverage(weeks)).isEqualTo(new ReceptionSchedule.Coverage(3, 0, 3));
    }

    @Test
    void aPlannedSessionNeverRecordedAsHeldLeavesItsEndedWeekMissed() {
        List<ReceptionWeek> weeks = ReceptionSchedule.weeks(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 11, 16), HEAD,
                List.of(session(LocalDate.of(2026, 11, 12), ConferenceStatus.PLANNED, HEAD)), CALENDAR);
        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.state()).isEqualTo(ReceptionState.MISSED);
            assertThat(w.due()).isTrue();
        });
        // on its Sunday the week has not ended yet: still scheduled
        assertThat(ReceptionSchedule.weeks(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 11, 15), HEAD,
                List.of(session(LocalDate.of(2026, 11, 12), ConferenceStatus.PLANNED, HEAD)), CALENDAR))
                .extracting(ReceptionWeek::state).containsExactly(ReceptionState.SCHEDULED);
    }

    @Test
    void thePeriodChooserFallsBackToTheCurrentMonth() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(ReceptionPeriod.of(null, null, today)).isEqualTo(new ReceptionPeriod(2026, false, 11));
        assertThat(ReceptionPeriod.of("Q5", 2025, today)).isEqualTo(new ReceptionPeriod(2025, false, 11));
        assertThat(ReceptionPeriod.of("M2", 1900, today)).isEqualTo(new ReceptionPeriod(2026, false, 2));
        assertThat(ReceptionPeriod.of("q1", 2027, today).code()).isEqualTo("Q1");
        assertThat(ReceptionPeriod.options(2026)).hasSize(16);
    }
}
