package vn.danvan.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.danvan.shared.web.InvalidRequestException;

/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for the time zone UTC+7 with Hồ
 * Ngọc Đức's algorithm: a lunar month starts on the local day of a new moon; month 11 is the month
 * that contains the winter solstice; a year between two months 11 that holds 13 months repeats, as
 * its leap month, the first month without a major solar term.
 *
 * <p>This is not the Chinese calendar: China computes for UTC+8, and a new moon or a solar term
 * close to midnight then falls on another day (Tết 1985 was 21/01/1985 in Viet Nam and 20/02/1985
 * in China; Tết 2007 was 17/02 and 18/02).
 *
 * <p>The new moons come from the series of Meeus's <i>Astronomical Algorithms</i>, chapter 49, with
 * ΔT ({@link NewMoons}, {@link DeltaT}); they agree with the lunar theory ELP2000-82B within about
 * 20 s. The shorter series used before put three month starts of the supported years a day late
 * against the ephemeris, whose new moons fall within two minutes of midnight (UTC+7): tháng 5 of
 * Giáp Thân starts on 20/06/1944 (new moon at 23:59:33), tháng 11 of Nhâm Thìn on 09/12/2072
 * (23:58:43) and tháng 10 of Đinh Dậu on 15/11/2077 (23:59:50); likewise five months after 2130.
 * Future times rest on ΔT extrapolated by Espenak and Meeus, which may be a minute or more off.
 *
 * <p>Supported: solar dates of the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; anything
 * else is refused with {@code calendar.error.outOfRange}. Every day from 1968 (when North Viet Nam
 * adopted UTC+7) to 2053 agrees with Hồ Ngọc Đức's published tables. Before 1968 those tables follow
 * the UTC+8 calendar then in use, and from 2054 a few months whose new moon falls within minutes
 * of midnight start a day apart; this class applies UTC+7 throughout.
 */
