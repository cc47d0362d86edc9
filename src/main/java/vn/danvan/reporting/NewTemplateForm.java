package vn.danvan.reporting;

import jakarta.validation.constraints.Size;

/** A new template's name (reporting_template.name, V14); left empty, the directive's default name. */
record NewTemplateForm(@Size(max = 200) String name) {
}
