package vn.danvan.legal;

/**
 * The legal time limits and rules DanVan applies (quy định về thời hạn), one constant per rule, each with
 * the unit of its value and the bounds an edit must keep. The values, their sources and the dates from
 * which they apply are data ({@code legal_rule_value}, seeded by V30); a new rule is a constant here, a row
 * in a migration and the module code that asks for it.
 *
 * <p>A statutory rule ({@code statutory}) is set by a law, not by the administration: it changes only with
 * a new legal source and a date after the value in force (see {@link RuleEditing}).
 */
public enum LegalRule {

    /** Petitions: notice of acceptance (thông báo tiếp nhận, thụ lý) within this many working days. */
    PETITION_ACCEPTANCE("petition", RuleUnit.WORKING_DAYS, 1, 60, false),
    /** Supervision and social criticism: a unit answers within this many working days unless the request says. */
    SUPERVISION_ANSWER("supervision", RuleUnit.WORKING_DAYS, 1, 90, false),
    /** One-stop: a dossier received at or after this time of a working day counts from the next working day. */
    DOSSIER_NEXT_DAY_FROM("dossier", RuleUnit.TIME_OF_DAY, 6 * 60, 23 * 60 + 59, false),
    /**
     * One-stop: the apology slip (phiếu xin lỗi và hẹn lại ngày trả kết quả) is due when the appointment date is
     * at most this many working days away.
     */
    DOSSIER_APOLOGY_NOTICE("dossier", RuleUnit.WORKING_DAYS, 1, 10, false),
    /** Grassroots democracy: a matter residents decide passes with MORE than this share of all households. */
    CONSULTATION_APPROVAL("consultation", RuleUnit.PERCENT, 1, 99, true);

    private final String area;
    private final RuleUnit unit;
    private final int min;
    private final int max;
    private final boolean statutory;

    LegalRule(String area, RuleUnit unit, int min, int max, boolean statutory) {
        this.area = area;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.statutory = statutory;
    }

    /** The module whose work the rule governs; its name is the message {@code legal.area.<area>}. */
    public String area() {
        return area;
    }

    public RuleUnit unit() {
        return unit;
    }

    /** The smallest value allowed (for a time, minutes of the day). */
    public int min() {
        return min;
    }

    /** The largest value allowed (for a time, minutes of the day). */
    public int max() {
        return max;
    }

    /** Set by a law: a new value needs a new legal source and a later date. */
    public boolean statutory() {
        return statutory;
    }

    /** The rule's name, message {@code legal.rule.<NAME>}; its meaning is {@code legal.rule.<NAME>.meaning}. */
    public String messageKey() {
        return "legal.rule." + name();
    }
}
