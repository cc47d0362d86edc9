package vn.danvan.commendation;

/**
 * Where a commendation round stands: opened (weights may be set), ranked (ranking frozen, may be
 * recomputed; shortlist in work), submitted to the leaders, decided, or returned to Home Affairs.
 * The label is {@code commendation.state.<NAME>}.
 */
enum RoundState {
    DRAFT, RANKED, SUBMITTED, DECIDED, RETURNED;

    /** Home Affairs may still change the weights and rank again. */
    public boolean inPreparation() {
        return this == DRAFT || this == RANKED || this == RETURNED;
    }

    /** The list takes entries and may be submitted: ranked, or returned by the leader. */
    public boolean shortlisting() {
        return this == RANKED || this == RETURNED;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(RoundState next) {
        return switch (next) {
            case DRAFT -> false;
            case RANKED -> inPreparation();
            case SUBMITTED -> shortlisting();
            case DECIDED, RETURNED -> this == SUBMITTED;
        };
    }

    public String messageKey() {
        return "commendation.state." + name();
    }
}
