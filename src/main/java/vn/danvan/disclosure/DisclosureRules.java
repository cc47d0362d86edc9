package vn.danvan.disclosure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.Problem;

/**
 * The rules of disclosure, without the database: the day an item falls due (its basis day, the issue of the
 * decision or the start of the period, plus the item's time limit in days), the basis days of the periodic items
 * of a year, where a disclosure stands, and what a disclosure as recorded must respect (the forms the item allows,
 * a public period that starts no earlier than the basis day and no later than today, and lasts at least the days
 * the item must be kept public, both ends counted).
 */
final class DisclosureRules {

    private DisclosureRules() {
    }

    static LocalDate dueDate(LocalDate basis, int withinDays) {
        return basis.plusDays(withinDays);
    }

    /** The basis days of an item in a year: 1 January for a yearly item, the first day of each quarter. */
    static List<LocalDate> periodicBasisDays(Cadence cadence, int year) {
        return switch (cadence) {
            case YEARLY -> List.of(LocalDate.of(year, 1, 1));
            case QUARTERLY -> List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 1), LocalDate.of(year, 7, 1),
                    LocalDate.of(year, 10, 1));
            case PER_EVENT -> List.of();
        };
    }

    /** Made public by the due date (on time) or after it (late); else overdue once the due date has passed. */
    static DisclosureState state(LocalDate due, LocalDate publicFrom, LocalDate today) {
        if (publicFrom != null) {
            return publicFrom.isAfter(due) ? DisclosureState.LATE : DisclosureState.ON_TIME;
        }
        return today.isAfter(due) ? DisclosureState.OVERDUE : DisclosureState.DUE;
    }

    /** Days from {@code from} to {@code to}, both counted. */
    static long daysPublic(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The problems of a disclosure as typed (none when it may be saved); a missing date is the form's own message
     * and is not repeated here.
     */
    static List<Problem> check(Set<DisclosureChannel> chosen, Set<DisclosureChannel> allowed, LocalDate basis,
            LocalDate from, LocalDate to, int keepDays, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (chosen.isEmpty()) {
            problems.add(Problem.on("channels", "disclosure.error.channelsRequired"));
        } else if (!allowed.containsAll(chosen)) {
            problems.add(Problem.on("channels", "disclosure.error.channelNotAllowed"));
        }
        if (from != null && from.isBefore(basis)) {
            problems.add(Problem.on("publicFrom", "disclosure.error.fromBeforeBasis", DanVanTime.DATE.format(basis)));
        }
        if (from != null && from.isAfter(today)) {
            problems.add(Problem.on("publicFrom", "disclosure.error.fromInFuture"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add(Problem.on("publicTo", "disclosure.error.toBeforeFrom"));
            } else if (daysPublic(from, to) < keepDays) {
                problems.add(Problem.on("publicTo", "disclosure.error.tooShort", keepDays,
                        DanVanTime.DATE.format(from.plusDays(keepDays - 1))));
            }
        }
        return problems;
    }
}
