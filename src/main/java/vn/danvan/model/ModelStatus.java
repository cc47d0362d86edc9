package vn.danvan.model;

/**
 * Where a model or exemplary person stands: DRAFT -> SUBMITTED -> evaluated, that is RECOGNISED
 * (công nhận) or NOT_RECOGNISED. The allowed next state lives here; the label is the message
 * {@code model.status.<NAME>}.
 */
enum ModelStatus {
    DRAFT, SUBMITTED, RECOGNISED, NOT_RECOGNISED;

    /** Only a draft may be changed, have files added and be submitted. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(ModelStatus next) {
        return switch (next) {
            case DRAFT -> false;
            case SUBMITTED -> this == DRAFT;
            case RECOGNISED, NOT_RECOGNISED -> this == SUBMITTED;
        };
    }

    public boolean evaluated() {
        return this == RECOGNISED || this == NOT_RECOGNISED;
    }

    public String messageKey() {
        return "model.status." + name();
    }
}
