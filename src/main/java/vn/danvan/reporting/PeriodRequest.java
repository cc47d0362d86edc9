package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.List;

/** What Home Affairs chooses when it opens a period. */
record PeriodRequest(int year, long templateId, LocalDate deadline, int graceDays, LocalDate spanFrom,
        LocalDate spanTo, List<Long> unitIds) {
}
