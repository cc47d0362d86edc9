package vn.danvan.reporting;

import java.time.OffsetDateTime;

/** A line of a report's history: what was done, from which state to which, by whom, when, and why. */
record ReportStep(String action, ReportState from, ReportState to, String comment, String actor, OffsetDateTime at) {

    public String messageKey() {
        return "reporting.action." + action;
    }
}
