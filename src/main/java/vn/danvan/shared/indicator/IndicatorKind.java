package vn.danvan.shared.indicator;

/** How an indicator's value reads: a count, a percentage (0-100), a number of days, a yes/no, a 1-5 mean. */
public enum IndicatorKind {
    COUNT, PERCENT, DAYS, YES_NO, RATING
}
