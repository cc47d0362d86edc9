package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** A unit handles a petition from intake to a published answer; others outside its scope see nothing. */
@DanVanIntegrationTest
class StaffPetitionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    /** An officer of An Bình records a petition at the counter; returns its id. */
    private long intake(String title) throws Exception {
        String page = mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("channel", "COUNTER").param("kind", "PROPOSAL")
                        .param("categoryId", String.valueOf(fixture.category("DAT_DAI")))
                        .param("unitId", String.valueOf(fixture.unitId("ABINH")))
                        .param("title", title)
                        .param("content", "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho thửa đất ở ấp Bình Hòa.")
                        .param("place", "Ấp Bình Hòa, xã An Bình")
                        .param("fullName", "Trần Thị Mai").param("phone", "0987654321")
                        .param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã tra cứu cần báo cho công dân")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("PA-[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(page);
        assertThat(m.find()).isTrue();
        Matcher key = Pattern.compile("id=\"citizen-key\">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<").matcher(page);
        assertThat(key.find()).as("the citizen key to give the petitioner").isTrue();
        lastCitizenKey = key.group(1);
        return fixture.idOf(m.group());
    }

    /** The citizen key shown on the last intake's page. */
    private String lastCitizenKey;

    private void act(String user, long id, String action, String... params) throws Exception {
        var request = post("/petitions/{id}/{action}", id, action).with(SignedIn.as(context, user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from petition where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void fromIntakeToAPublishedAnswer() throws Exception {
        long id = intake("Cấp giấy chứng nhận đất ấp Bình Hòa");
        long officer = fixture.accountId("anbinh.canbo");

        // words of the title without accents (the inbox shows 50 a page, soonest due first)
        mvc.perform(get("/petitions").param("q", "cap giay chung nhan dat binh hoa")
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp giấy chứng nhận đất ấp Bình Hòa")));

        act("anbinh.canbo", id, "accept");
        act("anbinh.truong", id, "assign", "accountId", String.valueOf(officer));
        act("anbinh.canbo", id, "start");
        act("anbinh.canbo", id, "draft", "note", "Kính gửi bà Trần Thị Mai: hồ sơ đã đủ, giấy chứng nhận sẽ được trả ngày 15/12.");
        act("anbinh.truong", id, "approve", "publish", "true", "note", "Hồ sơ đã đủ, giấy chứng nhận sẽ được trả ngày 15/12.");
        assertThat(statusOf(id)).isEqualTo("ANSWERED");

        String code = jdbc.sql("select code from petition where id = :id").param("id", id).query(String.class).single();
        mvc.perform(get("/portal/petitions/lookup").param("code", code))
                .andExpect(content().string(containsString("giấy chứng nhận sẽ được trả ngày 15/12")))
                .andExpect(content().string(containsString("Đã trả lời")));
        assertThat(jdbc.sql("select count(*) from petition_step where petition_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(6);

        // the citizen rates the answer once, then asks once to reopen it, with the citizen key
        String key = lastCitizenKey;
        mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("key", key).param("rating", "4")
                .param("comment", "Nhanh, rõ ràng")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select rating from petition where id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(4);
        mvc.perform(post("/portal/petitions/rate").with(csrf()).param("code", code).param("key", key).param("rating", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Người gửi đã đánh giá trả lời: 4/5.")));
        assertThat(jdbc.sql("select rating from petition where id = :id").param("id", id).query(Integer.class)
                .single()).isEqualTo(4);
        mvc.perform(post("/portal/petitions/reopen").with(csrf()).param("code", code).param("key", key)
                .param("reason", "Đến hẹn vẫn chưa nhận được giấy")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
        mvc.perform(get("/portal/petitions/lookup").param("code", code))
                .andExpect(content().string(containsString("Người gửi đề nghị xem xét lại")))
                .andExpect(content().string(not(containsString("id=\"reopen-form\""))));
    }

    @Test
    void onlyTheHeadAssignsAndApproves() throws Exception {
        long id = intake("Phân công chỉ do trưởng");
        act("anbinh.canbo", id, "accept");
        long officer = fixture.accountId("anbinh.canbo");
        mvc.perform(post("/petitions/{id}/assign", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("accountId", String.valueOf(officer))).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void anOfficerOfAnotherUnitGetsForbiddenAndNoData() throws Exception {
        long id = intake("Không cho đơn vị khác xem");
        mvc.perform(get("/petitions/{id}", id).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Không cho đơn vị khác xem"))));
        mvc.perform(post("/petitions/{id}/accept", id).with(SignedIn.as(context, "tnmt.truong")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/petitions").with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(content().string(not(containsString("Không cho đơn vị khác xem"))));
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
    }

    @Test
    void theDaysWaitingForThePetitionersInformationMoveTheAnswerDueDate() throws Exception {
        long id = intake("Bổ sung bản đồ thửa đất");
        act("anbinh.canbo", id, "accept");
        act("anbinh.canbo", id, "request-info", "note", "Đề nghị bổ sung bản đồ thửa đất.");
        java.time.LocalDate dueBefore = answerDue(id);
        // the petitioner answered nine days after being asked
        jdbc.sql("update petition_step set occurred_at = occurred_at - interval '9' day "
                + "where petition_id = :id and action = 'REQUEST_INFO'").param("id", id).update();

        act("anbinh.canbo", id, "start");

        assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
        assertThat(answerDue(id)).isAfterOrEqualTo(dueBefore.plusDays(9)).isBeforeOrEqualTo(dueBefore.plusDays(13));
        assertThat(jdbc.sql("select count(*) from audit_entry e join audit_change c on c.entry_id = e.id "
                + "where e.entity_type = 'Petition' and e.entity_id = :id and e.action = 'UPDATE' and c.field = 'answerDue'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isOne();
    }

    private java.time.LocalDate answerDue(long id) {
        return jdbc.sql("select answer_due from petition where id = :id").param("id", id)
                .query(java.time.LocalDate.class).single();
    }

    @Test
    void aStepNotAllowedNowNamesTheStateInWords() throws Exception {
        long id = intake("Thụ lý hai lần");
        act("anbinh.canbo", id, "accept");

        mvc.perform(post("/petitions/{id}/accept", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Không thể thực hiện thao tác này khi phản ánh đang ở trạng thái &quot;Đã thụ lý&quot;.")));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void theIntakeFormIsOnlyForPetitionStaff() throws Exception {
        mvc.perform(get("/petitions/new").with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        mvc.perform(get("/petitions/new").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk());
    }

    @Test
    void viewingThePetitionersContactIsAudited() throws Exception {
        long id = intake("Xem thông tin người gửi");
        mvc.perform(get("/petitions/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(not(containsString("0987654321"))));
        mvc.perform(get("/petitions/{id}/petitioner", id).header("HX-Request", "true")
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0987654321")));
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'Petition' and entity_id = :id
                  and action = 'VIEW_PERSONAL_DATA' and actor = 'anbinh.canbo'""")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aWrongStepIsRefusedWithAMessageAndChangesNothing() throws Exception {
        long id = intake("Bước sai");
        mvc.perform(post("/petitions/{id}/close", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"action-error\"")));
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
        // the refusal asks first in the browser, naming the petition's code (static/js/confirm.js)
        String page = mvc.perform(get("/petitions/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String code = jdbc.sql("select code from petition where id = :id").param("id", id).query(String.class).single();
        assertThat(org.jsoup.Jsoup.parse(page).getElementById("action-refuse").attr("data-confirm"))
                .startsWith("Từ chối thụ lý đơn " + code + "?");
        mvc.perform(post("/petitions/{id}/refuse", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("note", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refuse-note-error\"")));
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
        String tooLong = "Ly do qua dai ".repeat(200);
        mvc.perform(post("/petitions/{id}/refuse", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("note", tooLong)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString("Ly do qua dai Ly do qua dai")));
        mvc.perform(post("/petitions/{id}/refuse", id).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("note", "Khong thuoc tham quyen").param("notePublic", "abc")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn không hợp lệ.")))
                .andExpect(content().string(containsString("Khong thuoc tham quyen")));
        assertThat(statusOf(id)).isEqualTo("RECEIVED");
    }

    @Test
    void aTransferReasonIsPublicOnlyWhenTheOfficerSaysSo() throws Exception {
        long kept = intake("Lý do chuyển nội bộ");
        act("anbinh.canbo", kept, "transfer", "unitId", String.valueOf(fixture.unitId("TNMT")), "note",
                "Cán bộ địa chính nghỉ ốm");
        long shown = intake("Lý do chuyển công khai");
        act("anbinh.canbo", shown, "transfer", "unitId", String.valueOf(fixture.unitId("TNMT")), "note",
                "Thuộc thẩm quyền của Phòng Tài nguyên và Môi trường", "notePublic", "true");

        mvc.perform(get("/portal/petitions/lookup").param("code", codeOf(kept)))
                .andExpect(content().string(containsString("Chuyển đơn vị")))
                .andExpect(content().string(not(containsString("Cán bộ địa chính nghỉ ốm"))));
        mvc.perform(get("/portal/petitions/lookup").param("code", codeOf(shown)))
                .andExpect(content().string(containsString("Thuộc thẩm quyền của Phòng Tài nguyên và Môi trường")));
        mvc.perform(get("/open311/v2/requests.json").param("service_request_id", codeOf(kept)))
                .andExpect(content().string(not(containsString("Cán bộ địa chính nghỉ ốm"))));
        // the officers see both notes
        mvc.perform(get("/petitions/{id}", kept).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(content().string(containsString("Cán bộ địa chính nghỉ ốm")));
    }

    @Test
    void theLookupShowsThePublicStepsInOrderAndNotTheInternalOnes() throws Exception {
        long id = intake("Lịch sử công khai");
        long officer = fixture.accountId("anbinh.canbo");
        act("anbinh.canbo", id, "accept");
        act("anbinh.truong", id, "assign", "accountId", String.valueOf(officer));
        act("anbinh.canbo", id, "start");
        String page = mvc.perform(get("/portal/petitions/lookup").param("code", codeOf(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String history = page.substring(page.indexOf("id=\"petition-history\""), page.indexOf("</ol>", page.indexOf("id=\"petition-history\"")));
        assertThat(Pattern.compile("<strong>([^<]+)</strong>").matcher(history).results().map(r -> r.group(1)).toList())
                .as("one query reads the petition and its public steps, oldest first; the assignment is internal")
                .containsExactly("Tiếp nhận", "Thụ lý", "Bắt đầu xử lý");
        assertThat(page).doesNotContain("Phân công xử lý");
    }

    private String codeOf(long id) {
        return jdbc.sql("select code from petition where id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void theInboxExportCarriesNoFormula() throws Exception {
        intake("=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")");
        String csv = mvc.perform(get("/petitions/export").param("format", "csv").param("q", "hyperlink evil")
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain("\"=HYPERLINK").doesNotContain(",=HYPERLINK")
                .doesNotContain("\n=HYPERLINK");
    }

    @Test
    void aTransferMovesThePetitionToTheOtherUnit() throws Exception {
        long id = intake("Chuyển sang Phòng TN&MT");
        act("anbinh.canbo", id, "transfer", "unitId", String.valueOf(fixture.unitId("TNMT")), "note",
                "Thuộc thẩm quyền của huyện");
        assertThat(jdbc.sql("select unit_id from petition where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(fixture.unitId("TNMT"));
        mvc.perform(get("/petitions/{id}", id).with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isOk());
        mvc.perform(get("/petitions/{id}", id).with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isForbidden());
    }
}
