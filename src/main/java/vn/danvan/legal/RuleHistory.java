package vn.danvan.legal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The values of one rule over time, free of the database so that the lookup can be tested day by day.
 *
 * <p>The value in force on a day is the one with the latest "applies from" date not after that day; of two
 * values recorded with the same date, the later record wins (it corrects the earlier). Before the first date
 * recorded, the first value applies: DanVan knows no older one, and a date must always have a rule.
 */
final class RuleHistory {

    /** Where a value stands on a given day. */
    enum Status {
        /** Replaced by a later record with the same "applies from" date. */
        CORRECTED,
        /** The value in force. */
        IN_FORCE,
        /** Applies from a later day. */
        FUTURE,
        /** Replaced by a value that applies from a later day. */
        ENDED
    }

    /** A value as the history lists it, with the last day it applied (null while no later value ends it). */
    record Entry(RuleValue value, Status status, LocalDate until) {
    }

    private static final Comparator<RuleValue> ORDER =
            Comparator.comparing(RuleValue::appliesFrom).thenComparingLong(RuleValue::id);

    /** Oldest first; corrected records included. */
    private final List<RuleValue> values;

    RuleHistory(List<RuleValue> values) {
        this.values = values.stream().sorted(ORDER).toList();
    }

    /** The value in force on {@code day}; empty only when the rule has no value at all. */
    Optional<RuleValue> inForce(LocalDate day) {
        RuleValue found = null;
        for (RuleValue v : values) {
            if (v.appliesFrom().isAfter(day)) {
                break;
            }
            found = v;
        }
        if (found == null && !values.isEmpty()) {
            LocalDate first = values.get(0).appliesFrom();
            found = values.stream().filter(v -> v.appliesFrom().equals(first)).reduce((a, b) -> b).orElseThrow();
        }
        return Optional.ofNullable(found);
    }

    /** Every record, the latest date first, each with where it stands on {@code today}. */
    List<Entry> entries(LocalDate today) {
        RuleValue current = inForce(today).orElse(null);
        return values.stream().sorted(ORDER.reversed()).map(v -> new Entry(v, status(v, current, today), until(v)))
                .toList();
    }

    private Status status(RuleValue v, RuleValue current, LocalDate today) {
        if (corrected(v)) {
            return Status.CORRECTED;
        }
        if (v.equals(current)) {
            return Status.IN_FORCE;
        }
        return v.appliesFrom().isAfter(today) ? Status.FUTURE : Status.ENDED;
    }

    private boolean corrected(RuleValue v) {
        return values.stream().anyMatch(o -> o.appliesFrom().equals(v.appliesFrom()) && o.id() > v.id());
    }

    private LocalDate until(RuleValue v) {
        if (corrected(v)) {
            return null;
        }
        return values.stream().map(RuleValue::appliesFrom).filter(d -> d.isAfter(v.appliesFrom())).findFirst()
                .map(d -> d.minusDays(1)).orElse(null);
    }
}
