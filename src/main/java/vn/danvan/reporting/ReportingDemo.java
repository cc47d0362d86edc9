package vn.danvan.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With {@code danvan.demo} on, a template following Directive 02/CT-UBND is there from the first start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ReportingDemo implements ApplicationRunner {

    static final String NAME = "Báo cáo công tác dân vận hằng năm (Chỉ thị 02/CT-UBND)";
    private static final Logger log = LoggerFactory.getLogger(ReportingDemo.class);

    private final boolean demo;
    private final ReportingTemplates templates;
    private final TemplateEditing editing;

    ReportingDemo(@Value("${danvan.demo:false}") boolean demo, ReportingTemplates templates, TemplateEditing editing) {
        this.demo = demo;
        this.templates = templates;
        this.editing = editing;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && templates.list().isEmpty()) {
            long id = editing.createDefault(NAME);
            editing.addManual(id, "Số buổi tuyên truyền, quán triệt về công tác dân vận",
                    vn.danvan.shared.indicator.IndicatorKind.COUNT, "buổi", "Sổ theo dõi của đơn vị");
            log.info("Created the demo report template");
        }
    }
}
