package vn.danvan.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A section's title and guidance changed (reporting_template_section, V14). */
record SectionEditForm(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String guidance) {
}
