package vn.danvan.planning;

import java.time.LocalDate;

/** A unit's annual plan was sent for its head's approval ({@code version}: the plan's version it was sent from). */
public record PlanSubmitted(long planId, long unitId, int year, long version, LocalDate on) {
}
