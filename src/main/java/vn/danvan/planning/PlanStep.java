package vn.danvan.planning;

import java.time.OffsetDateTime;

/** A step of a plan's history: when, who, what, from which state to which, and the reason given. */
record PlanStep(OffsetDateTime at, String actor, String action, PlanStatus from, PlanStatus to, String note) {
}
