package vn.danvan.reporting;

import java.time.LocalDate;

/**
 * Reporting work reached units (issue 18): a period was opened ({@code reportId} null, every report of the
 * period) or a report was returned to its unit ({@code version}: the report's version it was returned from).
 */
public record ReportingWorkArrived(long periodId, Long reportId, long version, LocalDate on) {

    static ReportingWorkArrived opened(long periodId, LocalDate on) {
        return new ReportingWorkArrived(periodId, null, 0, on);
    }

    static ReportingWorkArrived returned(long periodId, long reportId, long version, LocalDate on) {
        return new ReportingWorkArrived(periodId, reportId, version, on);
    }
}
