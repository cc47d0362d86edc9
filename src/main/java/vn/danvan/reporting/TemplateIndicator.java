package vn.danvan.reporting;

import vn.danvan.shared.indicator.IndicatorKind;

/**
 * An indicator of a template (chỉ tiêu): offered by a module through the indicator contract, or
 * manual, typed in by the unit, with its unit of measure and source.
 */
record TemplateIndicator(long id, String code, String label, IndicatorKind kind, boolean manual,
        String unitOfMeasure, String source, String directiveClause) {

    /** Counts are summed in the consolidation; rates and ratings averaged; yes/no counted. */
    boolean summed() {
        return kind == IndicatorKind.COUNT;
    }
}
