package vn.danvan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.Predicate;

/**
 * The appointment-date and on-time rules of a dossier, free of the database so that they can be tested
 * day by day.
 *
 * <p>A dossier received on a working day before the cut-off hour ({@link DossierSettings}: 15:00 under
 * Nghị định 118/2025/NĐ-CP)
 * counts from that day; one received at or after it, or on a day off, counts as received on the next working
 * day. The appointment date is then the
 * procedure's time limit in working days after that day, the day itself not counted (Civil Code 2015,
 * art. 147; the same arithmetic as {@code WorkingCalendar.addWorkingDays}). When more documents were
 * requested, the full time limit restarts from the day the dossier became complete, by the same rule.
 * A dossier returned on or before its appointment date is on time.
 */
final class DossierRules {

    private DossierRules() {
    }

    /** The day the counting starts from (not itself counted). */
    static LocalDate countedFrom(LocalDateTime received, LocalTime nextDayFrom, Predicate<LocalDate> workingDay) {
        LocalDate day = received.toLocalDate();
        if (workingDay.test(day) && received.toLocalTime().isBefore(nextDayFrom)) {
            return day;
        }
        do {
            day = day.plusDays(1);
        } while (!workingDay.test(day));
        return day;
    }

    /** The appointment date (ngày hẹn trả) of a dossier received or completed at {@code received}. */
    static LocalDate appointment(LocalDateTime received, LocalTime nextDayFrom, int workingDays,
            Predicate<LocalDate> workingDay) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a time limit is at least one working day");
        }
        LocalDate day = countedFrom(received, nextDayFrom, workingDay);
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (workingDay.test(day)) {
                left--;
            }
        }
        return day;
    }

    /** Returned on or before the appointment date. */
    static boolean onTime(LocalDate returned, LocalDate due) {
        return !returned.isAfter(due);
    }

    /**
     * Whether an apology slip (phiếu xin lỗi và hẹn lại ngày trả kết quả) may be issued: the dossier is being
     * handled (received or in progress) and its appointment date is at most {@code leadWorkingDays} working days
     * after today (the legal rule: one under Nghị định 118/2025/NĐ-CP), or already past.
     */
    static boolean apologyDue(DossierState state, LocalDate due, LocalDate today, int leadWorkingDays,
            Predicate<LocalDate> workingDay) {
        if (!state.clockRuns()) {
            return false;
        }
        LocalDate limit = today;
        for (int left = leadWorkingDays; left > 0; left--) {
            do {
                limit = limit.plusDays(1);
            } while (!workingDay.test(limit));
        }
        return !due.isAfter(limit);
    }

    /**
     * Being handled (received or in progress) and its appointment date has passed. A dossier waiting for
     * the applicant's documents is not late: its time limit restarts when they are complete.
     */
    static boolean late(DossierState state, LocalDate due, LocalDate today) {
        return state.clockRuns() && today.isAfter(due);
    }
}
