package vn.danvan.commendation;

/**
 * Where a commendation round stands: opened (weights may be set), ranked (ranking frozen, may be
 * recomputed; shortlist in work), submitted to the leaders, decided, or returned to Home Affairs.
 * The label is {@code commendation.state.<NAME>}.
 */
enum RoundState {
    DRAFT, RANKED, SUBMITTED, DECIDED, RETURNED;

    /** Home Affairs may still change the weights, the ranking and the shortlist. */
    public boolean inPreparation() {
        return this == DRAFT || this == RANKED || this == RETURNED;
    }

    public String messageKey() {
        return "commendation.state." + name();
    }
}
