package vn.danvan.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoPart;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * The supervision demo step: a supervision conclusion of the demo set's Front (the district's in 2018, the
 * city's in 2025) to look at: sent five working days ago to the first demo commune (An Bình, Phú Giáo) and
 * the environment office (Phòng Tài nguyên và Môi trường, Sở Nông nghiệp và Môi trường) with three
 * recommendations, answered by the office.
 */
@Component
class SupervisionDemo implements DemoStep {

    static final String TITLE = "Kết luận giám sát việc giải quyết kiến nghị của cử tri về ô nhiễm môi trường";
    private static final List<String> RECOMMENDATIONS = List.of(
            "Kiểm tra, xử lý dứt điểm tình trạng xả nước thải của cơ sở chăn nuôi tại ấp 3.",
            "Công khai kết quả quan trắc môi trường tại nhà văn hóa ấp.",
            "Tổ chức đối thoại với người dân bị ảnh hưởng trong quý tới.");

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final SupervisionRecords records;
    private final SupervisionSettings settings;
    private final WorkingCalendar calendar;

    SupervisionDemo(JdbcClient jdbc, OrganisationService organisation,
            SupervisionRecords records, SupervisionSettings settings, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.records = records;
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.SUPERVISION;
    }

    @Override
    public boolean loaded() {
        return jdbc.sql("select count(*) from supervision_request where demo = true").query(Long.class).single() > 0;
    }

    @Override
    public void load(DemoDataset set) {
        UnitView front = organisation.demoUnit(DemoPart.FRONT).orElseThrow();
        UnitView commune = organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow();
        UnitView environment = organisation.demoUnit(DemoPart.ENVIRONMENT_OFFICE).orElseThrow();
        load(front, commune, environment, Texts.of(set, LocalGovernment.area(commune.name())));
    }

    /** The conclusion's content, the office's answer and its explanation, as each demo set words them. */
    record Texts(String content, String action, String explanation) {

        static Texts of(DemoDataset dataset, String commune) {
            String explanation = "Việc đối thoại thuộc thẩm quyền UBND " + commune + ".";
            return switch (dataset) {
                case PHU_GIAO_2018 -> new Texts(content(commune, "Ban Thường trực Ủy ban MTTQ huyện"),
                        "Phòng phối hợp UBND xã kiểm tra và công khai kết quả.", explanation);
                case TWO_TIER_2025 -> new Texts(content(commune, "Ban Thường trực Ủy ban MTTQ Việt Nam Thành phố"),
                        "Sở phối hợp UBND xã kiểm tra và công khai kết quả.", explanation);
            };
        }

        private static String content(String commune, String standingBoard) {
            return "Qua giám sát việc giải quyết các kiến nghị của cử tri về ô nhiễm môi trường do cơ sở chăn nuôi gây"
                    + " ra tại " + commune + ", " + standingBoard + " kiến nghị như sau.";
        }
    }

    private void load(UnitView front, UnitView commune, UnitView environment, Texts texts) {
        LocalDate today = records.today();
        LocalDate sent = calendar.addWorkingDays(today, -5);
        LocalDate due = AnswerDueDate.of(sent, null, settings.answerRule(sent).workingDays(), calendar::addWorkingDays);
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_request (front_unit_id, kind, title, content, document_number, document_date,
                    due_date, status, sent_on, published, demo, created_by, created_at, updated_at)
                values (:front, 'CONCLUSION', :title, :content, '12/KL-MTTQ', :sent, :due, 'SENT', :sent, false, true,
                    'demo', :now, :now)""")
                .param("front", front.id()).param("title", TITLE)
                .param("content", texts.content())
                .param("sent", sent).param("due", due).param("now", now).update(keys, "id");
        long request = keys.getKey().longValue();
        long[] recommendation = new long[RECOMMENDATIONS.size()];
        for (int i = 0; i < RECOMMENDATIONS.size(); i++) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("insert into supervision_recommendation (request_id, number, content) values (:r, :n, :c)")
                    .param("r", request).param("n", i + 1).param("c", RECOMMENDATIONS.get(i)).update(key, "id");
            recommendation[i] = key.getKey().longValue();
        }
        recipient(request, commune.id(), due, "OPEN", null, now);
        long answering = recipient(request, environment.id(), due, "ANSWERED", today, now);
        for (int i = 0; i < recommendation.length; i++) {
            boolean explained = i == 2;
            jdbc.sql("""
                    insert into supervision_answer (recommendation_id, recipient_id, outcome, action_text,
                        action_due_date, explanation, status, sent_on, late, drafted_by, sent_by, created_at, updated_at)
                    values (:m, :p, :outcome, :text, :by, :why, 'SENT', :today, false, 'demo', 'demo', :now, :now)""")
                    .param("m", recommendation[i]).param("p", answering).param("outcome", explained ? "EXPLAINED" : "ACCEPTED")
                    .param("text", explained ? null : texts.action())
                    .param("by", explained ? null : today.plusMonths(1))
                    .param("why", explained ? texts.explanation() : null)
                    .param("today", today).param("now", now).update();
        }
    }

    private long recipient(long request, long unit, LocalDate due, String status, LocalDate answeredOn,
            OffsetDateTime now) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_recipient (request_id, unit_id, due_date, status, answered_on, updated_at)
                values (:r, :u, :due, :status, :on, :now)""")
                .param("r", request).param("u", unit).param("due", due).param("status", status)
                .param("on", answeredOn).param("now", now).update(key, "id");
        return key.getKey().longValue();
    }
}
