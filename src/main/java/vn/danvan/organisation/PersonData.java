package vn.danvan.organisation;

/** The editable fields of a person, already checked and cleaned. */
record PersonData(String fullName, String title, long unitId, String email, String phone) {
}
