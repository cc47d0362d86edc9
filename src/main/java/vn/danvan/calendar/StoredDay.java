package vn.danvan.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A calendar entry as stored, with its id, the document that set it (if known) and its version. */
record StoredDay(long id, LocalDate date, String name, DayKind kind, Long sourceId, long version) {

    CalendarDay day() {
        return new CalendarDay(date, name, kind);
    }

    static Map<String, Object> auditFields(CalendarDay day) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", day.date());
        fields.put("name", day.name());
        fields.put("kind", day.kind());
        return fields;
    }
}
