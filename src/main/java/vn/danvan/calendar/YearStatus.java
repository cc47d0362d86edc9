package vn.danvan.calendar;

/** How far a year's calendar has come: proposed (from the rules or edited) or confirmed by an admin. */
enum YearStatus {
    PROPOSED, CONFIRMED
}
