package vn.danvan.dialogue;

import java.time.LocalDate;

/**
 * The period a reception schedule covers: a month (1-12) or a quarter (1-4) of a year. Anything
 * out of range falls back to the month of {@code today}.
 */
record ReceptionPeriod(int year, boolean quarter, int number) {

    /** Years the period chooser accepts: those the working calendar knows, within reason. */
    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2100;

    public static ReceptionPeriod monthOf(LocalDate day) {
        return new ReceptionPeriod(day.getYear(), false, day.getMonthValue());
    }

    /**
     * From the screen's parameters: {@code period} {@code M1}..{@code M12} or {@code Q1}..{@code Q4}
     * (else the month of today) and {@code year} (else this year).
     */
    public static ReceptionPeriod of(String code, Integer year, LocalDate today) {
        int y = year == null || year < FIRST_YEAR || year > LAST_YEAR ? today.getYear() : year;
        if (code != null && code.matches("[MmQq](1[0-2]|[1-9])")) {
            boolean quarter = Character.toUpperCase(code.charAt(0)) == 'Q';
            int n = Integer.parseInt(code.substring(1));
            if (!quarter || n <= 4) {
                return new ReceptionPeriod(y, quarter, n);
            }
        }
        return new ReceptionPeriod(y, false, today.getMonthValue());
    }

    /** The code of the period chooser's option: {@code M11}, {@code Q4}. */
    public String code() {
        return (quarter ? "Q" : "M") + number;
    }

    /** The chooser's options: the twelve months, then the four quarters. */
    public static java.util.List<ReceptionPeriod> options(int year) {
        java.util.List<ReceptionPeriod> options = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            options.add(new ReceptionPeriod(year, false, m));
        }
        for (int q = 1; q <= 4; q++) {
            options.add(new ReceptionPeriod(year, true, q));
        }
        return options;
    }

    public LocalDate from() {
        return LocalDate.of(year, quarter ? (number - 1) * 3 + 1 : number, 1);
    }

    public LocalDate to() {
        return from().plusMonths(quarter ? 3 : 1).minusDays(1);
    }

    /** The message of the period's name, with {@code number} and {@code year} as its arguments. */
    public String messageKey() {
        return quarter ? "dialogue.reception.period.quarterOf" : "dialogue.reception.period.monthOf";
    }

    /** The chooser option's message, with {@code number} as its argument. */
    public String optionKey() {
        return quarter ? "dialogue.reception.period.quarter" : "dialogue.reception.period.month";
    }
}
