package vn.danvan.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.OrganisationService;

/**
 * With {@code danvan.demo} on, a template is there from the first start, named after the directive the demo
 * set works to: Directive 02/CT-UBND of the district in 2018, the Prime Minister's 16/CT-TTg in 2025.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ReportingDemo implements ApplicationRunner {

    static final String NAME = "Báo cáo công tác dân vận hằng năm (Chỉ thị 02/CT-UBND)";
    static final String NAME_2025 = "Báo cáo công tác dân vận chính quyền hằng năm (Chỉ thị 16/CT-TTg)";
    private static final Logger log = LoggerFactory.getLogger(ReportingDemo.class);

    private final boolean demo;
    private final ReportingTemplates templates;
    private final TemplateEditing editing;
    private final OrganisationService organisation;

    ReportingDemo(@Value("${danvan.demo:false}") boolean demo, ReportingTemplates templates, TemplateEditing editing,
            OrganisationService organisation) {
        this.demo = demo;
        this.templates = templates;
        this.editing = editing;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo && templates.list().isEmpty()) {
            long id = editing.createDefault(name(organisation.demoDataset()));
            editing.addManual(id, "Số buổi tuyên truyền, quán triệt về công tác dân vận",
                    vn.danvan.shared.indicator.IndicatorKind.COUNT, "buổi", "Sổ theo dõi của đơn vị");
            log.info("Created the demo report template");
        }
    }

    static String name(DemoDataset dataset) {
        return switch (dataset) {
            case PHU_GIAO_2018 -> NAME;
            case TWO_TIER_2025 -> NAME_2025;
        };
    }
}
