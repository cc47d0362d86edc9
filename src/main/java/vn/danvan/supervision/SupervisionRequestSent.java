package vn.danvan.supervision;

import java.time.LocalDate;

/** The Front sent a supervision request to its units on the day. */
public record SupervisionRequestSent(long requestId, LocalDate on) {
}
