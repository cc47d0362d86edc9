package vn.danvan.supervision;

import java.time.LocalDate;
import java.util.List;

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

    private final OrganisationService organisation;
    private final SupervisionRecords records;
    private final SupervisionSettings settings;
    private final WorkingCalendar calendar;

    SupervisionDemo(OrganisationService organisation,
            SupervisionRecords records, SupervisionSettings settings, WorkingCalendar calendar) {
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
        return records.anyDemo();
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
        long request = records.demoConclusionSent(front.id(), TITLE, texts.content(), "12/KL-MTTQ", sent, due);
        long[] recommendation = new long[RECOMMENDATIONS.size()];
        for (int i = 0; i < RECOMMENDATIONS.size(); i++) {
            recommendation[i] = records.demoRecommendation(request, i + 1, RECOMMENDATIONS.get(i));
        }
        records.demoRecipient(request, commune.id(), due, "OPEN", null);
        long answering = records.demoRecipient(request, environment.id(), due, "ANSWERED", today);
        for (int i = 0; i < recommendation.length; i++) {
            boolean explained = i == 2;
            records.demoAnswerSent(recommendation[i], answering,
                    explained ? AnswerOutcome.EXPLAINED : AnswerOutcome.ACCEPTED, explained ? null : texts.action(),
                    explained ? null : today.plusMonths(1), explained ? texts.explanation() : null, today);
        }
    }
}
