package vn.danvan.petition.handling;

/** An open petition that looks like another one: same category, same unit or place, similar words. */
record DuplicateCandidate(long id, String code, String title, PetitionStatus status, double score) {

    /** The score as a whole percentage, for display. */
    public int percent() {
        return (int) Math.round(score * 100);
    }
}
