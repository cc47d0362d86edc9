package vn.danvan.dialogue;

/**
 * A question of a conference. The asker is private: null here, read only on request by the host unit's
 * staff ({@link Questions#askers}, audited).
 */
record Question(long id, long conferenceId, String askerName, String question, String answer,
        Long petitionId, String petitionCode) {
}
