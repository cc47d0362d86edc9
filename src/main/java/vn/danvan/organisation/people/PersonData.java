package vn.danvan.organisation.people;

/** The editable fields of a person, already checked and cleaned. */
public record PersonData(String fullName, String title, long unitId, String email, String phone) {
}
