package vn.danvan.dialogue;

/** A person on a conference's attendee list: personal data, for the host unit's staff only. */
record Attendee(long id, long conferenceId, int position, String fullName, String address) {
}
