package vn.danvan.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.indicator.IndicatorKind;

/** An indicator the units type in, defined by hand (reporting_template_indicator, V14). */
record ManualIndicatorForm(
        @NotBlank @Size(max = 300) String label,
        @NotNull IndicatorKind kind,
        @Size(max = 50) String unitOfMeasure,
        @Size(max = 300) String source) {

    static ManualIndicatorForm empty() {
        return new ManualIndicatorForm(null, IndicatorKind.COUNT, null, null);
    }
}
