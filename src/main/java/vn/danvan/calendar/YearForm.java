package vn.danvan.calendar;

/**
 * A button on the year's page (confirm): the version of the year the page showed, none for a year
 * not stored yet. Nobody types it: a tampered value is a 400.
 */
record YearForm(Long version) {
}
