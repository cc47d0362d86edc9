package vn.danvan.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

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

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final InspectionPlans plans;
    private final java.time.Clock clock;

    InspectionDemo(JdbcClient jdbc, OrganisationService organisation,
            InspectionPlans plans, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.plans = plans;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.INSPECTION;
    }

    @Override
    public boolean loaded() {
        return jdbc.sql("select count(*) from inspection_plan where demo = true").query(Long.class).single() > 0;
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

    private void load(UnitView first, UnitView environment, UnitView second, long lead, long official,
            Texts texts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long plan = insert("""
                insert into inspection_plan (plan_year, scope, status, approved_by, approved_at, demo, created_by,
                    created_at, updated_at)
                values (:year, :scope, 'APPROVED', 'noivu', :now, true, 'demo', :now, :now)""", YEAR,
                "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ và thực hiện công tác dân vận"
                        + " chính quyền năm 2026", now);
        Object[][] units = {{first.id(), LocalDate.of(YEAR, 5, 12)}, {environment.id(), LocalDate.of(YEAR, 6, 9)},
            {second.id(), LocalDate.of(YEAR, 9, 15)}};
        for (Object[] u : units) {
            jdbc.sql("insert into inspection_plan_unit (plan_id, unit_id, planned_on) values (:p, :u, :d)")
                    .param("p", plan).param("u", u[0]).param("d", u[1]).update();
        }
        jdbc.sql("insert into inspection_plan_member (plan_id, person_id, lead) values (:p, :person, true)")
                .param("p", plan).param("person", lead).update();
        List<String> items = plans.defaultChecklist();
        for (int i = 0; i < items.size(); i++) {
            jdbc.sql("insert into inspection_plan_item (plan_id, position, item_text) values (:p, :pos, :t)")
                    .param("p", plan).param("pos", i + 1).param("t", items.get(i)).update();
        }
        LocalDate on = LocalDate.of(YEAR, 5, 12);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection (plan_id, unit_id, inspected_on, status, findings, conclusion, concluded_at, demo,
                    created_by, created_at, updated_at)
                values (:plan, :unit, :on, 'CONCLUDED', :findings, :conclusion, :now, true, 'demo', :now, :now)""")
                .param("plan", plan).param("unit", first.id()).param("on", on)
                .param("findings", texts.findings()).param("conclusion", texts.conclusion())
                .param("now", now).update(keys, "id");
        long inspection = keys.getKey().longValue();
        jdbc.sql("insert into inspection_member (inspection_id, person_id, lead) values (:i, :p, true)")
                .param("i", inspection).param("p", lead).update();
        for (int i = 0; i < items.size(); i++) {
            boolean attitude = i == 2;
            jdbc.sql("""
                    insert into inspection_check (inspection_id, position, item_text, result, note)
                    values (:i, :pos, :t, :r, :note)""").param("i", inspection).param("pos", i + 1)
                    .param("t", items.get(i)).param("r", attitude ? "FAIL" : "PASS")
                    .param("note", attitude ? "Một trường hợp thái độ chưa đúng mực với công dân." : null).update();
        }
        jdbc.sql("""
                insert into inspection_violation (inspection_id, unit_id, official_person_id, found_on, rule_broken,
                    evidence, measure_proposed, status, decision_number, decision_date, measure, follow_up_due, demo,
                    created_by, created_at, updated_at)
                values (:i, :unit, :official, :on, :rule, :evidence, 'KHIEN_TRACH', 'DECIDED', '45/QĐ-UBND', :decided,
                    'KHIEN_TRACH', :due, true, 'demo', :now, :now)""")
                .param("i", inspection).param("unit", first.id()).param("official", official).param("on", on)
                .param("rule", "Quy tắc ứng xử của cán bộ, công chức khi tiếp công dân (thái độ thiếu tôn trọng)")
                .param("evidence", "Biên bản làm việc của Đoàn kiểm tra ngày 12/5/2026; phản ánh của người dân tại buổi kiểm tra.")
                .param("decided", LocalDate.of(YEAR, 6, 2)).param("due", LocalDate.of(YEAR, 12, 31))
                .param("now", now).update();
    }

    private long insert(String sql, int year, String scope, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).param("year", year).param("scope", scope).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

}
