package vn.danvan.petition.handling;

/** Phản ánh (feedback on a situation) or kiến nghị (a proposal); label {@code petition.kind.<NAME>}. */
public enum PetitionKind {
    FEEDBACK, PROPOSAL;

    public String messageKey() {
        return "petition.kind." + name();
    }
}
