package vn.danvan.calendar;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A year whose calendar is stored: opened by an admin, or shipped as the official calendar set by
 * the Government's documents ({@code official}, V29), confirmed by "system".
 */
record CalendarYear(long id, int year, YearStatus status, String confirmedBy, OffsetDateTime confirmedAt,
        boolean official, long version) {

    boolean confirmed() {
        return status == YearStatus.CONFIRMED;
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("year", year);
        fields.put("status", status);
        fields.put("confirmedBy", confirmedBy);
        fields.put("confirmedAt", confirmedAt);
        return fields;
    }
}
