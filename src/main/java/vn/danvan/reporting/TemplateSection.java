package vn.danvan.reporting;

/** A narrative section of a template (phần thuyết minh): the directive task it answers and its guidance. */
record TemplateSection(long id, String code, String title, String guidance) {
}
