package vn.danvan.legal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule's value counts (đơn vị): working days, a time of day, or a percentage. The value is stored as
 * text in one canonical form ("10", "15:00", "50") that {@link #read} produces from what a person types.
 */
enum RuleUnit {
    /** Working days (ngày làm việc), the day of the event not counted. */
    WORKING_DAYS,
    /** A time of day, HH:mm in Vietnam's time. */
    TIME_OF_DAY,
    /** A whole percentage. */
    PERCENT;

    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hHgG]\\s*(\\d{2})?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The canonical text of a typed value, or empty when it is not one of this unit between {@code min} and
     * {@code max} (for a time, minutes of the day). A time may be typed "15:00", "15h00", "15g00" or "15h";
     * a percentage with or without its "%".
     */
    Optional<String> read(String typed, int min, int max) {
        String text = typed == null ? "" : typed.strip();
        if (this == TIME_OF_DAY) {
            Matcher m = TIME.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour > 23 || minute > 59) {
                return Optional.empty();
            }
            int minutes = hour * 60 + minute;
            if (minutes < min || minutes > max) {
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(hour, minute).format(HH_MM));
        }
        String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
        if (!WHOLE.matcher(digits).matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(digits);
        return n < min || n > max ? Optional.empty() : Optional.of(Integer.toString(n));
    }

    /** A bound as a person reads it: "30" or, for a time, "06:00". */
    public String bound(int value) {
        return this == TIME_OF_DAY ? LocalTime.of(value / 60, value % 60).format(HH_MM) : Integer.toString(value);
    }

    /** The message that shows a value of this unit, e.g. "{0} ngày làm việc". */
    public String messageKey() {
        return "legal.unit." + name();
    }
}
