package vn.danvan.dialogue;

/** A question as shown to the host unit's staff; the asker is private and appears only here. */
public record Question(long id, long conferenceId, String askerName, String question, String answer,
        Long petitionId, String petitionCode) {
}
