package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.ToIntBiFunction;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.web.Problem;

/** A new conference needs a topic, a place and a start ahead; fewer than 5 working days' notice is a warning, not a refusal. */
class ConferenceRulesTests {

    /** Weekdays only, the start not counted, like {@code WorkingCalendar.workingDaysBetween} without holidays. */
    private static final ToIntBiFunction<LocalDate, LocalDate> WEEKDAYS = (from, to) -> {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    };

    /** Monday 2 November 2026, 9:00. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 9, 0);

    @Test
    void aConferenceFiveWorkingDaysAheadIsAcceptedWithoutWarning() {
        ConferenceRules.Checked checked = ConferenceRules.checkNew("Giải phóng mặt bằng", "Hội trường xã",
                LocalDateTime.of(2026, 11, 9, 8, 0), NOW, WEEKDAYS);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.shortNotice()).isFalse();
    }

    @Test
    void aConferenceFourWorkingDaysAheadIsAcceptedWithTheShortNoticeWarning() {
        ConferenceRules.Checked checked = ConferenceRules.checkNew("Giải phóng mặt bằng", "Hội trường xã",
                LocalDateTime.of(2026, 11, 6, 8, 0), NOW, WEEKDAYS);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.shortNotice()).isTrue();
    }

    @Test
    void weekendDaysDoNotCountAsNotice() {
        // Friday to the next Wednesday: 7 calendar days but only 3 working days
        assertThat(ConferenceRules.shortNotice(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 11), WEEKDAYS))
                .isTrue();
    }

    @Test
    void aMissingTopicAndPlaceAndAStartInThePastAreRefusedOnTheirFields() {
        ConferenceRules.Checked checked = ConferenceRules.checkNew(" ", null, NOW.minusHours(1), NOW, WEEKDAYS);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(tuple("topic", "dialogue.error.topicRequired"),
                        tuple("place", "dialogue.error.placeRequired"),
                        tuple("startsAt", "dialogue.error.startsAtPast"));
    }

    @Test
    void negativeAttendanceIsRefusedAndZeroIsAccepted() {
        assertThat(ConferenceRules.checkAttendance(-1)).extracting(Problem::messageKey)
                .containsExactly("dialogue.error.attendanceNegative");
        assertThat(ConferenceRules.checkAttendance(0)).isEmpty();
        assertThat(ConferenceRules.checkAttendance(null)).extracting(Problem::messageKey)
                .containsExactly("dialogue.error.attendanceRequired");
    }

    @Test
    void theAttendanceMayNotBeSmallerThanTheAttendeeList() {
        assertThat(ConferenceRules.checkAttendance(2, 3)).extracting(Problem::messageKey)
                .containsExactly("dialogue.error.attendanceBelowList");
        assertThat(ConferenceRules.checkAttendance(3, 3)).isEmpty();
    }

    @Test
    void aPostponementNeedsAReasonAndAStartAheadAndItsNoticeIsWorkedOutForTheNewDate() {
        ConferenceRules.Checked near = ConferenceRules.checkPostpone(LocalDateTime.of(2026, 11, 6, 8, 0), "Mưa bão",
                NOW, WEEKDAYS);
        assertThat(near.ok()).isTrue();
        assertThat(near.shortNotice()).isTrue();
        ConferenceRules.Checked far = ConferenceRules.checkPostpone(LocalDateTime.of(2026, 11, 9, 8, 0), "Mưa bão",
                NOW, WEEKDAYS);
        assertThat(far.shortNotice()).isFalse();
        assertThat(ConferenceRules.checkPostpone(LocalDateTime.of(2026, 11, 1, 8, 0), " ", NOW, WEEKDAYS).problems())
                .extracting(Problem::messageKey)
                .containsExactly("dialogue.error.startsAtPast", "dialogue.error.postponeReasonRequired");
        assertThat(ConferenceRules.checkCancel("")).extracting(Problem::messageKey)
                .containsExactly("dialogue.error.cancelReasonRequired");
        assertThat(ConferenceRules.checkCancel("Bão")).isEmpty();
    }
}
