package vn.danvan.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A narrative section added to a template (reporting_template_section, V14). Its code names the
 * section's field in the report's form ({@code sections[1b]}), so it is letters, digits, dots,
 * hyphens and underscores only.
 */
record SectionForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{reporting.error.sectionCode}") String code,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String guidance) {

    static SectionForm empty() {
        return new SectionForm(null, null, null);
    }
}
