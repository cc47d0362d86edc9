package vn.danvan.calendar;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A stored year (an official one of 2020-2026, or one an admin opened) is read from the database; any
 * other year is proposed by the rules.
 */
@Component
class StoredOrProposedCalendar implements CalendarSource {

    private final CalendarStore store;
    private final HolidayRules rules;

    StoredOrProposedCalendar(CalendarStore store, HolidayRules rules) {
        this.store = store;
        this.rules = rules;
    }

    @Override
    public List<CalendarDay> days(int year) {
        if (store.findYear(year).isEmpty()) {
            return rules.propose(year);
        }
        return store.days(year).stream().map(StoredDay::day).toList();
    }
}
