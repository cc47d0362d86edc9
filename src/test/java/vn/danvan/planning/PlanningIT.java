package vn.danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.shared.indicator.IndicatorValue;

/**
 * An annual plan from draft to approval through the screens, its printed document, its scope, its
 * rules on bad input and evidence, Home Affairs' overview and the indicators. Each test uses a plan
 * year of its own, as a unit has one plan a year and the tests share the database.
 */
@DanVanIntegrationTest
class PlanningIT {

    private final DocumentRegister register;

    @Autowired
    PlanningIT(DocumentRegister register) {
        this.register = register;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanningIndicators indicators;
    @Autowired
    PlanningService planning;

    PlanningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(mvc, context, jdbc);
    }

    // ------------------------------------------------------------------ helpers acting as people do

    private long openPlan(String username, String unitCode, int year) throws Exception {
        String target = mvc.perform(post("/planning/plans").with(SignedIn.as(context, username)).with(csrf())
                        .param("unitId", String.valueOf(fixtures.unit(unitCode))).param("year", String.valueOf(year)))
                .andExpect(redirectedUrlPattern("/planning/plans/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
    }

    private ResultActions addItem(String username, long planId, String task, String content, String due,
            String targetNumber) throws Exception {
        return mvc.perform(post("/planning/plans/{id}/items", planId).with(SignedIn.as(context, username)).with(csrf())
                .param("task", task).param("professionalWork", "Tiếp công dân, giải quyết kiến nghị")
                .param("content", content).param("ownerAccountId", String.valueOf(fixtures.account("anbinh.canbo")))
                .param("dueDate", due).param("targetText", "hội nghị đối thoại với Nhân dân")
                .param("targetNumber", targetNumber).param("targetUnit", "hội nghị")
                .param("guideIds", String.valueOf(guide("02/CT-UBND"))).param("version", "0"));
    }

    private long guide(String number) {
        return jdbc.sql("select id from guiding_document where number_symbol = :n").param("n", number)
                .query(Long.class).single();
    }

    private long version(long planId) {
        return jdbc.sql("select version from annual_plan where id = :id").param("id", planId).query(Long.class).single();
    }

    private ResultActions act(String username, long planId, String action, String note) throws Exception {
        var request = post("/planning/plans/{id}/{action}", planId, action).with(SignedIn.as(context, username))
                .with(csrf()).param("version", String.valueOf(version(planId)));
        if (note != null) {
            request = request.param("note", note);
        }
        return mvc.perform(request).andExpect(redirectedUrl("/planning/plans/" + planId));
    }

    private String stateOf(long planId) {
        return jdbc.sql("select status from annual_plan where id = :id").param("id", planId).query(String.class).single();
    }

    private long itemId(long planId, String content) {
        return jdbc.sql("select id from plan_item where plan_id = :p and content = :c").param("p", planId)
                .param("c", content).query(Long.class).single();
    }

    /** A plan of An Bình for the year with the given items, approved by its head. */
    private long approvedPlan(int year, String... contents) throws Exception {
        long plan = openPlan("anbinh.canbo", "ABINH", year);
        for (String content : contents) {
            addItem("anbinh.canbo", plan, "T1D", content, "30/06/" + year, "2").andExpect(status().is3xxRedirection());
        }
        act("anbinh.canbo", plan, "submit", null);
        act("anbinh.truong", plan, "approve", null);
        assertThat(stateOf(plan)).isEqualTo("APPROVED");
        return plan;
    }

    // ------------------------------------------------------------------ tests

    @Test
    void aPlanIsSubmittedReturnedCorrectedResubmittedAndApprovedWithANumberAndPrints() throws Exception {
        int year = 2019;
        long plan = openPlan("anbinh.canbo", "ABINH", year);
        addItem("anbinh.canbo", plan, "T1D", "Tổ chức hội nghị đối thoại với Nhân dân ấp 1 và ấp 2", "30/06/2019", "2")
                .andExpect(redirectedUrl("/planning/plans/" + plan));
        addItem("anbinh.canbo", plan, "T1B", "Phát động phong trào thi đua Dân vận khéo", "15/9/2019", "")
                .andExpect(redirectedUrl("/planning/plans/" + plan));

        act("anbinh.canbo", plan, "submit", null);
        assertThat(stateOf(plan)).isEqualTo("SUBMITTED");

        // the officer cannot approve; the head returns it with a reason
        mvc.perform(post("/planning/plans/{id}/approve", plan).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("version", String.valueOf(version(plan)))).andExpect(status().isForbidden());
        act("anbinh.truong", plan, "return", "Cần bổ sung chỉ tiêu về cải cách thủ tục hành chính");
        assertThat(stateOf(plan)).isEqualTo("RETURNED");
        mvc.perform(get("/planning/plans/{id}", plan).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString("Cần bổ sung chỉ tiêu về cải cách thủ tục hành chính")))
                .andExpect(content().string(containsString("Trả lại để chỉnh sửa")));

        // the officer edits and adds, then submits again; the head approves
        long first = itemId(plan, "Phát động phong trào thi đua Dân vận khéo");
        mvc.perform(post("/planning/plans/{id}/items/{item}", plan, first).with(SignedIn.as(context, "anbinh.canbo"))
                        .with(csrf()).param("task", "T1B").param("professionalWork", "Văn hóa, thông tin")
                        .param("content", "Phát động phong trào thi đua Dân vận khéo năm 2019")
                        .param("ownerAccountId", String.valueOf(fixtures.account("anbinh.truong")))
                        .param("dueDate", "2019-09-15").param("targetText", "01 mô hình Dân vận khéo")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/planning/plans/" + plan));
        addItem("anbinh.canbo", plan, "T1DD", "Niêm yết công khai thủ tục hành chính tại bộ phận một cửa",
                "31/12/2019", "100").andExpect(redirectedUrl("/planning/plans/" + plan));
        act("anbinh.canbo", plan, "submit", null);
        act("anbinh.truong", plan, "approve", null);
        assertThat(stateOf(plan)).isEqualTo("APPROVED");

        var issued = register.issuedFor("AnnualPlan", plan);
        assertThat(issued).hasSize(1);
        String number = issued.get(0).text();
        assertThat(number).matches("\\d{2}/KH-UBND");
        mvc.perform(get("/planning/plans/{id}", plan).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Đã phê duyệt")));
        assertThat(jdbc.sql("select action from plan_step where plan_id = :p order by id").param("p", plan)
                .query(String.class).list())
                .containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "APPROVE");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'AnnualPlan' and entity_id = :id")
                .param("id", String.valueOf(plan)).query(Integer.class).single()).isGreaterThanOrEqualTo(5);

        // items are locked now
        addItem("anbinh.canbo", plan, "T1A", "Thêm sau phê duyệt", "01/10/2019", "").andExpect(status().isBadRequest());

        List<String> expected = List.of("KẾ HOẠCH", "Công tác dân vận chính quyền năm 2019", "ỦY BAN NHÂN DÂN",
                "XÃ AN BÌNH", number, "Tổ chức hội nghị đối thoại với Nhân dân ấp 1 và ấp 2",
                "Phát động phong trào thi đua Dân vận khéo năm 2019",
                "Niêm yết công khai thủ tục hành chính tại bộ phận một cửa", "TM. ỦY BAN NHÂN DÂN", "Phòng Nội vụ");
        byte[] docx = mvc.perform(get("/planning/plans/{id}/document.docx", plan)
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains(expected);
        }
        byte[] pdf = mvc.perform(get("/planning/plans/{id}/document.pdf", plan)
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Path samples = java.nio.file.Path.of("target", "documents-samples");
        java.nio.file.Files.createDirectories(samples);
        java.nio.file.Files.write(samples.resolve("ke-hoach-dan-van.pdf"), pdf);
        java.nio.file.Files.write(samples.resolve("ke-hoach-dan-van.docx"), docx);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String flat = text.toString().replaceAll("\\s+", " ");
        for (String part : expected) {
            assertThat(flat).contains(part.replaceAll("\\s+", " "));
        }

        // a head may reopen with a reason; approving again keeps the number
        act("anbinh.truong", plan, "reopen", "Bổ sung đối thoại quý IV");
        assertThat(stateOf(plan)).isEqualTo("DRAFT");
        act("anbinh.canbo", plan, "submit", null);
        act("anbinh.truong", plan, "approve", null);
        assertThat(register.issuedFor("AnnualPlan", plan)).hasSize(1);
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() throws Exception {
        long plan = openPlan("anbinh.canbo", "ABINH", 2026);
        addItem("anbinh.canbo", plan, "T1E", "Kiểm tra công vụ tại bộ phận một cửa", "30/11/2026", "4")
                .andExpect(status().is3xxRedirection());
        long item = itemId(plan, "Kiểm tra công vụ tại bộ phận một cửa");
        jdbc.sql("update plan_item set version = version + 1 where id = :i").param("i", item).update();
        mvc.perform(post("/planning/plans/{id}/items/{item}", plan, item).with(SignedIn.as(context, "anbinh.canbo"))
                        .with(csrf()).param("task", "T1E").param("professionalWork", "Nội vụ")
                        .param("content", "Nội dung của người sửa sau")
                        .param("ownerAccountId", String.valueOf(fixtures.account("anbinh.canbo")))
                        .param("dueDate", "30/11/2026").param("targetText", "4 cuộc kiểm tra").param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/planning/plans/{id}/submit", plan).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("version", String.valueOf(version(plan) - 1))).andExpect(status().isConflict());
        assertThat(stateOf(plan)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select content from plan_item where id = :i").param("i", item).query(String.class)
                .single()).isEqualTo("Kiểm tra công vụ tại bộ phận một cửa");
    }

    @Test
    void anOfficerOfAnotherCommuneGetsForbiddenAndNoData() throws Exception {
        long plan = openPlan("anbinh.canbo", "ABINH", 2020);
        addItem("anbinh.canbo", plan, "T1A", "Nội dung bí mật của An Bình", "01/03/2020", "1")
                .andExpect(status().is3xxRedirection());
        String alinh = fixtures.officerOf("ALINH");

        mvc.perform(get("/planning/plans/{id}", plan).with(SignedIn.as(context, alinh)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Nội dung bí mật của An Bình"))));
        mvc.perform(get("/planning/plans/{id}/document.pdf", plan).with(SignedIn.as(context, alinh)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/planning/plans/{id}/submit", plan).with(SignedIn.as(context, alinh)).with(csrf())
                .param("version", String.valueOf(version(plan)))).andExpect(status().isForbidden());
        mvc.perform(post("/planning/plans").with(SignedIn.as(context, alinh)).with(csrf())
                .param("unitId", String.valueOf(fixtures.unit("ABINH"))).param("year", "2021"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/planning").param("year", "2020").with(SignedIn.as(context, alinh)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Linh")))
                .andExpect(content().string(not(containsString("Ủy ban nhân dân xã An Bình"))));
        assertThat(stateOf(plan)).isEqualTo("DRAFT");
    }

    @Test
    void badInputComesBackWithVietnameseMessagesNextToTheFieldsAndSavesNothing() throws Exception {
        long plan = openPlan("anbinh.canbo", "ABINH", 2021);
        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("task", "T1D").param("professionalWork", "Tiếp công dân").param("content", "")
                        .param("ownerAccountId", String.valueOf(fixtures.account("anbinh.canbo")))
                        .param("dueDate", "15/01/2022").param("targetText", "Chỉ tiêu giữ nguyên khi lỗi")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"content-error\"")))
                .andExpect(content().string(containsString("Trường này là bắt buộc.")))
                .andExpect(content().string(containsString("id=\"dueDate-error\"")))
                .andExpect(content().string(containsString("Thời hạn phải nằm trong năm 2021 của kế hoạch.")))
                .andExpect(content().string(containsString("Vui lòng sửa các lỗi sau:")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("value=\"Chỉ tiêu giữ nguyên khi lỗi\"", "value=\"15/01/2022\""));
        assertThat(jdbc.sql("select count(*) from plan_item where plan_id = :p").param("p", plan)
                .query(Integer.class).single()).isZero();

        addItem("anbinh.canbo", plan, "T1D", "Đối thoại năm 2021", "30/06/2021", "2")
                .andExpect(status().is3xxRedirection());
        long item = itemId(plan, "Đối thoại năm 2021");
        mvc.perform(post("/planning/plans/{id}/items/{item}/progress", plan, item)
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                        .param("progress", "140").param("progressNote", "Ghi chú giữ nguyên").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"progress-error\"")))
                .andExpect(content().string(containsString("Tiến độ phải từ 0 đến 100%.")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Ghi chú giữ nguyên"));
        assertThat(jdbc.sql("select progress from plan_item where id = :i").param("i", item).query(Integer.class)
                .single()).isZero();
    }

    private int items(long planId) {
        return jdbc.sql("select count(*) from plan_item where plan_id = :p").param("p", planId).query(Integer.class)
                .single();
    }

    private static String page(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    @Test
    void wrongTypedAndOverLongValuesComeBackOnTheirFieldsAsTypedAndSaveNothing() throws Exception {
        // a unit and year of their own: An Bình's plans of every year are other tests'
        long plan = openPlan("tnmt.truong", "TNMT", 2019);
        // an item: a date that does not exist, an owner that is not an id, a number that is not one
        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("task", "XSS").param("professionalWork", "Tiếp công dân").param("content", "Nội dung")
                        .param("ownerAccountId", "abc").param("dueDate", "31/02/2019")
                        .param("targetText", "Chỉ tiêu").param("targetNumber", "bốn").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"task-error\"")))
                .andExpect(content().string(containsString("id=\"ownerAccountId-error\"")))
                .andExpect(content().string(containsString("id=\"targetNumber-error\"")))
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(content().string(containsString("Hãy nhập một số (phần thập phân sau dấu phẩy")))
                .andExpect(result -> assertThat(page(result)).contains("value=\"31/02/2019\"", "value=\"bốn\"",
                        "value=\"Chỉ tiêu\"", "id=\"dueDate-error\""));
        // an item: a content longer than its column, a number with too many digits
        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("task", "T1D").param("professionalWork", "Tiếp công dân").param("content", "x".repeat(4001))
                        .param("ownerAccountId", String.valueOf(fixtures.account("tnmt.truong")))
                        .param("dueDate", "30/06/2019").param("targetText", "Chỉ tiêu")
                        .param("targetNumber", "1234567890123,5").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"content-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")))
                .andExpect(content().string(containsString("Số lượng có tối đa 12 chữ số phần nguyên")))
                .andExpect(result -> assertThat(page(result)).contains("value=\"30/06/2019\""));
        assertThat(items(plan)).isZero();

