package vn.danvan.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch). {@code leapMonth} marks the leap month
 * (tháng nhuận), which repeats the number of the month before it.
 */
record LunarDate(int day, int month, int year, boolean leapMonth) {

    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year;
    }
}
