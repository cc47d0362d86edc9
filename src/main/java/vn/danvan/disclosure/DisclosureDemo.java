package vn.danvan.disclosure;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The disclosure demo step, in both sets: the first demo commune's register, with its budget estimate and
 * socio-economic plan made public on time, its fees made public late, a land recovery plan not made public although
 * its due date has passed (overdue) and a recruitment result due tomorrow; a resident's comment on the budget,
 * answered; the second commune with its budget made public on time and a quarter's results overdue.
 */
@Component
class DisclosureDemo implements DemoStep {

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final DisclosureCatalogue catalogue;
    private final DisclosureRegister register;

    DisclosureDemo(JdbcClient jdbc, OrganisationService organisation, DisclosureCatalogue catalogue,
            DisclosureRegister register) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.register = register;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.DISCLOSURE;
    }

    @Override
    public boolean loaded() {
        return jdbc.sql("select count(*) from disclosure where demo = true").query(Long.class).single() > 0;
    }

    @Override
    public void load(DemoDataset set) {
        UnitView first = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView second = organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow();
        LocalDate today = register.today();
        int year = today.minusDays(60).getYear();
        long budget = entry(first, "CK03", "Dự toán ngân sách năm " + year + " của " + first.name(),
                today.minusDays(60));
        disclosed(budget, "Dự toán thu, chi ngân sách xã năm " + year + " đã được Hội đồng nhân dân xã thông qua.",
                "NOTICE_BOARD,PORTAL", today.minusDays(59), today.minusDays(10));
        comment(budget, today.minusDays(45), "Đề nghị nêu rõ khoản chi sửa chữa đường giao thông nông thôn.",
                "Khoản chi sửa chữa đường giao thông nông thôn là 850 triệu đồng, đã niêm yết bổ sung chi tiết.");
        long plan = entry(first, "CK02", "Kế hoạch phát triển kinh tế - xã hội năm " + year, today.minusDays(55));
        disclosed(plan, "Các chỉ tiêu kinh tế - xã hội chủ yếu năm " + year + ".", "NOTICE_BOARD,RESIDENTS_MEETING",
                today.minusDays(54), today.minusDays(5));
        // made public a week after its due date: late
        long fees = entry(first, "CK09", "Mức thu phí, lệ phí năm " + year, today.minusDays(40));
        disclosed(fees, null, "NOTICE_BOARD", today.minusDays(31), today.plusDays(60));
        // due three days ago and still not public: overdue, escalated
        entry(first, "CK05", "Kế hoạch thu hồi đất mở rộng đường liên ấp", today.minusDays(5));
        entry(first, "CK13", "Kết quả tuyển dụng công chức xã năm " + year, today.minusDays(1));

        long secondBudget = entry(second, "CK03", "Dự toán ngân sách năm " + year + " của " + second.name(),
                today.minusDays(60));
        disclosed(secondBudget, null, "NOTICE_BOARD,HAMLET_HOUSE", today.minusDays(58), today.minusDays(20));
        entry(second, "CK11", "Kết quả giải quyết kiến nghị, phản ánh của quý", today.minusDays(20));
    }

    private long entry(UnitView unit, String code, String title, LocalDate basis) {
        CatalogueItem item = catalogue.all().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        LocalDate due = DisclosureRules.dueDate(basis, item.discloseWithinDays());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure (unit_id, item_id, title, basis_date, due_date, demo, created_by, created_at,
                                        updated_at)
                values (:unit, :item, :title, :basis, :due, true, 'demo', current_timestamp, current_timestamp)""")
                .param("unit", unit.id()).param("item", item.id()).param("title", title).param("basis", basis)
                .param("due", due).update(keys, "id");
        return keys.getKey().longValue();
    }

    private void disclosed(long id, String summary, String forms, LocalDate from, LocalDate to) {
        jdbc.sql("""
                update disclosure set summary = :summary, forms = :forms, public_from = :from, public_to = :to,
                       disclosed_by = 'demo', disclosed_at = current_timestamp where id = :id""")
                .param("summary", summary).param("forms", forms).param("from", from).param("to", to).param("id", id)
                .update();
    }

    private void comment(long id, LocalDate on, String content, String answer) {
        jdbc.sql("""
                insert into disclosure_comment (disclosure_id, received_on, content, answer, answered_on, answered_by,
                                                created_by, created_at, updated_at)
                values (:d, :on, :content, :answer, :on, 'demo', 'demo', current_timestamp, current_timestamp)""")
                .param("d", id).param("on", on).param("content", content).param("answer", answer).update();
    }
}
