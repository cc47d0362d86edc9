package vn.danvan.shared.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.DanVanTime;

class IndicatorHelpersTests {

    @Test
    void percentHasOneDecimalAndIsNullWithNothingToDivide() {
        assertThat(Rates.percent(7, 8)).isEqualByComparingTo("87.5").hasScaleOf(1);
        assertThat(Rates.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Rates.percent(0, 5)).isEqualByComparingTo("0");
        assertThat(Rates.percent(0, 0)).isNull();
    }

    @Test
    void meanRoundsHalfUpAndIsNullWithoutValues() {
        assertThat(Rates.mean(9, 2, 2)).isEqualByComparingTo("4.50").hasScaleOf(2);
        assertThat(Rates.mean(10, 3, 2)).isEqualByComparingTo("3.33");
        assertThat(Rates.mean(0, 0, 2)).isNull();
        assertThat(Rates.yesNo(true)).isEqualByComparingTo("1");
        assertThat(Rates.yesNo(false)).isEqualByComparingTo("0");
    }

    @Test
    void aPeriodRunsFromTheStartOfItsFirstDayToTheStartOfTheDayAfterInVietnam() {
        var period = new IndicatorPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertThat(period.start()).isEqualTo(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(period.end()).isEqualTo(OffsetDateTime.of(2026, 4, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    @Test
    void lateIsCountedUpToTodayWhileThePeriodRunsAndUpToItsEndOnceOver() {
        var period = new IndicatorPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        Clock inMarch = Clock.fixed(OffsetDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant(),
                DanVanTime.ZONE);
        Clock inMay = Clock.fixed(OffsetDateTime.of(2026, 5, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)).toInstant(),
                DanVanTime.ZONE);
        assertThat(period.cutoff(inMarch)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(period.cutoff(inMay)).isEqualTo(LocalDate.of(2026, 4, 1));
        // 23:30 UTC on 9 March is already 10 March in Vietnam
        Clock lateUtc = Clock.fixed(OffsetDateTime.of(2026, 3, 9, 23, 30, 0, 0, ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC);
        assertThat(IndicatorPeriod.today(lateUtc)).isEqualTo(LocalDate.of(2026, 3, 10));
    }
}
