package vn.danvan.shared.indicator;

/**
 * One indicator: a stable code (e.g. {@code petition.answeredOnTimeRate}), the message key of its
 * label, its kind, the directive clause it evidences (e.g. "1b", "1d"), and whether the leader
 * dashboard shows it at a glance.
 */
public record IndicatorDefinition(String code, String labelKey, IndicatorKind kind, String directiveClause,
        AtAGlance glance) {

    /** An indicator for reports and scores only, not on the dashboard. */
    public IndicatorDefinition(String code, String labelKey, IndicatorKind kind, String directiveClause) {
        this(code, labelKey, kind, directiveClause, AtAGlance.NO);
    }

    /**
     * Whether the leader dashboard shows an indicator and when it calls for attention: a count of
     * late or overdue items (attention above zero), or a yes/no that should be yes (a plan approved,
     * a report submitted: attention when it is no; a null value means nothing is due yet).
     */
    public enum AtAGlance {
        NO, LATE_ITEMS, MUST_BE_YES
    }
}
