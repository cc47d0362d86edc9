package vn.danvan.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.consultation.ConsultationRepository.DemoCode;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The demo start's consultations, in the state the screens would have left them: in the second commune
 * (An Linh in 2018, An Long in 2025) one published a month ago (meeting counts and codes used on the
 * portal, approved, with the commune's decision, and the People's Inspection Board's report on it) and
 * one open now (tally hidden); in the third commune a draft of a quarter's or hamlet's rules open for
 * comments. Rows are marked {@code demo}; codes are issued for every household in scope as opening does. The
 * {@link ConsultationRepository} writes them, as no service can (see there why).
 */
@Component
class DemoConsultations {

    private final ConsultationRepository repository;
    private final ResidentialAreas areas;
    private final HouseholdCodes codes = new HouseholdCodes();
    private final Clock clock;

    DemoConsultations(ConsultationRepository repository, ResidentialAreas areas, Clock clock) {
        this.repository = repository;
        this.areas = areas;
        this.clock = clock;
    }

    /** The third commune's draft rules: the area consulted, the title and the description. */
    record Rules(String area, String title, String description) {
    }

    void load(UnitView secondCommune, UnitView thirdCommune, Rules rules) {
        long second = secondCommune.id();
        long third = thirdCommune.id();
        LocalDate today = LocalDate.now(clock.withZone(DanVanTime.ZONE));
        long road = consultation(second, "Đóng góp làm đường bê tông liên ấp Cây Khô - Bùng Binh",
                """
                Tuyến đường đất dài 1,8 km nối ấp Cây Khô với ấp Bùng Binh thường lầy lội vào mùa mưa. Ủy ban nhân \
                dân xã đề xuất bê tông hóa theo phương thức Nhà nước và Nhân dân cùng làm: ngân sách xã hỗ trợ 60%, \
                mỗi hộ hưởng lợi đóng góp 500.000 đồng hoặc ngày công tương đương.""",
                ConsultationKind.DECIDE, today.minusDays(45), today.minusDays(25), ConsultationStatus.PUBLISHED);
        long agree = option(road, 1, "Đồng ý");
        long disagree = option(road, 2, "Không đồng ý");
        // per area: households, codes used on the portal (agree, disagree), meeting (agree, disagree)
        takePart(road, area(second, "Ấp Cây Khô"), agree, disagree, 48, 6, 292, 24);
        takePart(road, area(second, "Ấp Bùng Binh"), agree, disagree, 37, 9, 251, 33);
        comment(road, today.minusDays(40), "Đề nghị xã cho các hộ khó khăn được đóng góp bằng ngày công.");
        comment(road, today.minusDays(33), "Nên làm thêm rãnh thoát nước hai bên đường.");
        repository.publishDemo(road, """
                %s quyết định triển khai bê tông hóa tuyến đường liên ấp Cây Khô - Bùng \
                Binh trong quý I năm sau theo phương án đã được Nhân dân thông qua; các hộ khó khăn được đóng \
                góp bằng ngày công; Ban giám sát đầu tư của cộng đồng theo dõi việc thi công.""".formatted(
                secondCommune.name()), "125/QĐ-UBND", today.minusDays(20), at(today.minusDays(25)),
                at(today.minusDays(20)));
        repository.insertDemoFinding(road, today.minusDays(18), "Nguyễn Văn Thành (Trưởng ban Thanh tra nhân dân xã)",
                """
                Ban Thanh tra nhân dân đã kiểm tra việc lấy ý kiến: phiếu mã hộ được phát đúng danh sách hộ \
                của hai ấp, biên bản họp dân có đủ chữ ký, kết quả và quyết định của xã được niêm yết tại \
                nhà văn hóa ấp đúng thời hạn.""",
                "Công khai danh sách hộ đóng góp bằng ngày công và tiến độ thi công hằng tháng.",
                at(today.minusDays(18)));

        long playground = consultation(second, "Chuyển sân bóng ấp Cây Điệp thành khu vui chơi thiếu nhi",
                """
                Sân bóng đất của ấp Cây Điệp ít được sử dụng. Xã đề xuất chuyển một nửa diện tích thành khu vui chơi \
                cho thiếu nhi có cây xanh và ghế đá, phần còn lại giữ làm sân bóng mini.""",
                ConsultationKind.DECIDE, today.minusDays(5), today.plusDays(20), ConsultationStatus.OPEN);
        takePart(playground, area(second, "Ấp Cây Điệp"), option(playground, 1, "Đồng ý"),
                option(playground, 2, "Không đồng ý"), 31, 8, 0, 0);

        long draft = consultation(third, rules.title(), rules.description(),
                ConsultationKind.COMMENT, today.minusDays(3), today.plusDays(12), ConsultationStatus.OPEN);
        takePart(draft, area(third, rules.area()), null, null, 0, 0, 0, 0);
        comment(draft, today.minusDays(2), "Đề nghị quy định rõ giờ hát karaoke, không quá 22 giờ.");
    }

    private long consultation(long unit, String title, String description, ConsultationKind kind, LocalDate opens,
            LocalDate closes, ConsultationStatus status) {
        return repository.insertDemo(unit, title, description, kind, opens, closes, status, at(opens));
    }

    private long option(long consultation, int position, String label) {
        return repository.insertDemoOption(consultation, position, label);
    }

    private ResidentialArea area(long unit, String name) {
        return areas.of(unit).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo area " + name + " in unit " + unit));
    }

    /**
     * Puts an area in scope with a code for each of its households, uses some codes on the portal and
     * records a meeting's count, adding both to the counters as participation does.
     */
    private void takePart(long consultation, ResidentialArea area, Long agree, Long disagree, int portalAgree,
            int portalDisagree, int meetingAgree, int meetingDisagree) {
        int households = area.households();
        int portal = portalAgree + portalDisagree;
        int meeting = meetingAgree + meetingDisagree;
        repository.insertDemoScope(consultation, area.id(), households, portal + meeting);
        OffsetDateTime opened = repository.find(consultation).orElseThrow().openedAt();
        Iterator<String> issued = codes.generate(households).iterator();
        List<DemoCode> rows = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            boolean used = i < portal;
            rows.add(new DemoCode(issued.next(), used ? opened.plusHours(2L + i) : null,
                    used ? Channel.PORTAL : null));
        }
        repository.insertDemoCodes(consultation, area.id(), rows);
        if (agree != null) {
            repository.insertDemoTally(consultation, area.id(), agree, portalAgree + meetingAgree);
            repository.insertDemoTally(consultation, area.id(), disagree, portalDisagree + meetingDisagree);
        }
        if (meeting > 0) {
            repository.insertDemoMeeting(consultation, area.id(), opened.toLocalDate().plusDays(6), meeting,
                    opened.plusDays(6));
        }
    }

    private void comment(long consultation, LocalDate on, String body) {
        repository.insertDemoComment(consultation, on, body);
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(8, 0).atZone(DanVanTime.ZONE).toOffsetDateTime();
    }
}
