package vn.danvan.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;

/**
 * The demo start's consultations, in the state the screens would have left them: in the second commune
 * (An Linh in 2018, An Long in 2025) one published a month ago (meeting counts and codes used on the
 * portal, approved, with the commune's decision, and the People's Inspection Board's report on it) and
 * one open now (tally hidden); in the third commune a draft of a quarter's or hamlet's rules open for
 * comments. Rows are marked {@code demo}; codes are issued for every household in scope as opening does.
 */
@Component
class DemoConsultations {

    private static final String BY = "demo";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final HouseholdCodes codes = new HouseholdCodes();
    private final Clock clock;

    DemoConsultations(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
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
        jdbc.sql("""
                update consultation set decision_text = :text, decision_number = '125/QĐ-UBND', decision_date = :date,
                       closed_at = :closed, published_at = :published where id = :id""")
                .param("text", """
                        %s quyết định triển khai bê tông hóa tuyến đường liên ấp Cây Khô - Bùng \
                        Binh trong quý I năm sau theo phương án đã được Nhân dân thông qua; các hộ khó khăn được đóng \
                        góp bằng ngày công; Ban giám sát đầu tư của cộng đồng theo dõi việc thi công.""".formatted(
                        secondCommune.name()))
                .param("date", today.minusDays(20)).param("closed", at(today.minusDays(25)))
                .param("published", at(today.minusDays(20))).param("id", road).update();
        jdbc.sql("""
                insert into consultation_finding (consultation_id, found_on, signed_by, finding, recommendation,
                                                  recorded_by, created_at)
                values (:id, :on, 'Nguyễn Văn Thành (Trưởng ban Thanh tra nhân dân xã)', :finding, :recommendation,
                        :by, :at)""")
                .param("id", road).param("on", today.minusDays(18))
                .param("finding", """
                        Ban Thanh tra nhân dân đã kiểm tra việc lấy ý kiến: phiếu mã hộ được phát đúng danh sách hộ \
                        của hai ấp, biên bản họp dân có đủ chữ ký, kết quả và quyết định của xã được niêm yết tại \
                        nhà văn hóa ấp đúng thời hạn.""")
                .param("recommendation", "Công khai danh sách hộ đóng góp bằng ngày công và tiến độ thi công hằng tháng.")
                .param("by", BY).param("at", at(today.minusDays(18))).update();

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
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (unit_id, title, description, kind, whole_unit, opens_on, closes_on,
                    live_tally, status, opened_at, demo, created_by, created_at, updated_at)
                values (:unit, :title, :description, :kind, false, :opens, :closes, false, :status, :opened, true,
                    :by, :created, :created)""")
                .param("unit", unit).param("title", title).param("description", description)
                .param("kind", kind.name()).param("opens", opens).param("closes", closes)
                .param("status", status.name()).param("opened", at(opens)).param("by", BY)
                .param("created", at(opens.minusDays(7))).update(keys, "id");
        return keys.getKey().longValue();
    }

    private long option(long consultation, int position, String label) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation_option (consultation_id, position, label) values (:c, :p, :l)")
                .param("c", consultation).param("p", position).param("l", label).update(keys, "id");
        return keys.getKey().longValue();
    }

    private long[] area(long unit, String name) {
        return jdbc.sql("select id, households from consultation_area where unit_id = :u and name = :n")
                .param("u", unit).param("n", name)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("households")}).single();
    }

    /**
     * Puts an area in scope with a code for each of its households, uses some codes on the portal and
     * records a meeting's count, adding both to the counters as participation does.
     */
    private void takePart(long consultation, long[] area, Long agree, Long disagree, int portalAgree,
            int portalDisagree, int meetingAgree, int meetingDisagree) {
        int households = (int) area[1];
        int portal = portalAgree + portalDisagree;
        int meeting = meetingAgree + meetingDisagree;
        jdbc.sql("""
                insert into consultation_scope (consultation_id, area_id, households, participated)
                values (:c, :a, :h, :p)""")
                .param("c", consultation).param("a", area[0]).param("h", households).param("p", portal + meeting)
                .update();
        jdbc.sql("update consultation set households_in_scope = coalesce(households_in_scope, 0) + :h where id = :c")
                .param("h", households).param("c", consultation).update();
        Iterator<String> issued = codes.generate(households).iterator();
        OffsetDateTime opened = jdbc.sql("select opened_at from consultation where id = :c").param("c", consultation)
                .query(OffsetDateTime.class).single();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            boolean used = i < portal;
            rows.add(new Object[] {consultation, area[0], issued.next(), used ? opened.plusHours(2L + i) : null,
                used ? Channel.PORTAL.name() : null});
        }
        jdbcTemplate.batchUpdate("""
                insert into consultation_code (consultation_id, area_id, code, used_at, channel)
                values (?, ?, ?, ?, ?)""", rows);
        if (agree != null) {
            tally(consultation, area[0], agree, portalAgree + meetingAgree);
            tally(consultation, area[0], disagree, portalDisagree + meetingDisagree);
        }
        if (meeting > 0) {
            jdbc.sql("""
                    insert into consultation_meeting (consultation_id, area_id, held_on, households, recorded_by,
                        created_at) values (:c, :a, :on, :h, :by, :at)""")
                    .param("c", consultation).param("a", area[0]).param("on", opened.toLocalDate().plusDays(6))
                    .param("h", meeting).param("by", BY).param("at", opened.plusDays(6)).update();
        }
    }

    private void tally(long consultation, long area, long option, int votes) {
        jdbc.sql("insert into consultation_tally (consultation_id, area_id, option_id, votes) values (:c, :a, :o, :v)")
                .param("c", consultation).param("a", area).param("o", option).param("v", votes).update();
    }

    private void comment(long consultation, LocalDate on, String body) {
        jdbc.sql("insert into consultation_comment (id, consultation_id, received_on, body) values (:id, :c, :on, :b)")
                .param("id", java.util.UUID.randomUUID().toString()).param("c", consultation).param("on", on)
                .param("b", body).update();
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(8, 0).atZone(DanVanTime.ZONE).toOffsetDateTime();
    }
}
