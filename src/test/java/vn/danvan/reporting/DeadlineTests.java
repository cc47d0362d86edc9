package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** A report is on time until the end of the deadline (plus grace days) in Vietnam's time. */
class DeadlineTests {

    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);

    private static OffsetDateTime vietnam(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 10, day, hour, minute, 59, 0, ZoneOffset.ofHours(7));
    }

    @Test
    void submittedAt2359OnTheDeadlineIsOnTime() {
        assertThat(new Deadline(OCT_15, 0).onTime(vietnam(15, 23, 59))).isTrue();
    }

    @Test
    void submittedAtMidnightAfterTheDeadlineIsLate() {
        assertThat(new Deadline(OCT_15, 0).onTime(vietnam(16, 0, 0))).isFalse();
    }

    @Test
    void theDeadlineEndsInVietnamNotInUtc() {
        // 17:30 UTC on the 15th is 00:30 on the 16th in Vietnam
        assertThat(new Deadline(OCT_15, 0).onTime(OffsetDateTime.of(2026, 10, 15, 17, 30, 0, 0, ZoneOffset.UTC)))
                .isFalse();
        assertThat(new Deadline(OCT_15, 0).onTime(OffsetDateTime.of(2026, 10, 15, 16, 30, 0, 0, ZoneOffset.UTC)))
                .isTrue();
    }

    @Test
    void graceDaysCountAsOnTime() {
        assertThat(new Deadline(OCT_15, 2).onTime(vietnam(17, 23, 59))).isTrue();
        assertThat(new Deadline(OCT_15, 2).onTime(vietnam(18, 0, 1))).isFalse();
    }
}
