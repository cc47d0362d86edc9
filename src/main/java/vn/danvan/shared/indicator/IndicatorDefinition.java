package vn.danvan.shared.indicator;

/**
 * One indicator: a stable code (e.g. {@code petition.answeredOnTimeRate}), the message key of its
 * label, its kind, and the directive clause it evidences (e.g. "1b", "1d").
 */
public record IndicatorDefinition(String code, String labelKey, IndicatorKind kind, String directiveClause) {
}
