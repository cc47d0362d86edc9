package vn.danvan.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A reporting period (kỳ báo cáo): the year, the template, the deadline with days of grace, and the
 * span of days whose records fill the reports; then the consolidation and the Chairman's approval.
 */
record ReportingPeriod(long id, int year, long templateId, LocalDate deadline, int graceDays,
        LocalDate spanFrom, LocalDate spanTo, OffsetDateTime consolidatedAt, OffsetDateTime approvedAt,
        long version) {

    Deadline due() {
        return new Deadline(deadline, graceDays);
    }

    public boolean consolidated() {
        return consolidatedAt != null;
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
