package vn.danvan.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A year's calendar for the admin screens and the API. {@code stored} is false for a year still
 * served from the rules; its {@code version} is then null and it has no documents. {@code official}
 * marks a year shipped as the Government set it (V29). Methods the templates call are public, as
 * SpEL only calls public methods.
 */
record YearView(int year, boolean stored, YearStatus status, String confirmedBy, OffsetDateTime confirmedAt,
        boolean official, Long version, List<CalendarDay> days, List<SourceDocument> sources,
        Map<LocalDate, SourceDocument> daySources) {

    static YearView stored(CalendarYear year, List<StoredDay> days, List<SourceDocument> sources) {
        Map<Long, SourceDocument> byId = sources.stream()
                .collect(Collectors.toMap(SourceDocument::id, Function.identity()));
        Map<LocalDate, SourceDocument> daySources = days.stream()
                .filter(day -> day.sourceId() != null && byId.containsKey(day.sourceId()))
                .collect(Collectors.toUnmodifiableMap(StoredDay::date, day -> byId.get(day.sourceId())));
        return new YearView(year.year(), true, year.status(), year.confirmedBy(), year.confirmedAt(), year.official(),
                year.version(), days.stream().map(StoredDay::day).toList(), List.copyOf(sources), daySources);
    }

    static YearView proposed(int year, List<CalendarDay> days) {
        return new YearView(year, false, YearStatus.PROPOSED, null, null, false, null, days, List.of(), Map.of());
    }

    public boolean confirmed() {
        return status == YearStatus.CONFIRMED;
    }

    /** The document that set a day of the year, or null (a proposed day, or one an admin added). */
    public SourceDocument sourceOf(LocalDate date) {
        return daySources.get(date);
    }

    public boolean hasPreviousYear() {
        return year > LunarCalendar.FIRST_YEAR;
    }

    public boolean hasNextYear() {
        return year < LunarCalendar.LAST_YEAR;
    }
}
