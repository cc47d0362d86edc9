package vn.danvan.calendar;

import jakarta.validation.constraints.NotNull;

/**
 * The remove button of a document on the year's page: its position in the year and the version of
 * the year the page showed. Nobody types them: a missing or tampered value is a 400.
 */
record RemoveSourceForm(@NotNull Integer position, Long version) {
}
