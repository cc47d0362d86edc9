package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.danvan.shared.web.InvalidRequestException;

class LunarCalendarTests {

    private final LunarCalendar lunar = new LunarCalendar();

    /**
     * Tết (1 tháng Giêng) in Viet Nam, 1970-2050, as published in Hồ Ngọc Đức's Vietnamese lunar
     * calendar tables. In every year but 1985, 2007 and 2030 it is also the Chinese New Year; those
     * three are the years the UTC+7 calendar differs (see the test below).
     */
    @ParameterizedTest(name = "Tết {0}")
    @CsvSource({
        "1970, 1970-02-06", "1971, 1971-01-27", "1972, 1972-02-15", "1973, 1973-02-03", "1974, 1974-01-23",
        "1975, 1975-02-11", "1976, 1976-01-31", "1977, 1977-02-18", "1978, 1978-02-07", "1979, 1979-01-28",
        "1980, 1980-02-16", "1981, 1981-02-05", "1982, 1982-01-25", "1983, 1983-02-13", "1984, 1984-02-02",
        "1985, 1985-01-21", "1986, 1986-02-09", "1987, 1987-01-29", "1988, 1988-02-17", "1989, 1989-02-06",
        "1990, 1990-01-27", "1991, 1991-02-15", "1992, 1992-02-04", "1993, 1993-01-23", "1994, 1994-02-10",
        "1995, 1995-01-31", "1996, 1996-02-19", "1997, 1997-02-07", "1998, 1998-01-28", "1999, 1999-02-16",
        "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22",
        "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07", "2009, 2009-01-26",
        "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10", "2014, 2014-01-31",
        "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05",
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
        "2030, 2030-02-02", "2031, 2031-01-23", "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19",
        "2035, 2035-02-08", "2036, 2036-01-28", "2037, 2037-02-15", "2038, 2038-02-04", "2039, 2039-01-24",
        "2040, 2040-02-12", "2041, 2041-02-01", "2042, 2042-01-22", "2043, 2043-02-10", "2044, 2044-01-30",
        "2045, 2045-02-17", "2046, 2046-02-06", "2047, 2047-01-26", "2048, 2048-02-14", "2049, 2049-02-02",
        "2050, 2050-01-23"
    })
    void tetFallsOnThePublishedVietnameseDate(int lunarYear, LocalDate tet) {
        assertThat(lunar.toSolar(LunarDate.of(1, 1, lunarYear))).isEqualTo(tet);
        assertThat(lunar.toLunar(tet)).isEqualTo(LunarDate.of(1, 1, lunarYear));
        assertThat(lunar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
    }

    /**
     * Years in which the Vietnamese calendar (UTC+7) and the Chinese one (UTC+8) start the year on
     * different days: North Viet Nam adopted UTC+7 in 1968 and celebrated Tết Mậu Thân on
     * 29/01/1968, a day before China; 1969 (16/02 against 17/02); 1985 (21/01 against 20/02, the
     * leap month falls in another year); 2007 (17/02 against 18/02); 2030 (02/02 against 03/02,
     * the new moon is at 23:07 in Hà Nội and 00:07 in Beijing).
     */
    @ParameterizedTest(name = "Tết {0} in Viet Nam is {1}, not {2} as in China")
    @CsvSource({
        "1968, 1968-01-29, 1968-01-30",
        "1969, 1969-02-16, 1969-02-17",
        "1985, 1985-01-21, 1985-02-20",
        "2007, 2007-02-17, 2007-02-18",
        "2030, 2030-02-02, 2030-02-03"
    })
    void tetFollowsUtcPlus7NotTheChineseCalendar(int lunarYear, LocalDate vietnam, LocalDate china) {
        assertThat(lunar.toSolar(LunarDate.of(1, 1, lunarYear))).isEqualTo(vietnam).isNotEqualTo(china);
        assertThat(lunar.toLunar(china)).isNotEqualTo(LunarDate.of(1, 1, lunarYear));
    }

    /**
     * Months whose new moon falls within two minutes of midnight in Hà Nội, where a less precise
     * series of the moon's phases puts the start a day late: the first day is the one of the new
     * moon by the ephemeris (ELP2000-82B: 23:59:33 on 20/06/1944, 23:58:43 on 09/12/2072, 23:59:50
     * on 15/11/2077, UTC+7), and the month before ends a day earlier.
     */
    @ParameterizedTest(name = "tháng {0} of {1} starts on {2}, the day before is {3}/{4}")
    @CsvSource({
        "5, 1944, 1944-06-20, 29, 4",
        "11, 2072, 2072-12-09, 29, 10",
        "10, 2077, 2077-11-15, 29, 9"
    })
    void aNewMoonJustBeforeMidnightStartsTheMonthThatDay(int month, int year, LocalDate firstDay, int lastDay,
            int previousMonth) {
        assertThat(lunar.toLunar(firstDay)).isEqualTo(LunarDate.of(1, month, year));
        assertThat(lunar.toSolar(LunarDate.of(1, month, year))).isEqualTo(firstDay);
        LunarDate eve = lunar.toLunar(firstDay.minusDays(1));
        assertThat(eve.day()).isEqualTo(lastDay);
        assertThat(eve.month()).isEqualTo(previousMonth);
        assertThat(lunar.toLunar(firstDay.plusDays(1))).isEqualTo(LunarDate.of(2, month, year));
    }

    @Test
    void theLeapMonthOf1944HasTwentyNineDays() {
        // 1944 repeats tháng 4; with the new moon of 20/06 on its own day, the leap month ends on 19/06.
        assertThat(lunar.toLunar(LocalDate.of(1944, 6, 19))).isEqualTo(new LunarDate(29, 4, 1944, true));
        assertThatThrownBy(() -> lunar.toSolar(new LunarDate(30, 4, 1944, true)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.noSuchLunarDate");
    }

    /**
     * The new moon of July 1967 is 2 s before midnight by the series and 3 s after it by the
     * ephemeris (ELP2000-82B, 17:00:03 UT), closer than the series can tell: the month starts on
     * 8 July, as the ephemeris says.
     */
    @Test
    void aNewMoonTooCloseToMidnightForTheSeriesFollowsTheEphemeris() {
        assertThat(lunar.toLunar(LocalDate.of(1967, 7, 8))).isEqualTo(LunarDate.of(1, 6, 1967));
        assertThat(lunar.toLunar(LocalDate.of(1967, 7, 7))).isEqualTo(LunarDate.of(30, 5, 1967));
    }

    @ParameterizedTest(name = "{0}: 1 tháng {1} nhuận is {2}")
    @CsvSource({
        "2020, 4, 2020-05-23",
        "2023, 2, 2023-03-22",
        "2025, 6, 2025-07-25"
    })
    void leapMonthRepeatsTheMonthBeforeIt(int year, int month, LocalDate firstDay) {
        assertThat(lunar.toLunar(firstDay)).isEqualTo(new LunarDate(1, month, year, true));
        assertThat(lunar.toLunar(firstDay.minusDays(1)).month()).isEqualTo(month);
        assertThat(lunar.toLunar(firstDay.minusDays(1)).leapMonth()).isFalse();
        assertThat(lunar.toSolar(new LunarDate(1, month, year, true))).isEqualTo(firstDay);
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0}")
    @CsvSource({
        "2019, 2019-04-14",
        "2022, 2022-04-10",
        "2023, 2023-04-29",
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26"
    })
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate date) {
        assertThat(lunar.toSolar(LunarDate.of(10, 3, year))).isEqualTo(date);
    }

    @ParameterizedTest(name = "Trung thu {0}")
    @CsvSource({
        "2024, 2024-09-17",
        "2025, 2025-10-06"
    })
    void midAutumnIsTheFifteenthOfTheEighthLunarMonth(int year, LocalDate date) {
        assertThat(lunar.toLunar(date)).isEqualTo(LunarDate.of(15, 8, year));
    }

    @Test
    void lastDayOfTheLunarYearIsTheEveOfTet() {
        assertThat(lunar.lastDayOfYear(2025)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(lunar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(29, 12, 2025));
        assertThat(lunar.lastDayOfYear(2023)).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(lunar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(30, 12, 2023));
    }

    @Test
    void everySupportedDayConvertsToLunarAndBack() {
        LocalDate last = LocalDate.of(LunarCalendar.LAST_YEAR, 12, 31);
        LunarDate previous = null;
        for (LocalDate day = LocalDate.of(LunarCalendar.FIRST_YEAR, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
            LunarDate l = lunar.toLunar(day);
            assertThat(lunar.toSolar(l)).as("round trip of %s (%s)", day, l).isEqualTo(day);
            assertThat(l.day()).as("lunar day of %s", day).isBetween(1, 30);
            if (previous != null && l.day() != 1) {
                assertThat(l.day()).as("day after %s", previous).isEqualTo(previous.day() + 1);
            }
            previous = l;
        }
    }

    @Test
    void refusesALunarDateThatDoesNotExist() {
        // tháng Chạp of Ất Tỵ (2025) has 29 days; 2026 has no leap month.
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(30, 12, 2025)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.noSuchLunarDate");
        assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 3, 2026, true)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.noSuchLunarDate");
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(31, 1, 2026)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.noSuchLunarDate");
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1, 13, 2026)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.noSuchLunarDate");
    }

    @Test
    void refusesDatesOutsideTheSupportedYears() {
        assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1, 1, 2200)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1, 1, 1800)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("calendar.error.outOfRange");
    }

    @Test
    void theFirstAndLastSupportedDaysConvert() {
        assertThat(lunar.toLunar(LocalDate.of(1900, 1, 31))).isEqualTo(LunarDate.of(1, 1, 1900));
        assertThat(lunar.toLunar(LocalDate.of(1900, 1, 1)).year()).isEqualTo(1899);
        assertThat(lunar.toLunar(LocalDate.of(2199, 12, 31)).year()).isEqualTo(2199);
    }
}
