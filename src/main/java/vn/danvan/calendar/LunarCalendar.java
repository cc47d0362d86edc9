package vn.danvan.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

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
 * <p>Supported: solar dates of the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; anything
 * else is refused with {@code calendar.error.outOfRange}. Every day from 1968 (when North Viet Nam
 * adopted UTC+7) to 2053 agrees with Hồ Ngọc Đức's published tables. Before 1968 those tables follow
 * the UTC+8 calendar then in use, and from 2054 a few months whose new moon falls within minutes
 * of midnight start a day apart; this class applies UTC+7 throughout.
 */
@Component
public class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** The Julian day of the new moon numbered 0, which fell on 1 January 1900. */
    private static final double NEW_MOON_ZERO = 2415021.076998695;
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

    /** The local day (Julian day number) of the k-th new moon after 1 January 1900. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The moment (Julian day, UT) of the k-th new moon; Meeus, Astronomical Algorithms. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * m)
                - 0.4068 * Math.sin(mpr * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * mpr)
                - 0.0004 * Math.sin(DEGREE * 3 * mpr)
                + 0.0104 * Math.sin(DEGREE * 2 * f) - 0.0051 * Math.sin(DEGREE * (m + mpr))
                - 0.0074 * Math.sin(DEGREE * (m - mpr)) + 0.0004 * Math.sin(DEGREE * (2 * f + m))
                - 0.0004 * Math.sin(DEGREE * (2 * f - m)) - 0.0006 * Math.sin(DEGREE * (2 * f + mpr))
                + 0.0010 * Math.sin(DEGREE * (2 * f - mpr)) + 0.0005 * Math.sin(DEGREE * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
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
