package vn.danvan.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.danvan.shared.DanVanTime;

/**
 * When reports are due (hạn nộp): the deadline date, to its end in Asia/Ho_Chi_Minh, plus days of
 * grace that still count as on time.
 */
record Deadline(LocalDate date, int graceDays) {

    /** On time when sent before midnight (Vietnam's time) that ends the last day of grace. */
    boolean onTime(OffsetDateTime submittedAt) {
        LocalDate lastDay = date.plusDays(graceDays);
        return submittedAt.atZoneSameInstant(DanVanTime.ZONE).toLocalDate().compareTo(lastDay) <= 0;
    }
}
