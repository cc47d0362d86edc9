package vn.danvan.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoActors;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The inspection demo step: an approved 2026 inspection plan of Home Affairs (the first demo commune,
 * the environment office, the second commune: An Bình, Phòng Tài nguyên và Môi trường, An Linh in 2018;
 * Phú Giáo, Sở Nông nghiệp và Môi trường, An Long in 2025; the Home Affairs officer leads the team), a
 * concluded inspection of the first commune with its checklist marked, and one violation found there,
 * decided with a reprimand (khiển trách) and under follow-up. The official is a demo civil servant of the
 * commune without an account. Rows are marked demo.
 */
@Component
class InspectionDemo implements DemoStep {

    static final int YEAR = 2026;
    private static final LocalDate INSPECTED_ON = LocalDate.of(YEAR, 5, 12);

    private final OrganisationService organisation;
    private final InspectionPlans plans;
    private final Inspections inspections;
    private final Violations violations;
    private final DemoActors actors;

    InspectionDemo(OrganisationService organisation, InspectionPlans plans, Inspections inspections,
            Violations violations, DemoActors actors) {
        this.inspections = inspections;
        this.violations = violations;
        this.actors = actors;
        this.organisation = organisation;
        this.plans = plans;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.INSPECTION;
    }

    @Override
    public boolean loaded() {
        return plans.anyDemo();
    }

    @Override
    public void load(DemoDataset set) {
        UnitView first = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView environment = organisation.demoUnit(DemoPart.ENVIRONMENT_OFFICE).orElseThrow();
        UnitView second = organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow();
        long lead = organisation.personOfAccount("noivu").orElseThrow();
        long official = organisation.demoOfficial().orElseThrow().id();
        load(first, environment, second, lead, official, Texts.of(set, first));
    }

    /**
     * What the inspection found at the commune and its conclusion. The official at fault is the demo
     * organisation's ({@link OrganisationService#demoOfficial()}).
     */
    record Texts(String findings, String conclusion) {

        static Texts of(DemoDataset dataset, UnitView commune) {
            String area = LocalGovernment.area(commune.name());
            return switch (dataset) {
                case PHU_GIAO_2018 -> new Texts("Bộ phận tiếp nhận và trả kết quả mở cửa đúng giờ; thủ tục hành chính"
                        + " niêm yết đầy đủ. Một công chức địa chính đến muộn và có thái độ chưa đúng mực khi tiếp công dân.",
                        conclusion(area));
                case TWO_TIER_2025 -> new Texts("Trung tâm Phục vụ hành chính công xã mở cửa đúng giờ; thủ tục hành"
                        + " chính niêm yết đầy đủ. Một công chức Phòng Kinh tế đến muộn và có thái độ chưa đúng mực khi"
                        + " tiếp công dân.", conclusion(area));
            };
        }

        private static String conclusion(String area) {
            return "UBND " + area + " cơ bản chấp hành tốt kỷ luật, kỷ cương hành chính; đề nghị xử lý"
                    + " kỷ luật công chức vi phạm và chấn chỉnh tác phong tiếp công dân.";
        }
    }

    /**
     * Home Affairs' officer plans, approves, inspects and decides through the module's services, as on the
     * screens; only the demo mark is set apart, as no screen sets it.
     */
    private void load(UnitView first, UnitView environment, UnitView second, long lead, long official,
            Texts texts) {
        actors.as("noivu", () -> {
            long plan = plans.create(YEAR, "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ và"
                    + " thực hiện công tác dân vận chính quyền năm 2026");
            plans.addUnit(plan, first.id(), INSPECTED_ON);
            plans.addUnit(plan, environment.id(), LocalDate.of(YEAR, 6, 9));
            plans.addUnit(plan, second.id(), LocalDate.of(YEAR, 9, 15));
            plans.addMember(plan, lead, true);
            plans.approve(plan, plans.get(plan).version());
            long inspection = inspections.create(plan, first.id(), INSPECTED_ON, List.of(lead), lead);
            Map<Long, CheckResult> results = new HashMap<>();
            Map<Long, String> notes = new HashMap<>();
            for (Records.Check check : inspections.checks(inspection)) {
                boolean attitude = check.position() == 3;
                results.put(check.id(), attitude ? CheckResult.FAIL : CheckResult.PASS);
                if (attitude) {
                    notes.put(check.id(), "Một trường hợp thái độ chưa đúng mực với công dân.");
                }
            }
            inspections.save(inspection, results, notes, texts.findings(), texts.conclusion(),
                    inspections.get(inspection).version());
            long violation = violations.record(inspection, official,
                    "Quy tắc ứng xử của cán bộ, công chức khi tiếp công dân (thái độ thiếu tôn trọng)",
                    "Biên bản làm việc của Đoàn kiểm tra ngày 12/5/2026; phản ánh của người dân tại buổi kiểm tra.",
                    Measure.KHIEN_TRACH);
            inspections.conclude(inspection, inspections.get(inspection).version());
            violations.decide(violation, "45/QĐ-UBND", LocalDate.of(YEAR, 6, 2), Measure.KHIEN_TRACH,
                    LocalDate.of(YEAR, 12, 31), violations.get(violation).version());
            plans.markDemo(plan);
            inspections.markDemo(inspection);
            violations.markDemo(violation);
        });
    }
}
