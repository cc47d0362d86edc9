package vn.danvan.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An indicator of a module's catalogue added to a template, by its code (reporting_template_indicator.code, V14). */
record OfferedIndicatorForm(
        @NotBlank(message = "{reporting.error.indicatorUnknown}") @Size(max = 100) String code) {
}
