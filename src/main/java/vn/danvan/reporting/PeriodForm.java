package vn.danvan.reporting;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** The period Home Affairs opens, as typed; dates dd/MM/yyyy. */
record PeriodForm(
        @NotNull @Min(value = 2000, message = "{reporting.error.year}")
        @Max(value = 2100, message = "{reporting.error.year}") Integer year,
        @NotNull Long templateId,
        @NotNull LocalDate deadline,
        @NotNull @Min(value = 0, message = "{reporting.error.grace}")
        @Max(value = 60, message = "{reporting.error.grace}") Integer graceDays,
        @NotNull LocalDate spanFrom,
        @NotNull LocalDate spanTo,
        @NotEmpty(message = "{reporting.error.noUnits}") List<Long> unitIds) {

    /** The defaults: 15 October of the year, no grace, 1 January to the deadline. */
    static PeriodForm defaults(int year, Long templateId, List<Long> unitIds) {
        LocalDate deadline = ReportingPeriods.defaultDeadline(year);
        return new PeriodForm(year, templateId, deadline, 0, LocalDate.of(year, 1, 1), deadline, unitIds);
    }

    /** What to open, from a valid form. */
    PeriodRequest request() {
        return new PeriodRequest(year, templateId, deadline, graceDays, spanFrom, spanTo,
                unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }
}
