package vn.danvan.reporting;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * The reporting demo step: a template is there from the first start, named after the directive the demo
 * set works to: Directive 02/CT-UBND of the district in 2018, the Prime Minister's 16/CT-TTg in 2025.
 */
@Component
class ReportingDemo implements DemoStep {

    static final String NAME = "Báo cáo công tác dân vận hằng năm (Chỉ thị 02/CT-UBND)";
    static final String NAME_2025 = "Báo cáo công tác dân vận chính quyền hằng năm (Chỉ thị 16/CT-TTg)";
    private final ReportingTemplates templates;
    private final TemplateEditing editing;

    ReportingDemo(ReportingTemplates templates, TemplateEditing editing) {
        this.templates = templates;
        this.editing = editing;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.REPORTING;
    }

    @Override
    public boolean loaded() {
        return !templates.list().isEmpty();
    }

    @Override
    public void load(DemoDataset set) {
        long id = editing.createDefault(name(set));
        editing.addManual(id, "Số buổi tuyên truyền, quán triệt về công tác dân vận", IndicatorKind.COUNT, "buổi",
                "Sổ theo dõi của đơn vị");
    }

    static String name(DemoDataset dataset) {
        return switch (dataset) {
            case PHU_GIAO_2018 -> NAME;
            case TWO_TIER_2025 -> NAME_2025;
        };
    }
}
