package vn.danvan.inspection;

/** An inspection record is drafted, then concluded once (final: the conclusion is an issued document). */
enum InspectionStatus {
    DRAFT, CONCLUDED;

    public boolean allows(InspectionStatus next) {
        return this == DRAFT && next == CONCLUDED;
    }

    public boolean editable() {
        return this == DRAFT;
    }

    public String messageKey() {
        return "inspection.status." + name();
    }
}
