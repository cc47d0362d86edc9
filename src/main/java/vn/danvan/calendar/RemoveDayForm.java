package vn.danvan.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The remove button of a day on the year's page: the day and the version of the year the page
 * showed. Nobody types them: a missing or tampered value is a 400.
 */
record RemoveDayForm(@NotNull LocalDate date, Long version) {
}
