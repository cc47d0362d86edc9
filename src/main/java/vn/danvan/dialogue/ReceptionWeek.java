package vn.danvan.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * One ISO week (Monday to Sunday) of a commune's reception schedule: its state, whether a held
 * session was chaired by the head of the unit, the sessions that make the state (held ones for a
 * held week, planned or postponed ones for a scheduled week), and whether the week is due: ended
 * before today and with a working day, so that it counts towards the weekly rule.
 */
record ReceptionWeek(LocalDate monday, ReceptionState state, boolean chairedByHead,
        List<ReceptionSession> sessions, boolean due) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    public ReceptionWeek {
        sessions = List.copyOf(sessions);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    /** The ISO week number (week 53 or 1 around the new year). */
    public int number() {
        return number(monday);
    }

    /** {@code dd/MM–dd/MM}. */
    public String span() {
        return span(monday);
    }

    static int number(LocalDate monday) {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    static String span(LocalDate monday) {
        return monday.format(DAY) + "\u2013" + monday.plusDays(6).format(DAY);
    }

    /** A due week with a held session. */
    public boolean covered() {
        return due && state == ReceptionState.HELD;
    }
}
