package vn.danvan.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The weekly citizen-reception rule (Luật Tiếp công dân 2013, Điều 15: the commune chairman receives
 * citizens at least one day a week) applied to one commune and one period, without the database:
 * the ISO weeks (Monday to Sunday) that overlap the period, partial weeks at its edges included, and
 * for each the {@link ReceptionState}. A cancelled session never counts; a postponed one counts in the
 * week of its new date; a week without any working day (Tết) is never missed.
 */
final class ReceptionSchedule {

    /** How a commune kept the rule: due weeks, due weeks with a held session, due weeks missed. */
    public record Coverage(int due, int covered, int missed) {
    }

    private ReceptionSchedule() {
    }

    /** The Mondays of the weeks that overlap {@code from}..{@code to}. */
    public static List<LocalDate> mondays(LocalDate from, LocalDate to) {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate last = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate m = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !m.isAfter(last);
                m = m.plusWeeks(1)) {
            mondays.add(m);
        }
        return mondays;
    }

    /**
     * The weeks of a commune for the period.
     *
     * @param today the day in Vietnam; a week has ended when its Sunday is before it
     * @param headPersonId the unit's head, to tell whether a held session was chaired by them; may be null
     * @param sessions the commune's reception sessions, any dates (those outside the weeks are ignored)
     * @param workingDay {@code WorkingCalendar::isWorkingDay}
     */
    public static List<ReceptionWeek> weeks(LocalDate from, LocalDate to, LocalDate today, Long headPersonId,
            List<ReceptionSession> sessions, Predicate<LocalDate> workingDay) {
        List<ReceptionWeek> weeks = new ArrayList<>();
        for (LocalDate monday : mondays(from, to)) {
            weeks.add(week(monday, today, headPersonId, sessions, workingDay));
        }
        return weeks;
    }

    static ReceptionWeek week(LocalDate monday, LocalDate today, Long headPersonId, List<ReceptionSession> sessions,
            Predicate<LocalDate> workingDay) {
        LocalDate sunday = monday.plusDays(6);
        List<ReceptionSession> held = new ArrayList<>();
        List<ReceptionSession> planned = new ArrayList<>();
        for (ReceptionSession s : sessions) {
            LocalDate day = s.startsAt().toLocalDate();
            if (day.isBefore(monday) || day.isAfter(sunday)) {
                continue;
            }
            if (s.status() == ConferenceStatus.HELD) {
                held.add(s);
            } else if (s.status().upcoming()) {
                planned.add(s);
            }
        }
        boolean ended = sunday.isBefore(today);
        boolean hasWorkingDay = monday.datesUntil(sunday.plusDays(1)).anyMatch(workingDay);
        boolean due = ended && hasWorkingDay;
        if (!held.isEmpty()) {
            boolean byHead = headPersonId != null
                    && held.stream().anyMatch(s -> Objects.equals(s.chairPersonId(), headPersonId));
            return new ReceptionWeek(monday, ReceptionState.HELD, byHead, held, due);
        }
        if (!ended && !planned.isEmpty()) {
            return new ReceptionWeek(monday, ReceptionState.SCHEDULED, false, planned, due);
        }
        if (!hasWorkingDay) {
            return new ReceptionWeek(monday, ReceptionState.NO_WORKING_DAY, false, List.of(), false);
        }
        return new ReceptionWeek(monday, ended ? ReceptionState.MISSED : ReceptionState.OPEN, false, List.of(), due);
    }

    public static Coverage coverage(List<ReceptionWeek> weeks) {
        int due = 0;
        int covered = 0;
        for (ReceptionWeek w : weeks) {
            if (w.due()) {
                due++;
                if (w.covered()) {
                    covered++;
                }
            }
        }
        return new Coverage(due, covered, due - covered);
    }
}
