package vn.danvan.friendly;

import jakarta.validation.constraints.NotNull;

/** A button acting on a year's criteria set (closing it): the year, never typed. */
record YearForm(@NotNull Integer year) {
}