        mvc.perform(post("/planning/plans/{id}/items", plan).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("task", "T1D").param("professionalWork", "Quản lý đất đai").param("content", "Đối thoại của phòng năm 2019")
                        .param("ownerAccountId", String.valueOf(fixtures.account("tnmt.truong")))
                        .param("dueDate", "30/06/2019").param("targetText", "Hội nghị đối thoại")
                        .param("targetNumber", "2,5").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long item = itemId(plan, "Đối thoại của phòng năm 2019");
        assertThat(jdbc.sql("select target_number from plan_item where id = :i").param("i", item)
                .query(BigDecimal.class).single()).isEqualByComparingTo("2.5");
        mvc.perform(get("/planning/plans/{id}/items/{item}/edit", plan, item).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"2,5\"")))
                .andExpect(content().string(containsString("value=\"30/06/2019\"")));

        // progress that is not a number, a note longer than its column
        mvc.perform(post("/planning/plans/{id}/items/{item}/progress", plan, item)
                        .with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("progress", "abc").param("progressNote", "Ghi chú giữ nguyên").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"progress-error\"")))
                .andExpect(content().string(containsString("Hãy nhập một số nguyên.")))
                .andExpect(result -> assertThat(page(result)).contains("value=\"abc\"", "Ghi chú giữ nguyên"));
        mvc.perform(post("/planning/plans/{id}/items/{item}/progress", plan, item)
                        .with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("progress", "50").param("progressNote", "x".repeat(2001)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"progressNote-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString("value=\"50\"")));
        // evidence with a label longer than its column
        mvc.perform(post("/planning/plans/{id}/items/{item}/evidence", plan, item)
                        .with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("url", "/petitions").param("label", "x".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"label-error\"")))
                .andExpect(content().string(containsString("value=\"/petitions\"")));
        assertThat(jdbc.sql("select progress from plan_item where id = :i").param("i", item).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from plan_item_evidence where item_id = :i").param("i", item)
                .query(Integer.class).single()).isZero();

        // buttons: a version that is not one is a tampered page
        long version = version(plan);
        mvc.perform(post("/planning/plans/{id}/submit", plan).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("version", "abc")).andExpect(status().isBadRequest());
        mvc.perform(post("/planning/plans/{id}/items/{item}/remove", plan, item).with(SignedIn.as(context, "tnmt.truong"))
                .with(csrf()).param("version", "abc")).andExpect(status().isBadRequest());
        mvc.perform(post("/planning/plans").with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                .param("unitId", String.valueOf(fixtures.unit("TNMT"))).param("year", "abc"))
                .andExpect(status().isBadRequest());
        assertThat(stateOf(plan)).isEqualTo("DRAFT");
        assertThat(version(plan)).isEqualTo(version);
        assertThat(items(plan)).isEqualTo(1);

        // the head's reason: required, and no longer than its column; the plan stays submitted
        act("tnmt.truong", plan, "submit", null);
        mvc.perform(post("/planning/plans/{id}/return", plan).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("version", String.valueOf(version(plan))).param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"return-note-error\"")))
                .andExpect(content().string(containsString("Vui lòng nêu lý do.")));
        mvc.perform(post("/planning/plans/{id}/return", plan).with(SignedIn.as(context, "tnmt.truong")).with(csrf())
                        .param("version", String.valueOf(version(plan))).param("note", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")));
        assertThat(stateOf(plan)).isEqualTo("SUBMITTED");

        // outsiders are refused before their input is looked at
        String alinh = fixtures.officerOf("ALINH");
        mvc.perform(post("/planning/plans/{id}/items/{item}/progress", plan, item).with(SignedIn.as(context, alinh))
                .with(csrf()).param("progress", "abc").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/planning/plans/{id}/return", plan).with(SignedIn.as(context, "anbinh.truong")).with(csrf())
                .param("version", "abc").param("note", "")).andExpect(status().isForbidden());
    }

    @Test
    void evidenceNamesAPetitionOfTheUnitOrIsRefused() throws Exception {
        long plan = approvedPlan(2022, "Giải quyết kiến nghị về đèn đường");
        long item = itemId(plan, "Giải quyết kiến nghị về đèn đường");
        String code = fixtures.petitionOfAnBinh("Đèn đường ấp 3 hỏng " + System.nanoTime());

        mvc.perform(post("/planning/plans/{id}/items/{item}/evidence", plan, item)
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("petitionCode", "PA-KHONG-COTHAT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"petitionCode-error\"")))
                .andExpect(content().string(containsString("Không tìm thấy phản ánh, kiến nghị có mã")));
        mvc.perform(post("/planning/plans/{id}/items/{item}/evidence", plan, item)
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("url", "https://example.com")
                        .param("label", "Trang ngoài"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"url-error\"")));
        String elsewhere = fixtures.petition("noivu", "ALINH", "Kiến nghị của xã An Linh " + System.nanoTime());
        mvc.perform(post("/planning/plans/{id}/items/{item}/evidence", plan, item)
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("petitionCode", elsewhere))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"petitionCode-error\"")));
        assertThat(jdbc.sql("select count(*) from plan_item_evidence where item_id = :i").param("i", item)
                .query(Integer.class).single()).isZero();

        mvc.perform(post("/planning/plans/{id}/items/{item}/evidence", plan, item)
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("petitionCode", code.toLowerCase()))
                .andExpect(redirectedUrl("/planning/plans/" + plan + "/items/" + item));
        mvc.perform(post("/planning/plans/{id}/items/{item}/progress", plan, item)
                        .with(SignedIn.as(context, "anbinh.canbo")).with(csrf()).param("progress", "100")
                        .param("progressNote", "Đã thay bóng đèn").param("version", "0"))
                .andExpect(redirectedUrl("/planning/plans/" + plan + "/items/" + item));
        mvc.perform(get("/planning/plans/{id}/items/{item}", plan, item).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("100%")));
    }

    @Test
    void homeAffairsSeesEveryUnitAndTheOnesWithoutAnApprovedPlan() throws Exception {
        approvedPlan(2023, "Đối thoại năm 2023");
        openPlan("tnmt.truong", "TNMT", 2023);

        String page = mvc.perform(get("/planning").param("year", "2023").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tình hình xây dựng kế hoạch năm 2023")))
                .andReturn().getResponse().getContentAsString();
        assertThat(rowOf(page, "ABINH")).contains("Đã phê duyệt").doesNotContain("table-warning");
        assertThat(rowOf(page, "TNMT")).contains("Dự thảo", "table-warning");
        assertThat(rowOf(page, "ALINH")).contains("Chưa lập", "table-warning");

        mvc.perform(get("/planning").param("year", "2023").param("state", "NONE").with(SignedIn.as(context, "noivu")))
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Linh")))
                .andExpect(content().string(not(containsString("id=\"unit-ABINH\""))));
        String csv = mvc.perform(get("/planning/export").param("year", "2023").param("format", "csv")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("ABINH", "Đã phê duyệt", "ALINH", "Chưa lập");
        mvc.perform(get("/planning/export").param("year", "2023").param("format", "xlsx")
                .with(SignedIn.as(context, "chutich"))).andExpect(status().isOk());

        assertThat(planning.planStates(2023)).containsEntry(fixtures.unit("ABINH"), PlanStatus.APPROVED)
                .containsEntry(fixtures.unit("TNMT"), PlanStatus.DRAFT)
                .doesNotContainKey(fixtures.unit("ALINH"));
    }

    private static String rowOf(String page, String unitCode) {
        int start = page.indexOf("id=\"unit-" + unitCode + "\"");
        assertThat(start).as("row of " + unitCode).isPositive();
        int rowStart = page.lastIndexOf("<tr", start);
        return page.substring(rowStart, page.indexOf("</tr>", start));
    }

    @Test
    void indicatorsCountTheApprovedPlansItemsOfThePeriod() throws Exception {
        long plan = approvedPlan(2024, "Nội dung xong đúng hạn", "Nội dung chưa xong", "Nội dung xong muộn");
        long onTime = itemId(plan, "Nội dung xong đúng hạn");
        long late = itemId(plan, "Nội dung xong muộn");
        jdbc.sql("update plan_item set progress = 100, completed_on = due_date where id = :i").param("i", onTime).update();
        jdbc.sql("update plan_item set progress = 100, completed_on = due_date + 10 where id = :i").param("i", late)
                .update();
        long unit = fixtures.unit("ABINH");

        List<IndicatorValue> values = indicators.values(unit, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(values).extracting(IndicatorValue::code, v -> v.value() == null ? null : v.value().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("planning.planApproved", BigDecimal.ONE),
                        org.assertj.core.groups.Tuple.tuple("planning.itemsTotal", new BigDecimal("3")),
                        org.assertj.core.groups.Tuple.tuple("planning.itemsDone", new BigDecimal("2")),
                        org.assertj.core.groups.Tuple.tuple("planning.itemsDoneOnTimeRate", new BigDecimal("33.3")),
                        org.assertj.core.groups.Tuple.tuple("planning.itemsOverdue", BigDecimal.ONE));
        assertThat(values.get(0).link()).isEqualTo("/planning/plans/" + plan);
        assertThat(indicators.definitions()).allMatch(d -> d.directiveClause().equals("1a"));

        List<IndicatorValue> none = indicators.values(fixtures.unit("ALINH"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        assertThat(none.get(0).value()).isEqualByComparingTo("0");
        assertThat(none.get(3).value()).isNull();
    }
}
