package vn.danvan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.danvan.shared.indicator.IndicatorDefinition;
import vn.danvan.shared.indicator.IndicatorKind;
import vn.danvan.shared.indicator.IndicatorProvider;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * Reporting's own figures (Directive clause 3), for commendation scores: whether the unit's report of
 * the period whose deadline falls in the days asked was submitted, on time, accepted (1 yes, 0 no;
 * null when no period's deadline falls in them).
 */
@Component
class ReportingIndicators implements IndicatorProvider {

    static final String SUBMITTED = "reporting.reportSubmitted";
    static final String ON_TIME = "reporting.reportOnTime";
    static final String ACCEPTED = "reporting.reportAccepted";

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(SUBMITTED, "reporting.indicator.submitted", IndicatorKind.YES_NO, "3",
                    IndicatorDefinition.AtAGlance.MUST_BE_YES),
            new IndicatorDefinition(ON_TIME, "reporting.indicator.onTime", IndicatorKind.YES_NO, "3"),
            new IndicatorDefinition(ACCEPTED, "reporting.indicator.accepted", IndicatorKind.YES_NO, "3"));

    private final Reports reports;

    ReportingIndicators(Reports reports) {
        this.reports = reports;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public Map<Long, List<IndicatorValue>> values(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, List<UnitReportStatus>> found = reports.ofUnitsWithDeadlineBetween(unitIds, from, to);
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (long unitId : unitIds) {
            List<UnitReportStatus> ofUnit = found.getOrDefault(unitId, List.of());
            if (ofUnit.isEmpty()) {
                values.put(unitId, List.of(new IndicatorValue(SUBMITTED, null, "/reporting"),
                        new IndicatorValue(ON_TIME, null, "/reporting"), new IndicatorValue(ACCEPTED, null, "/reporting")));
                continue;
            }
            UnitReportStatus r = ofUnit.get(ofUnit.size() - 1);
            String link = "/reporting/reports/" + r.reportId();
            values.put(unitId,
                    ofState(r).entrySet().stream().map(e -> new IndicatorValue(e.getKey(), e.getValue(), link)).toList());
        }
        return values;
    }

    /**
     * The three figures of a report read from its state: what a report says about its own submission is
     * only known once it has moved, so the consolidated report reads them from the states, as its
     * completeness count does, and never from a copy stored while the unit was still writing.
     */
    static Map<String, BigDecimal> ofState(UnitReportStatus r) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(SUBMITTED, yesNo(r.submitted()));
        figures.put(ON_TIME, yesNo(r.submitted() && Boolean.TRUE.equals(r.onTime())));
        figures.put(ACCEPTED, yesNo(r.state() == ReportState.ACCEPTED));
        return figures;
    }

    /** Reporting's own indicators, whose figures come from the report's state. */
    static boolean fromState(String code) {
        return SUBMITTED.equals(code) || ON_TIME.equals(code) || ACCEPTED.equals(code);
    }

    private static BigDecimal yesNo(boolean yes) {
        return yes ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
