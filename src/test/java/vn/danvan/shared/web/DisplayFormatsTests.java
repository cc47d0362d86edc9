package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DisplayFormatsTests {

    private final DisplayFormats dv = DisplayFormats.INSTANCE;

    @Test
    void aDateIsDayMonthYear() {
        assertThat(dv.date(LocalDate.of(2018, 4, 5))).isEqualTo("05/04/2018");
    }

    @Test
    void anInstantIsShownInVietnamsTimeWhateverZoneItCarries() {
        OffsetDateTime lateEveningUtc = OffsetDateTime.of(2026, 11, 27, 18, 30, 0, 0, ZoneOffset.UTC);
        assertThat(dv.dateTime(lateEveningUtc)).isEqualTo("28/11/2026 01:30");
        assertThat(dv.date(lateEveningUtc)).isEqualTo("28/11/2026");
        assertThat(dv.dateTimeSeconds(Instant.parse("2026-11-27T18:30:05Z"))).isEqualTo("28/11/2026 01:30:05");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(dv.date(null)).isNull();
        assertThat(dv.dateTime(null)).isNull();
    }
}