@Component
class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** The Julian day of the new moon numbered 0, which fell on 1 January 1900. */
    private static final double NEW_MOON_ZERO = 2415021.076998695;
    /** The number Meeus gives the new moon of 1 January 1900 (his 0 is that of 6 January 2000). */
    private static final long MEEUS_NUMBER_OF_NEW_MOON_ZERO = -1237;
    /**
     * New moons so close to midnight (UTC+7) that the error of the series of {@link NewMoons} (up
     * to about 20 s) could put them on the wrong day, and for which a computation with the full
     * lunar theory ELP2000-82B and VSOP87 (same ΔT) gives the other day: Meeus's number of the new
     * moon, and its local day (Julian day number). Every new moon of the supported years within
     * a minute of midnight was checked that way; this one is the only disagreement. 1967-07: the
     * series gives 23:59:58 on 7 July, ELP2000-82B 00:00:03 on 8 July (16:59:58 and 17:00:03 UT).
     */
    private static final Map<Long, Long> EPHEMERIS_DAYS = Map.of(-402L, 2439680L);
    private static final double DEGREE = Math.PI / 180;

    public LunarDate toLunar(LocalDate date) {
        requireSupported(date);
        long day = julianDay(date);
        long monthStart = monthStartOf(day);
        int solarYear = date.getYear();
        long month11 = month11(solarYear);
        long nextMonth11 = month11;
        int lunarYear;
        if (month11 >= monthStart) {
            lunarYear = solarYear;
            month11 = month11(solarYear - 1);
        } else {
            lunarYear = solarYear + 1;
            nextMonth11 = month11(solarYear + 1);
        }
        int lunarDay = (int) (day - monthStart + 1);
        int monthsAfter11 = (int) ((monthStart - month11) / 29);
        boolean leap = false;
        int month = monthsAfter11 + 11;
        if (nextMonth11 - month11 > 365) {
            int leapOffset = leapMonthOffset(month11);
            if (monthsAfter11 >= leapOffset) {
                month = monthsAfter11 + 10;
                leap = monthsAfter11 == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && monthsAfter11 < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, month, lunarYear, leap);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws InvalidRequestException {@code calendar.error.noSuchLunarDate} for a day 30 in a
     *     month of 29 days or a leap month the year does not have; {@code calendar.error.outOfRange}
     *     outside the supported years
     */
    public LocalDate toSolar(LunarDate lunar) {
        if (lunar.year() < FIRST_YEAR - 1 || lunar.year() > LAST_YEAR) {
            throw outOfRange(lunar.toString());
        }
        if (lunar.day() < 1 || lunar.day() > 30 || lunar.month() < 1 || lunar.month() > 12) {
            throw noSuchDate(lunar);
        }
        long month11;
        long nextMonth11;
        if (lunar.month() < 11) {
            month11 = month11(lunar.year() - 1);
            nextMonth11 = month11(lunar.year());
        } else {
            month11 = month11(lunar.year());
            nextMonth11 = month11(lunar.year() + 1);
        }
        int offset = Math.floorMod(lunar.month() - 11, 12);
        if (nextMonth11 - month11 > 365) {
            int leapOffset = leapMonthOffset(month11);
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset += 1;
            }
        }
        long k = (long) Math.floor(0.5 + (month11 - NEW_MOON_ZERO) / SYNODIC_MONTH);
        LocalDate solar = fromJulianDay(newMoonDay(k + offset) + lunar.day() - 1);
        if (solar.getYear() < FIRST_YEAR || solar.getYear() > LAST_YEAR) {
            throw outOfRange(lunar.toString());
        }
        // A day 30 of a short month, or a leap month the year lacks, lands on another lunar date.
        if (!toLunar(solar).equals(lunar)) {
            throw noSuchDate(lunar);
        }
        return solar;
    }

    /** The last day of a lunar year: the day before the next Tết (29 or 30 tháng Chạp). */
    public LocalDate lastDayOfYear(int lunarYear) {
        return toSolar(LunarDate.of(1, 1, lunarYear + 1)).minusDays(1);
    }

    static boolean supports(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    static void requireSupported(LocalDate date) {
        if (!supports(date)) {
            throw outOfRange(date.toString());
        }
    }

    static void requireSupportedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw outOfRange(String.valueOf(year));
        }
    }

    static InvalidRequestException outOfRange(String value) {
        return new InvalidRequestException("calendar.error.outOfRange", value,
                String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }

    private static InvalidRequestException noSuchDate(LunarDate lunar) {
        return new InvalidRequestException("calendar.error.noSuchLunarDate", lunar.toString());
    }

    /** The day (in UTC+7) on which month 11, the month of the winter solstice, of a year starts. */
    private static long month11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSegment(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /**
     * How many months after month 11 the leap month comes: the first month in which the sun
     * enters no new major term (its 30-degree segment at the start of the month does not change).
     */
    private static int leapMonthOffset(long month11) {
        long k = (long) Math.floor((month11 - NEW_MOON_ZERO) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSegment(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSegment(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /**
     * The first day of the lunar month that contains a day: the last new moon day on or before it.
     * The mean lunation gives a first guess; the true new moon can be a day or so off it.
     */
    private static long monthStartOf(long day) {
        long k = (long) Math.floor((day - NEW_MOON_ZERO) / SYNODIC_MONTH) + 1;
        while (newMoonDay(k) > day) {
            k--;
        }
        while (newMoonDay(k + 1) <= day) {
            k++;
        }
        return newMoonDay(k);
    }

    /**
     * The local day (Julian day number, UTC+7) of the k-th new moon after 1 January 1900: the day
     * of its moment by {@link NewMoons}, unless the ephemeris settled it (see {@link #EPHEMERIS_DAYS}).
     */
    private static long newMoonDay(long k) {
        long meeusK = k + MEEUS_NUMBER_OF_NEW_MOON_ZERO;
        Long settled = EPHEMERIS_DAYS.get(meeusK);
        if (settled != null) {
            return settled;
        }
        return (long) Math.floor(NewMoons.universalTime(meeusK) + 0.5 + TIME_ZONE / 24);
    }

    /** Which 30-degree segment (0-11) of the ecliptic the sun is in at 00:00 local time of a day. */
    private static int sunSegment(long day) {
        return (int) Math.floor(sunLongitude(day - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The sun's true longitude in radians, [0, 2pi), at a Julian day; Meeus. */
    private static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * m)
                + (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * m) + 0.000290 * Math.sin(DEGREE * 3 * m);
        double longitude = (l0 + dl) * DEGREE;
        return longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
    }

    private static long julianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long day) {
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, day);
    }
}
