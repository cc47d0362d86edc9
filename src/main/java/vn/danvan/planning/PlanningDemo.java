package vn.danvan.planning;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.DanVanTime;

/**
 * The planning demo step: fills an empty register of guiding documents. In the 2018 set: Directive
 * 02/CT-UBND and the documents its clause 1c names, titles, numbers, dates and issuers as the directive
 * itself cites them (seed/chi-thi-02-CT-UBND-2018.txt). In the 2025 set, which has no district: the Prime
 * Minister's Directive 16/CT-TTg (the basis the city's local government cites) and Resolution 25-NQ/TW as
 * the seed cites them, with the Politburo's Regulation 23-QĐ/TW of 2021 (which replaced 290-QĐ/TW) and the
 * Law on grassroots democracy 10/2022/QH15, these two marked demo as their wording was not checked here.
 */
@Component
class PlanningDemo implements DemoStep {

    private final GuidingDocuments guides;
    private final OrganisationService organisation;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanningDemo(GuidingDocuments guides, OrganisationService organisation, JdbcClient jdbc, Clock clock) {
        this.guides = guides;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PLANNING;
    }

    @Override
    public boolean loaded() {
        return !guides.empty();
    }

    @Override
    public void load(DemoDataset set) {
        switch (set) {
            case PHU_GIAO_2018 -> loadPhuGiao2018();
            case TWO_TIER_2025 -> loadTwoTier2025();
        }
        // the 2025 set names nothing of the 2018 district (TwoTierDemoIT): the city sends the Prime Minister's directive
        distributeDirective(set == DemoDataset.PHU_GIAO_2018 ? "02/CT-UBND" : "16/CT-TTg");
    }

    /**
     * The directive sent twenty days ago by the People's Committee to three communes and the environment office (saved
     * as the list "Nơi nhận Chỉ thị <number>"): the first commune and the office acknowledged and disseminated it, the
     * second acknowledged it late and has not disseminated it, the third has not acknowledged it.
     */
    private void distributeDirective(String number) {
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        long committee = organisation.demoUnit(DemoPart.COMMITTEE).orElseThrow().id();
        long first = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow().id();
        long second = organisation.demoUnit(DemoPart.SECOND_COMMUNE).orElseThrow().id();
        long third = organisation.demoUnit(DemoPart.THIRD_COMMUNE).orElseThrow().id();
        long office = organisation.demoUnit(DemoPart.ENVIRONMENT_OFFICE).orElseThrow().id();
        long directive = jdbc.sql("select id from guiding_document where number_symbol = :n").param("n", number)
                .query(Long.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into distribution (sender_unit_id, document_id, note, sent_on, acknowledge_by, disseminate_by, demo,
                                          created_by, created_at, updated_at)
                values (:sender, :document, :note, :sent, :ack, :dis, true, 'demo', current_timestamp, current_timestamp)""")
                .param("sender", committee).param("document", directive)
                .param("note", "Đề nghị quán triệt đến toàn thể cán bộ, công chức, viên chức của đơn vị.")
                .param("sent", today.minusDays(20)).param("ack", today.minusDays(17)).param("dis", today.minusDays(5))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        recipient(id, first, today.minusDays(18), today.minusDays(8), "CONFERENCE", 45);
        recipient(id, office, today.minusDays(19), today.minusDays(10), "MEETING", 12);
        recipient(id, second, today.minusDays(15), null, null, null);
        recipient(id, third, null, null, null, null);
        jdbc.sql("""
                insert into recipient_list (owner_unit_id, name, unit_ids, created_at, updated_at)
                values (:owner, :name, :units, current_timestamp, current_timestamp)""")
                .param("owner", committee).param("name", "Nơi nhận Chỉ thị " + number).param("units", first + "," + second + "," + third + "," + office).update();
    }

    private void recipient(long distribution, long unit, LocalDate acknowledged, LocalDate disseminated, String way,
            Integer attendance) {
        jdbc.sql("""
                insert into distribution_recipient (distribution_id, unit_id, acknowledged_on, acknowledged_by,
                                                    disseminated_on, dissemination_form, attendance, recorded_by,
                                                    created_at, updated_at)
                values (:d, :u, :ack, :ackBy, :dis, :way, :attendance, :by, current_timestamp, current_timestamp)""")
                .param("d", distribution).param("u", unit).param("ack", acknowledged)
                .param("ackBy", acknowledged == null ? null : "demo").param("dis", disseminated).param("way", way)
                .param("attendance", attendance).param("by", disseminated == null ? null : "demo").update();
    }

    private void loadPhuGiao2018() {
        directive02();
        resolution25();
        guides.loadDemo("290-QĐ/TW", LocalDate.of(2010, 2, 25), "Bộ Chính trị (khóa X)",
                "Về Quy chế công tác dân vận của hệ thống chính trị", true);
        directive16();
    }

    private void loadTwoTier2025() {
        resolution25();
        guides.loadDemo("23-QĐ/TW", LocalDate.of(2021, 7, 30), "Bộ Chính trị (khóa XIII)",
                "Ban hành Quy chế công tác dân vận của hệ thống chính trị", false);
        directive16();
        guides.loadDemo("10/2022/QH15", LocalDate.of(2022, 11, 10), "Quốc hội (khóa XV)",
                "Luật Thực hiện dân chủ ở cơ sở", false);
    }

    private void directive02() {
        guides.loadDemo("02/CT-UBND", LocalDate.of(2018, 4, 5), "UBND huyện Phú Giáo",
                "Về việc tiếp tục thực hiện và đổi mới công tác dân vận trong các cơ quan hành chính nhà nước, "
                        + "các đơn vị sự nghiệp công lập trên địa bàn huyện Phú Giáo, đến năm 2020", true);
    }

    private void resolution25() {
        guides.loadDemo("25-NQ/TW", LocalDate.of(2013, 6, 3), "Ban Chấp hành Trung ương Đảng (khóa XI)",
                "Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", true);
    }

    private void directive16() {
        guides.loadDemo("16/CT-TTg", LocalDate.of(2016, 5, 16), "Thủ tướng Chính phủ",
                "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền địa "
                        + "phương các cấp trong tình hình mới", true);
    }
}
