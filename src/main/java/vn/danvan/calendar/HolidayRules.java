package vn.danvan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * The days off that the Labour Code 2019, art. 112, gives in a year, as the system proposes them
 * before the Government fixes the year's Tết and National Day days: 1/1; Tết Nguyên đán, 5 days
 * (the last day of the lunar year and days 1 to 4 of tháng Giêng); Giỗ Tổ Hùng Vương, 10/3 lunar;
 * 30/4; 1/5; 2/9 and one day next to it. A holiday that falls on a Saturday or a Sunday, or on
 * the same day as another holiday, is made up by a day off (nghỉ bù) on the next working day that
 * is not already off.
 *
 * <p>From 2026 the proposal adds Ngày Văn hóa Việt Nam, 24/11 (Nghị quyết 28/2026/QH16, in force from
 * 01/07/2026: a paid day off). It is not one of the holidays of art. 112(1), whose make-up rule (art.
 * 111(3)) the resolution does not extend to it, so on a weekend it is proposed without a make-up day;
 * an admin adds one if a notice gives it.
 */
@Component
class HolidayRules {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương (10/3 âm lịch)";
    static final String VICTORY = "Ngày Chiến thắng 30/4";
    static final String LABOUR = "Ngày Quốc tế Lao động 1/5";
    static final String NATIONAL_DAY = "Quốc khánh 2/9";
    static final String NATIONAL_DAY_ADJACENT = "Quốc khánh 2/9 (ngày nghỉ liền kề)";
    static final String CULTURE_DAY = "Ngày Văn hóa Việt Nam (24/11)";
    static final String COMPENSATION = "Nghỉ bù ";
    static final int FIRST_CULTURE_DAY_YEAR = 2026;

    private final LunarCalendar lunar;

    HolidayRules(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** The proposed days off of a year, in date order. */
    List<CalendarDay> propose(int year) {
        LunarCalendar.requireSupportedYear(year);
        List<CalendarDay> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, 1, 1), NEW_YEAR));
        holidays.addAll(tet(year));
        holidays.add(holiday(lunar.toSolar(LunarDate.of(10, 3, year)), HUNG_KINGS));
        holidays.add(holiday(LocalDate.of(year, 4, 30), VICTORY));
        holidays.add(holiday(LocalDate.of(year, 5, 1), LABOUR));
        holidays.addAll(nationalDay(year));
        List<CalendarDay> days = new ArrayList<>(withCompensation(holidays));
        if (year >= FIRST_CULTURE_DAY_YEAR) {
            // the last holiday of the year: no make-up day of the holidays before it reaches November
            days.add(holiday(LocalDate.of(year, 11, 24), CULTURE_DAY));
        }
        return List.copyOf(days);
    }

    private List<CalendarDay> tet(int year) {
        LocalDate lastDay = lunar.lastDayOfYear(year - 1);
        int lastLunarDay = lunar.toLunar(lastDay).day();
        List<CalendarDay> days = new ArrayList<>();
        days.add(holiday(lastDay, TET + " (" + lastLunarDay + " tháng Chạp)"));
        for (int day = 1; day <= 4; day++) {
            days.add(holiday(lastDay.plusDays(day), TET + " (mùng " + day + " tháng Giêng)"));
        }
        return days;
    }

    /**
     * 2/9 and the day next to it that joins the break to a weekend, as the Government chose in
     * 2021-2025: 3/9 when 2/9 is a Thursday (break Thu-Sun), a Monday (Sat-Tue) or a Sunday
     * (Sat-Tue with the nghỉ bù of 2/9); otherwise 1/9, which also covers a Wednesday 2/9 where
     * neither side touches a weekend.
     */
    private static List<CalendarDay> nationalDay(int year) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate adjacent = switch (nationalDay.getDayOfWeek()) {
            case THURSDAY, MONDAY, SUNDAY -> nationalDay.plusDays(1);
            default -> nationalDay.minusDays(1);
        };
        return List.of(holiday(adjacent, NATIONAL_DAY_ADJACENT), holiday(nationalDay, NATIONAL_DAY));
    }

    private static List<CalendarDay> withCompensation(List<CalendarDay> holidays) {
        Map<LocalDate, CalendarDay> off = new TreeMap<>();
        List<CalendarDay> lost = new ArrayList<>();
        for (CalendarDay holiday : holidays) {
            CalendarDay same = off.get(holiday.date());
            if (same != null) {
                off.put(holiday.date(), holiday(holiday.date(), same.name() + "; " + holiday.name()));
                lost.add(holiday);
            } else {
                off.put(holiday.date(), holiday);
                if (isWeekend(holiday.date())) {
                    lost.add(holiday);
                }
            }
        }
        lost.sort(Comparator.comparing(CalendarDay::date));
        for (CalendarDay holiday : lost) {
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || off.containsKey(day)) {
                day = day.plusDays(1);
            }
            off.put(day, holiday(day, COMPENSATION + holiday.name()));
        }
        return List.copyOf(off.values());
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, name, DayKind.HOLIDAY);
    }
}
