package vn.danvan.reporting;

import java.util.List;

/** A report template (mẫu báo cáo): narrative sections and indicators, in order. */
record ReportingTemplate(long id, String name, List<TemplateSection> sections, List<TemplateIndicator> indicators,
        long version) {
}
