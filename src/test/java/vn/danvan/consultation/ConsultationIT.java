package vn.danvan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.legal.LegalRules;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.InvalidRequestException;
import vn.danvan.organisation.OrganisationFixture;

/**
 * A consultation of An Bình from draft to published result through the screens and the portal:
 * codes used once, the tally hidden until the close, the decision rule, the authority's decision on
 * the portal; refusals in Vietnamese with nothing saved; other units' staff refused; slips printed.
 */
@DanVanIntegrationTest
class ConsultationIT {

    private static final String OFFICER = "anbinh.canbo";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final LegalRules legalRules;
    private final Clock clock;
    private final Participations participations;
    private final ConsultationIndicators indicators;

    @Autowired
    ConsultationIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock,
            Participations participations, ConsultationIndicators indicators, LegalRules legalRules) {
        this.legalRules = legalRules;
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
        this.participations = participations;
        this.indicators = indicators;
    }

    // ------------------------------------------------------------------ fixtures

    private long anBinh() {
        return OrganisationFixture.of(context).unit("ABINH");
    }

    private String today(int plusDays) {
        return LocalDate.now(clock).plusDays(plusDays).format(DanVanTime.DATE);
    }

    /** A new hamlet of An Bình with the given households, added through the area screen. */
    private long area(int households) throws Exception {
        String name = "Tổ dân phố thử " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/consultations/areas").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", Long.toString(anBinh())).param("name", name)
                .param("households", Integer.toString(households))).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from consultation_area where name = :n").param("n", name).query(Long.class).single();
    }

    private ResultActions draft(String title, String kind, String options, String opensOn, String closesOn,
            long... areaIds) throws Exception {
        var request = post("/consultations").with(SignedIn.as(context, OFFICER)).with(csrf()).param("title", title)
                .param("description", "Đề xuất của Ban phát triển ấp, kinh phí do Nhân dân đóng góp.")
                .param("kind", kind).param("options", options).param("wholeUnit", "false")
                .param("opensOn", opensOn).param("closesOn", closesOn);
        for (long a : areaIds) {
            request = request.param("areaIds", Long.toString(a));
        }
        return mvc.perform(request);
    }

    private long idOf(String title) {
        return jdbc.sql("select id from consultation where title = :t").param("t", title).query(Long.class).single();
    }

    private long version(long id) {
        return jdbc.sql("select version from consultation where id = :id").param("id", id).query(Long.class).single();
    }

    /** A DECIDE consultation over the given areas, opened today. */
    private long opened(String title, long... areaIds) throws Exception {
        draft(title, "DECIDE", "Đồng ý\nKhông đồng ý", today(0), today(10), areaIds)
                .andExpect(status().is3xxRedirection());
        long id = idOf(title);
        mvc.perform(post("/consultations/{id}/open", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        return id;
    }

    private List<String> codes(long id, long areaId) {
        return jdbc.sql("select code from consultation_code where consultation_id = :id and area_id = :a order by id")
                .param("id", id).param("a", areaId).query(String.class).list();
    }

    private long option(long id, int position) {
        return jdbc.sql("select id from consultation_option where consultation_id = :id and position = :p")
                .param("id", id).param("p", position).query(Long.class).single();
    }

    private ResultActions vote(long id, String code, Long optionId) throws Exception {
        var request = post("/portal/consultations/{id}/take-part", id).with(csrf()).param("code", code);
        if (optionId != null) {
            request = request.param("optionId", Long.toString(optionId));
        }
        return mvc.perform(request);
    }

    private int participated(long id) {
        return jdbc.sql("select coalesce(sum(participated), 0) from consultation_scope where consultation_id = :id")
                .param("id", id).query(Integer.class).single();
    }

    private String staffPage(long id) throws Exception {
        return mvc.perform(get("/consultations/{id}", id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String portalPage(long id) throws Exception {
        return mvc.perform(get("/portal/consultations/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ the whole flow

    @Test
    void aConsultationGoesFromDraftToAPublishedResultWithEachCodeUsedOnce() throws Exception {
        long hamletA = area(3);
        long hamletB = area(2);
        String title = "Bê tông hóa đường liên tổ " + UUID.randomUUID();
        long id = opened(title, hamletA, hamletB);
        assertThat(jdbc.sql("select households_in_scope from consultation where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(5);
        List<String> a = codes(id, hamletA);
        List<String> b = codes(id, hamletB);
        assertThat(a).hasSize(3);
        assertThat(b).hasSize(2);
        long agree = option(id, 1);
        long disagree = option(id, 2);

        // two households agree on the portal (one types its code in lower case with the dash), one disagrees on paper
        vote(id, a.get(0), agree).andExpect(status().is3xxRedirection());
        vote(id, HouseholdCodes.display(a.get(1)).toLowerCase(), agree).andExpect(status().is3xxRedirection());
        mvc.perform(post("/consultations/{id}/ballots", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("code", a.get(2)).param("optionId", Long.toString(disagree))
                .param("comment", "Đề nghị làm rõ mức đóng góp của mỗi hộ."))
                .andExpect(status().is3xxRedirection());
        assertThat(participated(id)).isEqualTo(3);
        // the officer's paper ballot is audited as an act, without its code or choice
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'consultation_paper_ballot'
                   and entity_id = :id and actor = :actor""").param("id", Long.toString(id)).param("actor", OFFICER)
                .query(Long.class).single()).isEqualTo(1);

        // the same code a second time: refused in Vietnamese, nothing counted
        vote(id, a.get(0), disagree).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã hộ gia đình này đã được sử dụng.")));
        assertThat(participated(id)).isEqualTo(3);
        assertThat(jdbc.sql("select channel from consultation_code where code = :c").param("c", a.get(2))
                .query(String.class).single()).isEqualTo("PAPER");

        // before the close, staff and the portal see participation only, never option counts
        for (String page : List.of(staffPage(id), portalPage(id))) {
            assertThat(page).contains("Đã có 3 / 5 hộ tham gia", "id=\"tally-hidden\"")
                    .doesNotContain("id=\"tally\"", "dv-votes", "id=\"verdict\"");
        }
        // the officer sees the comment, alone
        assertThat(staffPage(id)).contains("Đề nghị làm rõ mức đóng góp của mỗi hộ.");

        // a meeting in hamlet B: one household agrees
        mvc.perform(post("/consultations/{id}/meetings", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("areaId", Long.toString(hamletB)).param("heldOn", today(0))
                .param("counts[" + agree + "]", "1").param("counts[" + disagree + "]", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(participated(id)).isEqualTo(4);

        mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        // after the close no code is accepted any more
        vote(id, b.get(0), agree).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cuộc lấy ý kiến không trong thời gian nhận ý kiến.")));
        assertThat(participated(id)).isEqualTo(4);

        // 3 of 5 households agree: more than half of all households in scope
        String closed = staffPage(id);
        assertThat(closed).contains("id=\"tally\"", "Được thông qua", "Đã có 4 / 5 hộ tham gia (80,0%)");
        assertThat(closed.replaceAll("\\s+", " ")).contains("<td>Đồng ý</td> <td class=\"dv-votes\">3</td>",
                "<td>Không đồng ý</td> <td class=\"dv-votes\">1</td>");

        // publishing needs the decision text; then the portal shows result and decision
        mvc.perform(post("/consultations/{id}/publish", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("decisionText", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập quyết định của cơ quan có thẩm quyền.")));
        assertThat(jdbc.sql("select status from consultation where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("CLOSED");
        mvc.perform(post("/consultations/{id}/publish", id).with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("version", Long.toString(version(id)))
                .param("decisionText", "UBND xã quyết định triển khai bê tông hóa đường liên tổ trong quý I.")
                .param("decisionNumber", "45/QĐ-UBND").param("decisionDate", today(0)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/consultations")).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        assertThat(portalPage(id)).contains("Đã công bố kết quả", "Được thông qua",
                "UBND xã quyết định triển khai bê tông hóa đường liên tổ trong quý I.", "45/QĐ-UBND");

        // no staff page nor export shows any code, hence nothing that ties a code to a choice
        String csv = mvc.perform(get("/consultations").param("format", "csv").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(title);
        for (String page : List.of(staffPage(id), portalPage(id), csv)) {
            for (String code : a) {
                assertThat(page).doesNotContain(code, HouseholdCodes.display(code));
            }
        }
        // and the database holds the choice only as counters with no code, and comments without code or time
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns
                 where lower(table_name) in ('consultation_tally', 'consultation_comment')
                   and lower(table_schema) = lower(current_schema)
                   and lower(column_name) in ('code', 'code_id', 'used_at', 'created_at', 'area_id', 'participation_id')
                   and not (lower(table_name) = 'consultation_tally' and lower(column_name) = 'area_id')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_change where after_value like :c or before_value like :c")
                .param("c", "%" + a.get(0) + "%").query(Long.class).single()).isZero();
    }

    @Test
    void exactlyHalfOfTheHouseholdsInScopeIsNotApprovedAndOneMoreIs() throws Exception {
        // four households in scope: two agreeing is exactly half, three is just above it
        String half = "Đặt tên đường tổ 4 " + UUID.randomUUID();
        String above = "Đặt tên đường tổ 5 " + UUID.randomUUID();
        long halfId = opened(half, area(4));
        long aboveId = opened(above, area(4));
        castAgreements(halfId, 2);
        castAgreements(aboveId, 3);
        for (long id : List.of(halfId, aboveId)) {
            mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                    .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        }
        assertThat(staffPage(halfId)).contains("Không được thông qua").doesNotContain("Được thông qua");
        assertThat(staffPage(aboveId)).contains("Được thông qua").doesNotContain("Không được thông qua");
    }

    @Test
    void theStatutoryThresholdInForceOnTheClosingDayDecides() throws Exception {
        // a later law (recorded on the legal rules screen) requiring more than 75% from tomorrow: a consultation
        // closing in ten days is decided by it, and the pages cite it
        String law = "Luật thử nghiệm ConsultationIT sửa đổi Luật 10/2022/QH15";
        long version = jdbc.sql("select version from legal_rule where rule_key = 'CONSULTATION_APPROVAL'")
                .query(Long.class).single();
        mvc.perform(post("/legal-rules/CONSULTATION_APPROVAL").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("value", "75").param("legalSource", law).param("appliesFrom", today(1))
                        .param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection());
        try {
            String title = "Nâng cấp nhà văn hóa tổ 6 " + UUID.randomUUID();
            long id = opened(title, area(4));
            castAgreements(id, 3);
            mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                    .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
            // three of four households is 75%: more than half, but not more than 75%
            assertThat(staffPage(id)).contains("Không được thông qua", "trên 75%", law)
                    .doesNotContain("Được thông qua");
        } finally {
            jdbc.sql("delete from legal_rule_value where legal_source = :s").param("s", law).update();
            legalRules.forget(); // and the values kept in memory
        }
    }

    /** The first {@code agreeing} households of the consultation's only area agree on the portal, the others stay away. */
    private void castAgreements(long id, int agreeing) throws Exception {
        long areaId = jdbc.sql("select min(area_id) from consultation_code where consultation_id = :id")
                .param("id", id).query(Long.class).single();
        List<String> all = codes(id, areaId);
        for (String code : all.subList(0, agreeing)) {
            vote(id, code, option(id, 1)).andExpect(status().is3xxRedirection());
        }
        assertThat(participated(id)).isEqualTo(agreeing);
    }

    @Test
    void theDemoStartShowsAPublishedAndAnOpenConsultationOnThePortal() throws Exception {
        long road = jdbc.sql("select id from consultation where demo = true and status = 'PUBLISHED'")
                .query(Long.class).single();
        long playground = jdbc.sql("""
                select id from consultation where demo = true and status = 'OPEN' and kind = 'DECIDE'""")
                .query(Long.class).single();
        mvc.perform(get("/portal/consultations")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đóng góp làm đường bê tông liên ấp Cây Khô - Bùng Binh")))
                .andExpect(content().string(containsString("Chuyển sân bóng ấp Cây Điệp thành khu vui chơi thiếu nhi")));
        // 628 of 882 households agree: approved, with the commune's decision
        assertThat(portalPage(road)).contains("Được thông qua", "125/QĐ-UBND", "id=\"tally\"");
        // and the People's Inspection Board's report on it, without the signer
        assertThat(portalPage(road)).contains("id=\"board-findings\"", "biên bản họp dân có đủ chữ ký")
                .doesNotContain("Nguyễn Văn Thành");
        assertThat(portalPage(playground)).contains("id=\"tally-hidden\"").doesNotContain("id=\"tally\"");
        // the counters agree with who took part, area by area
        assertThat(jdbc.sql("""
                select count(*) from consultation_scope s
                 where s.consultation_id in (:ids) and s.participated <> (select coalesce(sum(t.votes), 0)
                       from consultation_tally t where t.consultation_id = s.consultation_id and t.area_id = s.area_id)""")
                .param("ids", List.of(road, playground)).query(Long.class).single()).isZero();
    }

    @Test
    void twoSimultaneousUsesOfOneCodeGiveExactlyOneVote() throws Exception {
        long hamlet = area(4);
        long id = opened("Đặt tên đường " + UUID.randomUUID(), hamlet);
        String code = codes(id, hamlet).get(0);
        long agree = option(id, 1);
        int threads = 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        participations.take(id, code, agree, null, Channel.PORTAL);
                        return true;
                    } catch (InvalidRequestException e) {
                        assertThat(e.messageKey()).isEqualTo("consultation.error.codeUsed");
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> r : results) {
                accepted += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(participated(id)).isEqualTo(1);
        assertThat(jdbc.sql("select sum(votes) from consultation_tally where consultation_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unknownOrOtherConsultationsCodesAndMissingChoicesAreRefusedWithNothingSaved() throws Exception {
        long hamlet = area(2);
        long first = opened("Chỉnh trang nhà văn hóa ấp " + UUID.randomUUID(), hamlet);
        long second = opened("Lắp camera an ninh " + UUID.randomUUID(), hamlet);
        String ofSecond = codes(second, hamlet).get(0);
        vote(first, ofSecond, option(first, 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã hộ gia đình này thuộc một cuộc lấy ý kiến khác.")));
        vote(first, "ZZZZZZZZZZ", option(first, 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã hộ gia đình không đúng.")));
        vote(first, codes(first, hamlet).get(0), null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn một phương án.")));
        vote(first, "", option(first, 1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập mã hộ gia đình in trên phiếu.")));
        assertThat(participated(first)).isZero();
        assertThat(participated(second)).isZero();
        assertThat(jdbc.sql("select count(*) from consultation_code where consultation_id in (:a, :b) and used_at is not null")
                .param("a", first).param("b", second).query(Long.class).single()).isZero();
    }

    @Test
    void aMeetingCountCannotTakeAnAreaAboveItsHouseholds() throws Exception {
        long hamlet = area(3);
        long id = opened("Nạo vét kênh thủy lợi " + UUID.randomUUID(), hamlet);
        vote(id, codes(id, hamlet).get(0), option(id, 1)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/consultations/{id}/meetings", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("areaId", Long.toString(hamlet)).param("heldOn", today(0))
                .param("counts[" + option(id, 1) + "]", "2").param("counts[" + option(id, 2) + "]", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vượt quá số hộ của nơi này (3 hộ); chỉ còn 2 hộ chưa tham gia.")));
        // a count that is not a number is refused for the counts as a whole; a negative one on its option
        mvc.perform(post("/consultations/{id}/meetings", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("areaId", Long.toString(hamlet)).param("heldOn", today(0))
                .param("counts[" + option(id, 1) + "]", "hai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hộ của mỗi phương án phải là số nguyên không âm.")));
        mvc.perform(post("/consultations/{id}/meetings", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("areaId", Long.toString(hamlet)).param("heldOn", today(0))
                .param("counts[" + option(id, 1) + "]", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hộ của phương án &quot;Đồng ý&quot; phải là số nguyên không âm.")));
        mvc.perform(post("/consultations/{id}/meetings", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("areaId", "abc").param("heldOn", "31/02/2026")
                .param("counts[" + option(id, 1) + "]", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        assertThat(participated(id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from consultation_meeting where consultation_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedNextToItsFieldInVietnameseAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("select count(*) from consultation").query(Long.class).single();
        String typed = UUID.randomUUID().toString();
        String title = "Thiếu phương án " + typed;
        draft(title, "DECIDE", "Đồng ý", "31/02/2026", today(5), area(2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                // what was typed comes back (accented letters as HTML entities in the value attribute)
                .andExpect(content().string(containsString(typed)));
        // a value that does not convert is reported first; the draft's own rules once the dates read
        draft(title, "DECIDE", "Đồng ý", today(1), today(5), area(2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cần ít nhất hai phương án, mỗi dòng một phương án.")))
                .andExpect(content().string(containsString(typed)));
        draft("", "DECIDE", "Đồng ý\nKhông đồng ý", today(5), today(2), area(2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung lấy ý kiến.")))
                .andExpect(content().string(containsString("Ngày kết thúc phải sau ngày bắt đầu.")));
        assertThat(jdbc.sql("select count(*) from consultation").query(Long.class).single()).isEqualTo(before);

        // a draft whose open date has passed cannot be opened
        String late = "Mở muộn " + UUID.randomUUID();
        draft(late, "COMMENT", "", today(-1), today(5), area(2)).andExpect(status().is3xxRedirection());
        long id = idOf(late);
        mvc.perform(post("/consultations/{id}/open", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày bắt đầu đã qua")));
        assertThat(jdbc.sql("select status from consultation where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from consultation_code where consultation_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        // areas: households must be a whole number above zero
        long areas = jdbc.sql("select count(*) from consultation_area").query(Long.class).single();
        for (String households : List.of("0", "-4", "abc", "2,5", "")) {
            mvc.perform(post("/consultations/areas").with(SignedIn.as(context, OFFICER)).with(csrf())
                    .param("unitId", Long.toString(anBinh())).param("name", "Ấp mới").param("households", households))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Số hộ phải là số nguyên lớn hơn 0.")));
        }
        mvc.perform(post("/consultations/areas").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", Long.toString(anBinh())).param("name", "").param("households", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên thôn, ấp, khu phố.")));
        mvc.perform(post("/consultations/areas").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", Long.toString(anBinh())).param("name", "Ấp Bình Thắng").param("households", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xã đã có thôn, ấp, khu phố mang tên này.")));
        assertThat(jdbc.sql("select count(*) from consultation_area").query(Long.class).single()).isEqualTo(areas);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void wrongTypedOrOverLongInputOfEveryFormComesBackOnItsFieldWithWhatWasTypedAndNothingIsSaved() throws Exception {
        long hamlet = area(3);
        long consultations = rows("consultation");
        mvc.perform(post("/consultations").with(SignedIn.as(context, OFFICER)).with(csrf()).param("title", "Chợ")
                .param("kind", "XSS").param("wholeUnit", "maybe").param("areaIds", "abc")
                .param("opensOn", today(0)).param("closesOn", today(5))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")))
                .andExpect(content().string(containsString("Giá trị đã chọn không hợp lệ.")))
                .andExpect(content().string(containsString("Có giá trị đã chọn không hợp lệ.")));
        String longTitle = "t".repeat(501);
        draft(longTitle, "DECIDE", "Đồng ý\nKhông đồng ý", today(0), today(5), hamlet).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung lấy ý kiến không được quá 500 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + longTitle + "\"")));
        assertThat(rows("consultation")).isEqualTo(consultations);

        long areas = rows("consultation_area");
        String longName = "n".repeat(201);
        mvc.perform(post("/consultations/areas").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", Long.toString(anBinh())).param("name", longName).param("households", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên không được quá 200 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + longName + "\"")));
        mvc.perform(post("/consultations/areas").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("unitId", "abc").param("name", "Ấp mới").param("households", "12"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/consultations/areas/{a}", hamlet).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("name", "Ấp đổi tên").param("households", "ba").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số hộ phải là số nguyên lớn hơn 0.")))
                .andExpect(content().string(containsString("value=\"ba\"")));
        assertThat(rows("consultation_area")).isEqualTo(areas);

        long id = opened("Nhập sai " + UUID.randomUUID(), hamlet);
        // opening and closing carry only the version the page showed: a tampered one is a 400
        mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", "abc")).andExpect(status().isBadRequest());
        mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("version", "abc")).andExpect(status().isForbidden());
        String longCode = "C".repeat(21);
        mvc.perform(post("/consultations/{id}/ballots", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("code", longCode).param("optionId", "abc")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"" + longCode + "\"")));
        mvc.perform(post("/consultations/{id}/ballots", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("code", longCode).param("optionId", Long.toString(option(id, 1)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 20 ký tự.")));
        vote(id, codes(id, hamlet).get(0), null).andExpect(status().isOk());
        mvc.perform(post("/portal/consultations/{id}/take-part", id).with(csrf()).param("code", codes(id, hamlet).get(0))
                .param("optionId", "XSS").param("comment", "c".repeat(4001))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")));
        mvc.perform(post("/portal/consultations/{id}/take-part", id).with(csrf()).param("code", codes(id, hamlet).get(0))
                .param("optionId", Long.toString(option(id, 1))).param("comment", "c".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ý kiến không được quá 4000 ký tự.")))
                .andExpect(content().string(containsString("c".repeat(4001))));
        assertThat(participated(id)).isZero();

        mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/consultations/{id}/publish", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("decisionText", "Quyết định")
                .param("decisionNumber", "n".repeat(101)).param("decisionDate", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        mvc.perform(post("/consultations/{id}/publish", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("decisionText", "Quyết định")
                .param("decisionNumber", "n".repeat(101)).param("decisionDate", today(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số văn bản không được quá 100 ký tự.")))
                .andExpect(content().string(containsString("n".repeat(101))));
        assertThat(jdbc.sql("select status from consultation where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("CLOSED");
    }

    @Test
    void aCommentConsultationTakesCommentsWhichOfficersReadWithoutCodes() throws Exception {
        long hamlet = area(2);
        String title = "Góp ý quy hoạch chợ " + UUID.randomUUID();
        draft(title, "COMMENT", "", today(0), today(3), hamlet).andExpect(status().is3xxRedirection());
        long id = idOf(title);
        mvc.perform(post("/consultations/{id}/open", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        String code = codes(id, hamlet).get(0);
        mvc.perform(post("/portal/consultations/{id}/take-part", id).with(csrf()).param("code", code)
                .param("comment", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập ý kiến.")));
        mvc.perform(post("/portal/consultations/{id}/take-part", id).with(csrf()).param("code", code)
                .param("comment", "Nên bố trí bãi giữ xe phía sau chợ.")).andExpect(status().is3xxRedirection());
        String page = staffPage(id);
        assertThat(page).contains("Nên bố trí bãi giữ xe phía sau chợ.", "Đã có 1 / 2 hộ tham gia")
                .doesNotContain(code);
        assertThat(portalPage(id)).doesNotContain("Nên bố trí bãi giữ xe phía sau chợ.");
    }

    @Test
    void staffOutsideAnBinhGet403AndSeeNothing() throws Exception {
        long hamlet = area(2);
        String title = "Xây cầu dân sinh " + UUID.randomUUID();
        long id = opened(title, hamlet);
        for (String outsider : List.of("tnmt.truong", "vhtt")) {
            mvc.perform(get("/consultations/{id}", id).with(SignedIn.as(context, outsider)))
                    .andExpect(status().isForbidden()).andExpect(content().string(not(containsString(title))));
            mvc.perform(get("/consultations/{id}/slips/{a}.pdf", id, hamlet).with(SignedIn.as(context, outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, outsider)).with(csrf())
                    .param("version", Long.toString(version(id)))).andExpect(status().isForbidden());
            mvc.perform(post("/consultations/{id}/ballots", id).with(SignedIn.as(context, outsider)).with(csrf())
                    .param("code", codes(id, hamlet).get(0)).param("optionId", Long.toString(option(id, 1))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/consultations").with(SignedIn.as(context, outsider))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))));
            mvc.perform(get("/consultations/areas/{a}/edit", hamlet).with(SignedIn.as(context, outsider)))
                    .andExpect(status().isForbidden());
        }
        assertThat(participated(id)).isZero();
        assertThat(jdbc.sql("select status from consultation where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("OPEN");
    }

    @Test
    void theSlipsOfAnAreaPrintItsCodesAndCanBePrintedAgain() throws Exception {
        long hamlet = area(11);
        String title = "Thu gom rác thải sinh hoạt " + UUID.randomUUID();
        long id = opened(title, hamlet);
        for (int attempt = 0; attempt < 2; attempt++) {
            // printed from inside the office network, under another host name than citizens use
            byte[] pdf = mvc.perform(get("/consultations/{id}/slips/{a}.pdf", id, hamlet)
                    .with(SignedIn.as(context, OFFICER)).header("Host", "may-noi-bo.ubnd.local:8443")
                    .with(r -> {
                        r.setServerName("may-noi-bo.ubnd.local");
                        r.setServerPort(8443);
                        return r;
                    })).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray();
            var reader = new com.lowagie.text.pdf.PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            reader.close();
            String flat = text.toString().replaceAll("\\s+", " ");
            assertThat(flat).contains("PHIẾU MÃ HỘ GIA ĐÌNH", "Thu gom rác thải sinh hoạt");
            // the configured public address of the portal (danvan.public-url), never the request's host
            assertThat(text.toString().replaceAll("\\s+", ""))
                    .contains("https://dichvucong.danvan.example/portal/consultations/" + id)
                    .doesNotContain("may-noi-bo", "localhost");
            for (String code : codes(id, hamlet)) {
                assertThat(flat).contains(HouseholdCodes.display(code));
            }
        }
    }

    @Test
    void theIndicatorsCountOpenedConsultationsAndTheParticipationOfClosedOnes() throws Exception {
        long hamlet = area(4);
        long id = opened("Chỉ tiêu " + UUID.randomUUID(), hamlet);
        vote(id, codes(id, hamlet).get(0), option(id, 1)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        LocalDate today = LocalDate.now(clock);
        var values = indicators.values(anBinh(), today, today);
        var opened = values.stream().filter(v -> v.code().equals(ConsultationIndicators.OPENED)).findFirst().orElseThrow();
        var rate = values.stream().filter(v -> v.code().equals(ConsultationIndicators.PARTICIPATION)).findFirst()
                .orElseThrow();
        assertThat(opened.value().longValue()).isGreaterThanOrEqualTo(1);
        assertThat(rate.value()).isNotNull();
        assertThat(rate.value().doubleValue()).isBetween(0.0, 100.0);
        var nothing = indicators.values(anBinh(), today.minusYears(5), today.minusYears(4));
        assertThat(nothing.get(0).value().longValue()).isZero();
        assertThat(nothing.get(1).value()).isNull();
    }

    @Test
    void documentsAttachedToADraftArePublicOnceItOpensAndAFakeFileIsRefused() throws Exception {
        long hamlet = area(2);
        String title = "Tài liệu kèm theo " + UUID.randomUUID();
        draft(title, "DECIDE", "Đồng ý\nKhông đồng ý", today(0), today(5), hamlet).andExpect(status().is3xxRedirection());
        long id = idOf(title);
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/consultations/{id}/documents", id)
                .file(new MockMultipartFile("files", "to-trinh-du-an.pdf", "application/pdf", pdf))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        long files = jdbc.sql("select count(*) from attachment where owner_type = 'consultation' and owner_id = :id")
                .param("id", id).query(Long.class).single();
        assertThat(files).isEqualTo(1);
        mvc.perform(multipart("/consultations/{id}/documents", id)
                .file(new MockMultipartFile("files", "ban-ve.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .with(SignedIn.as(context, OFFICER)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"document-error\"")));
        assertThat(jdbc.sql("select count(*) from attachment where owner_type = 'consultation' and owner_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        long fileId = jdbc.sql("select id from attachment where owner_type = 'consultation' and owner_id = :id")
                .param("id", id).query(Long.class).single();
        assertThat(staffPage(id)).contains("to-trinh-du-an.pdf");
        mvc.perform(get("/consultations/{id}/documents/{f}", id, fileId).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk());
        mvc.perform(get("/consultations/{id}/documents/{f}", id, fileId).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        // a draft is not public, nor are its files
        mvc.perform(get("/portal/consultations/{id}/documents/{f}", id, fileId)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/consultations/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(post("/consultations/{id}/open", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        assertThat(portalPage(id)).contains("to-trinh-du-an.pdf");
        mvc.perform(get("/portal/consultations/{id}/documents/{f}", id, fileId)).andExpect(status().isOk());
    }

    @Test
    void aDraftIsEditedWithItsVersionAndAStaleFormIsRefused() throws Exception {
        long hamlet = area(2);
        String title = "Sửa dự thảo " + UUID.randomUUID();
        draft(title, "DECIDE", "Đồng ý\nKhông đồng ý", today(1), today(5), hamlet).andExpect(status().is3xxRedirection());
        long id = idOf(title);
        mvc.perform(get("/consultations/{id}/edit", id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk());
        String renamed = title + " (sửa)";
        mvc.perform(post("/consultations/{id}", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("title", renamed).param("kind", "DECIDE").param("options", "Đồng ý\nKhông đồng ý\nÝ kiến khác")
                .param("wholeUnit", "true").param("opensOn", today(2)).param("closesOn", today(9))
                .param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title from consultation where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(renamed);
        assertThat(jdbc.sql("select count(*) from consultation_option where consultation_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(3);
        mvc.perform(post("/consultations/{id}", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("title", "Bản cũ").param("kind", "DECIDE").param("options", "Đồng ý\nKhông đồng ý")
                .param("wholeUnit", "true").param("opensOn", today(2)).param("closesOn", today(9))
                .param("version", "0")).andExpect(status().isConflict());
        assertThat(jdbc.sql("select title from consultation where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(renamed);
        // the whole commune is now in scope: the demo hamlets of An Bình are listed with their households
        assertThat(staffPage(id)).contains("Ấp Bình Thắng", "612");
        // the administrator keeps any commune's areas; TNMT's head none
        mvc.perform(get("/consultations/areas").param("unitId", Long.toString(anBinh()))
                .with(SignedIn.as(context, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ấp Nhà Mát")));
        mvc.perform(get("/consultations/areas").param("unitId", Long.toString(anBinh()))
                .with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isForbidden());
    }

    // ------------------------------------------------------------------ the People's Inspection Board

    private long findings(long id) {
        return jdbc.sql("select count(*) from consultation_finding where consultation_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private long boardFindingsToday() {
        LocalDate today = LocalDate.now(clock);
        return indicators.values(anBinh(), today, today).stream()
                .filter(v -> v.code().equals(ConsultationIndicators.BOARD_FINDINGS)).findFirst().orElseThrow()
                .value().longValue();
    }

    private ResultActions finding(String user, long id, String foundOn, String signedBy, String finding,
            String recommendation) throws Exception {
        return mvc.perform(post("/consultations/{id}/findings", id).with(SignedIn.as(context, user)).with(csrf())
                .param("foundOn", foundOn).param("signedBy", signedBy).param("finding", finding)
                .param("recommendation", recommendation));
    }

    @Test
    void theBoardsFindingsAreRecordedAuditedCountedAndPublishedWithoutTheSigner() throws Exception {
        long hamlet = area(3);
        long id = opened("Nạo vét kênh thủy lợi " + UUID.randomUUID(), hamlet);
        long before = boardFindingsToday();
        finding(OFFICER, id, today(0), "Trần Văn Kiểm", "Việc phát phiếu mã hộ đúng danh sách, niêm yết đủ 10 ngày.",
                "Công khai dự toán kinh phí tại nhà văn hóa ấp.").andExpect(status().is3xxRedirection());
        assertThat(findings(id)).isEqualTo(1);
        assertThat(boardFindingsToday()).isEqualTo(before + 1);
        assertThat(staffPage(id)).contains("Trần Văn Kiểm", "Việc phát phiếu mã hộ đúng danh sách",
                "Công khai dự toán kinh phí tại nhà văn hóa ấp.");
        assertThat(portalPage(id)).contains("Kết quả giám sát của Ban Thanh tra nhân dân",
                "Việc phát phiếu mã hộ đúng danh sách", "Công khai dự toán kinh phí tại nhà văn hóa ấp.")
                .doesNotContain("Trần Văn Kiểm", OFFICER);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'consultation-finding' and actor = :actor
                   and unit_id = :unit""").param("actor", OFFICER).param("unit", anBinh()).query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        // a finding after the close, when residents check how the decision is carried out
        mvc.perform(post("/consultations/{id}/close", id).with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id)))).andExpect(status().is3xxRedirection());
        finding(OFFICER, id, today(0), "Trần Văn Kiểm", "Kết quả kiểm phiếu đúng biên bản.", "")
                .andExpect(status().is3xxRedirection());
        assertThat(findings(id)).isEqualTo(2);
    }

    @Test
    void aFindingWithBadInputOrOnADraftIsRefusedInVietnameseWithNothingSaved() throws Exception {
        long hamlet = area(2);
        long id = opened("Lắp đèn chiếu sáng ngõ xóm " + UUID.randomUUID(), hamlet);
        finding(OFFICER, id, "", "", "  ", "Kiến nghị giữ lại").andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày báo cáo.")))
                .andExpect(content().string(containsString("Hãy nhập người ký báo cáo.")))
                .andExpect(content().string(containsString("Hãy nhập nội dung giám sát.")))
                .andExpect(content().string(containsString("Kiến nghị giữ lại")));
        finding(OFFICER, id, "31/02/2026", "Trần Văn Kiểm", "Nội dung", null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        finding(OFFICER, id, today(1), "Trần Văn Kiểm", "Nội dung", null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày báo cáo không được sau ngày hôm nay.")));
        finding(OFFICER, id, today(-1), "Trần Văn Kiểm", "Nội dung", null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày báo cáo không được trước ngày bắt đầu lấy ý kiến ("
                        + today(0) + ").")));
        finding(OFFICER, id, today(0), "Trần Văn Kiểm", "x".repeat(4001), null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung quá dài: tối đa 4000 ký tự.")));
        assertThat(findings(id)).isZero();

        String title = "Dự thảo chưa mở " + UUID.randomUUID();
        draft(title, "DECIDE", "Đồng ý\nKhông đồng ý", today(0), today(10), hamlet)
                .andExpect(status().is3xxRedirection());
        finding(OFFICER, idOf(title), today(0), "Trần Văn Kiểm", "Nội dung", null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ ghi nhận kết quả giám sát khi việc lấy ý kiến đã bắt đầu.")));
        assertThat(findings(idOf(title))).isZero();
    }

    @Test
    void staffOutsideAnBinhCannotRecordOrReadTheBoardsFindings() throws Exception {
        long hamlet = area(2);
        long id = opened("Sửa chữa nhà văn hóa ấp " + UUID.randomUUID(), hamlet);
        finding(OFFICER, id, today(0), "Trần Văn Kiểm", "Biên bản họp dân đầy đủ chữ ký.", null)
                .andExpect(status().is3xxRedirection());
        for (String outsider : List.of("tnmt.truong", "vhtt")) {
            finding(outsider, id, today(0), "Người ngoài", "Ghi thử", null).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Biên bản họp dân đầy đủ chữ ký."))));
        }
        assertThat(findings(id)).isEqualTo(1);
    }
}
