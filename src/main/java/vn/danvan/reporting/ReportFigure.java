package vn.danvan.reporting;

import java.math.BigDecimal;

/** A stored figure of a report, linked to the records behind it (null link for a manual figure). */
record ReportFigure(String code, BigDecimal value, String link) {
}
