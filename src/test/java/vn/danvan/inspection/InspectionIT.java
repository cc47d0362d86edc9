package vn.danvan.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.OrganisationFixture;

/**
 * Inspection records and violations through the screens: who sees them (every demo role, lists, direct
 * URLs, exports; the official their own case only), bad input refused in Vietnamese with nothing saved,
 * the conclusion read back from DOCX and PDF with its register number, a case opened from a petition
 * about an official's conduct linked both ways without the petitioner, the portal's counts without names,
 * the plan's rules and the indicators.
 */
@DanVanIntegrationTest
class InspectionIT {

    private static final List<String> SEES_RECORD = List.of("admin", "noivu", "chutich", "anbinh.truong", "tnmt.truong");
    private static final List<String> REFUSED = List.of("anbinh.canbo", "mttq", "vhtt");
    /** The messages of messages.properties for a value that does not convert (typeMismatch). */
    private static final String DATE_MESSAGE = "Hãy nhập ngày có thật theo dạng ngày/tháng/năm";
    private static final String NUMBER_MESSAGE = "Hãy nhập một số nguyên.";
    private static final String ID_MESSAGE = "Giá trị đã chọn hoặc đã nhập không hợp lệ.";
    private static final String CHOICE_MESSAGE = "Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final vn.danvan.petition.PetitionLinks links;
    @Autowired
    InspectionIndicators indicators;
    @Autowired
    Inspections inspections;

    @Autowired
    InspectionIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, Clock clock,
            vn.danvan.petition.PetitionLinks links) {
        this.links = links;
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private long personOf(String username) {
        return OrganisationFixture.of(context).personOf(username);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
        return request.with(SignedIn.as(context, username)).with(csrf());
    }

    private String yesterday() {
        return LocalDate.now(clock).minusDays(1).format(DanVanTime.DATE);
    }

    /** A surprise inspection of An Bình by Home Affairs, the TNMT head on its team (lead); its id. */
    private long surpriseInspectionOfAnBinh(String teamMember) throws Exception {
        long before = maxId("inspection");
        mvc.perform(as(post("/inspection"), "noivu").param("unitId", String.valueOf(unit("ABINH")))
                .param("inspectedOn", yesterday()).param("memberIds", String.valueOf(personOf(teamMember)))
                .param("memberIds", String.valueOf(personOf("noivu")))
                .param("leadId", String.valueOf(personOf(teamMember))))
                .andExpect(status().is3xxRedirection());
        long id = maxId("inspection");
        assertThat(id).isGreaterThan(before);
        return id;
    }

    private long maxId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private long violation(long inspectionId, String officialUsername, String rule) throws Exception {
        mvc.perform(as(post("/inspection/{id}/violations", inspectionId), "noivu")
                .param("officialId", String.valueOf(personOf(officialUsername))).param("ruleBroken", rule)
                .param("evidence", "Biên bản làm việc của Đoàn kiểm tra").param("measureProposed", "KHIEN_TRACH"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from inspection_violation where rule_broken = :r").param("r", rule)
                .query(Long.class).single();
    }

    private String csv(String path, String username) throws Exception {
        return new String(mvc.perform(get(path).param("format", "csv").with(SignedIn.as(context, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** Every cell of the first sheet of the XLSX export, as text. */
    private String xlsx(String path, String username) throws Exception {
        byte[] body = mvc.perform(get(path).param("format", "xlsx").with(SignedIn.as(context, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : workbook.getSheetAt(0)) {
                for (var cell : row) {
                    text.append(formatter.formatCellValue(cell)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void recordsAreSeenOnlyByHomeAffairsLeadersAdminTheTeamAndTheInspectedUnitsHead() throws Exception {
        long id = surpriseInspectionOfAnBinh("tnmt.truong");
        String rule = "Đi muộn về sớm " + UUID.randomUUID();
        long v = violation(id, "anbinh.truong", rule);
        for (String user : SEES_RECORD) {
            mvc.perform(get("/inspection/{id}", id).with(SignedIn.as(context, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")));
            mvc.perform(get("/inspection").with(SignedIn.as(context, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("/inspection/" + id + "\"")));
            assertThat(csv("/inspection/export", user)).as(user).contains(id + ",");
            assertThat(csv("/inspection/violations/export", user)).as(user).contains(rule);
            assertThat(xlsx("/inspection/violations/export", user)).as(user).contains(rule);
            mvc.perform(get("/inspection/violations/{id}", v).with(SignedIn.as(context, user)))
                    .andExpect(status().isOk());
        }
        for (String user : REFUSED) {
            mvc.perform(get("/inspection/{id}", id).with(SignedIn.as(context, user))).andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(rule))));
            mvc.perform(get("/inspection/violations/{id}", v).with(SignedIn.as(context, user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/inspection/{id}/conclusion.pdf", id).with(SignedIn.as(context, user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/inspection").with(SignedIn.as(context, user))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/inspection/" + id + "\""))))
                    .andExpect(content().string(not(containsString(rule))))
                    .andExpect(content().string(not(containsString("Ngô Văn Tám"))));
            assertThat(csv("/inspection/export", user)).as(user).doesNotContain(id + ",").doesNotContain("An Bình");
            assertThat(xlsx("/inspection/violations/export", user)).as(user).doesNotContain(rule);
            assertThat(csv("/inspection/violations/export", user)).as(user).doesNotContain(rule)
                    .doesNotContain("Ngô Văn Tám");
            mvc.perform(as(post("/inspection/{id}/checklist", id), user).param("findings", "x").param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(as(post("/inspection/violations/{id}/decide", v), user).param("decisionNumber", "1")
                    .param("decisionDate", yesterday()).param("measure", "NONE").param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        // another unit's head, not on this team, sees nothing of it either
        long other = surpriseInspectionOfAnBinh("noivu");
        mvc.perform(get("/inspection/{id}", other).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
        assertThat(csv("/inspection/export", "tnmt.truong")).doesNotContain(other + ",");
        // the inspected unit's head reads but does not fill in the record
        mvc.perform(as(post("/inspection/{id}/conclude", id), "anbinh.truong").param("version", "0"))
                .andExpect(status().isForbidden());
        long demoPlan = jdbc.sql("select min(id) from inspection_plan where demo = true").query(Long.class).single();
        mvc.perform(get("/inspection/plans").with(SignedIn.as(context, "mttq"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/inspection/plans/" + demoPlan + "\""))));
        for (String user : REFUSED) {
            mvc.perform(get("/inspection/plans/{id}", demoPlan).with(SignedIn.as(context, user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/inspection/new").with(SignedIn.as(context, "anbinh.truong"))).andExpect(status().isForbidden());
        mvc.perform(get("/inspection/violations/from-petition").with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficialConcernedSeesTheirOwnCaseAndNothingElse() throws Exception {
        long id = surpriseInspectionOfAnBinh("tnmt.truong");
        String own = "Không đeo thẻ công chức " + UUID.randomUUID();
        String others = "Tự ý bỏ vị trí công tác " + UUID.randomUUID();
        long mine = violation(id, "anbinh.canbo", own);
        long notMine = violation(id, "anbinh.truong", others);
        mvc.perform(get("/inspection/violations/{id}", mine).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(own)))
                .andExpect(content().string(not(containsString("id=\"violation-inspection\""))))
                .andExpect(content().string(not(containsString("id=\"decide\""))));
        mvc.perform(get("/inspection/violations/{id}", notMine).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspection/{id}", id).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inspection").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/inspection/violations/" + mine + "\"")))
                .andExpect(content().string(not(containsString("/inspection/violations/" + notMine + "\""))))
                .andExpect(content().string(not(containsString("/inspection/" + id + "\""))));
        assertThat(csv("/inspection/violations/export", "anbinh.canbo")).contains(own).doesNotContain(others);
        assertThat(csv("/inspection/export", "anbinh.canbo")).doesNotContain(id + ",");
        // the official cannot handle their own case
        mvc.perform(as(post("/inspection/violations/{id}/notes", mine), "anbinh.canbo").param("note", "Đã nhận"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedInVietnameseNextToTheFieldAndNothingIsSaved() throws Exception {
        long inspections = maxId("inspection");
        mvc.perform(as(post("/inspection"), "noivu").param("unitId", String.valueOf(unit("ABINH")))
                .param("inspectedOn", "31/02/2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một thành viên đoàn kiểm tra.")))
                .andExpect(content().string(containsString("value=\"31/02/2026\"")));
        mvc.perform(as(post("/inspection"), "noivu").param("unitId", String.valueOf(unit("ABINH")))
                .param("inspectedOn", yesterday()).param("memberIds", String.valueOf(personOf("noivu")))
                .param("leadId", String.valueOf(personOf("chutich")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn trưởng đoàn trong số các thành viên.")));
        assertThat(maxId("inspection")).isEqualTo(inspections);

        long id = surpriseInspectionOfAnBinh("noivu");
        long violations = maxId("inspection_violation");
        mvc.perform(as(post("/inspection/{id}/violations", id), "noivu").param("officialId", "")
                .param("ruleBroken", "Vi phạm giờ giấc").param("evidence", " ").param("measureProposed", "XYZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn cán bộ, công chức vi phạm.")))
                .andExpect(content().string(containsString("Vui lòng nhập chứng cứ.")))
                .andExpect(content().string(containsString(CHOICE_MESSAGE)))
                .andExpect(content().string(containsString("value=\"Vi phạm giờ giấc\"")));
        assertThat(maxId("inspection_violation")).isEqualTo(violations);

        // concluding before every item is marked
        mvc.perform(as(post("/inspection/{id}/conclude", id), "noivu").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng đánh giá tất cả các nội dung kiểm tra")));
        assertThat(jdbc.sql("select status from inspection where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("DRAFT");

        long v = violation(id, "anbinh.truong", "Vi phạm quy chế " + UUID.randomUUID());
        mvc.perform(as(post("/inspection/violations/{id}/decide", v), "noivu").param("decisionNumber", "")
                .param("decisionDate", "32/13/2026").param("measure", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập số quyết định.")))
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("value=\"32/13/2026\"")));
        assertThat(jdbc.sql("select status from inspection_violation where id = :id").param("id", v)
                .query(String.class).single()).isEqualTo("OPEN");
        // a stale version is refused
        mvc.perform(as(post("/inspection/violations/{id}/decide", v), "noivu").param("decisionNumber", "9/QĐ")
                .param("decisionDate", yesterday()).param("measure", "CANH_CAO").param("version", "7"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("đã được người khác cập nhật")));
        // no measure closes the case
        mvc.perform(as(post("/inspection/violations/{id}/decide", v), "chutich").param("decisionNumber", "9/QĐ")
                .param("decisionDate", yesterday()).param("measure", "NONE").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from inspection_violation where id = :id").param("id", v)
                .query(String.class).single()).isEqualTo("CLOSED_NO_MEASURE");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** What every table the screens write holds now, to see that a refused form saved nothing. */
    private List<Long> counts() {
        return List.of(count("inspection_plan"), count("inspection_plan_unit"), count("inspection_plan_member"),
                count("inspection_plan_item"), count("inspection"), count("inspection_member"),
                count("inspection_violation"), count("inspection_violation_note"));
    }

    @Test
    void wrongTypedAndOverLongValuesComeBackAsTheFormWithWhatWasTypedAndNothingIsSaved() throws Exception {
        String scope = "Kiểm tra kỷ cương " + UUID.randomUUID();
        mvc.perform(as(post("/inspection/plans"), "noivu").param("year", "2027").param("scope", scope))
                .andExpect(status().is3xxRedirection());
        long plan = jdbc.sql("select id from inspection_plan where scope = :s").param("s", scope).query(Long.class)
                .single();
        long id = surpriseInspectionOfAnBinh("noivu");
        long check = jdbc.sql("select min(id) from inspection_check where inspection_id = :id").param("id", id)
                .query(Long.class).single();
        long v = violation(id, "anbinh.truong", "Vi phạm nội quy " + UUID.randomUUID());
        String x2001 = "x".repeat(2001);
        List<Long> before = counts();

        // a plan: a year that is not a number, a scope longer than its column
        mvc.perform(as(post("/inspection/plans"), "noivu").param("year", "2o27").param("scope", "y".repeat(4001)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(NUMBER_MESSAGE)))
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")))
                .andExpect(content().string(containsString("value=\"2o27\"")));
        // a unit of the plan: an id that is no number, a date that does not exist
        mvc.perform(as(post("/inspection/plans/{id}/units", plan), "noivu").param("unitId", "abc")
                .param("plannedOn", "31/02/2027")).andExpect(status().isOk())
                .andExpect(content().string(containsString(ID_MESSAGE)))
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("value=\"31/02/2027\"")));
        mvc.perform(as(post("/inspection/plans/{id}/members", plan), "noivu").param("personId", "<b>1</b>")
                .param("lead", "maybe")).andExpect(status().isOk())
                .andExpect(content().string(containsString(ID_MESSAGE)));
        mvc.perform(as(post("/inspection/plans/{id}/items", plan), "noivu").param("itemText", "z".repeat(1001)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Không được dài quá 1000 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + "z".repeat(1001) + "\"")));
        // a button nobody types into: a tampered version is a 400
        mvc.perform(as(post("/inspection/plans/{id}/approve", plan), "noivu").param("version", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/inspection/plans/{id}/approve", plan), "noivu")).andExpect(status().isBadRequest());

        // a record: a lead that is no id, a date far too long, every other message at once
        mvc.perform(as(post("/inspection"), "noivu").param("unitId", String.valueOf(unit("ABINH")))
                .param("inspectedOn", "1".repeat(300)).param("memberIds", String.valueOf(personOf("noivu")), "x")
                .param("leadId", "abc")).andExpect(status().isOk())
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString(ID_MESSAGE)))
                .andExpect(content().string(containsString("Có giá trị đã chọn không hợp lệ.")));
        // the checklist: a result not offered, a note longer than its column kept as typed; no version is a 400
        mvc.perform(as(post("/inspection/{id}/checklist", id), "noivu").param("version", "0")
                .param("results[" + check + "]", "XSS").param("notes[" + check + "]", x2001)
                .param("findings", "Hiện trạng cần giữ lại")).andExpect(status().isOk())
                .andExpect(content().string(containsString(CHOICE_MESSAGE)))
                .andExpect(content().string(containsString("Hiện trạng cần giữ lại")));
        mvc.perform(as(post("/inspection/{id}/checklist", id), "noivu").param("version", "0")
                .param("notes[" + check + "]", x2001)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + x2001 + "\"")));
        mvc.perform(as(post("/inspection/{id}/checklist", id), "noivu").param("findings", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/inspection/{id}/conclude", id), "noivu").param("version", "1.5"))
                .andExpect(status().isBadRequest());
        // a violation: an official that is no id, a rule longer than its column
        mvc.perform(as(post("/inspection/{id}/violations", id), "noivu").param("officialId", "abc")
                .param("ruleBroken", x2001).param("evidence", "Chứng cứ cần giữ lại").param("measureProposed", "XSS"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ID_MESSAGE)))
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")))
                .andExpect(content().string(containsString(CHOICE_MESSAGE)))
                .andExpect(content().string(containsString("Chứng cứ cần giữ lại")));
        mvc.perform(as(post("/inspection/violations/from-petition"), "noivu").param("petitionCode", "P".repeat(51))
                .param("officialId", String.valueOf(personOf("anbinh.canbo"))).param("ruleBroken", "Quy tắc")
                .param("evidence", "Chứng cứ").param("measureProposed", "NONE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 50 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + "P".repeat(51) + "\"")));
        // a decision: a follow-up date that does not exist, a number longer than its column
        mvc.perform(as(post("/inspection/violations/{id}/decide", v), "noivu").param("decisionNumber", "9".repeat(101))
                .param("decisionDate", yesterday()).param("measure", "CANH_CAO").param("followUpDue", "30/02/2027")
                .param("version", "0")).andExpect(status().isOk())
                .andExpect(content().string(containsString(DATE_MESSAGE)))
                .andExpect(content().string(containsString("Không được dài quá 100 ký tự.")))
                .andExpect(content().string(containsString("value=\"30/02/2027\"")));
        mvc.perform(as(post("/inspection/violations/{id}/decide", v), "noivu").param("decisionNumber", "9/QĐ")
                .param("decisionDate", yesterday()).param("measure", "NONE").param("version", "<script>"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/inspection/violations/{id}/notes", v), "noivu").param("note", x2001))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Không được dài quá 2000 ký tự.")));
        mvc.perform(as(post("/inspection/violations/{id}/done", v), "noivu")).andExpect(status().isBadRequest());

        // whoever may not do it is refused first, whatever was sent
        mvc.perform(as(post("/inspection/plans"), "anbinh.truong").param("year", "abc")).andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/plans/{id}/units", plan), "tnmt.truong").param("plannedOn", "31/02/2027"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/plans/{id}/approve", plan), "mttq").param("version", "abc"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection"), "anbinh.truong").param("inspectedOn", "31/02/2026"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/{id}/checklist", id), "anbinh.truong").param("version", "abc")
                .param("notes[" + check + "]", x2001)).andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/{id}/conclude", id), "mttq")).andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/{id}/violations", id), "anbinh.truong").param("officialId", "abc"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/violations/from-petition"), "tnmt.truong").param("petitionCode", "P".repeat(51)))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/violations/{id}/decide", v), "anbinh.truong").param("decisionDate", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/violations/{id}/notes", v), "anbinh.truong").param("note", x2001))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/inspection/violations/{id}/done", v), "vhtt")).andExpect(status().isForbidden());

        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from inspection_check where inspection_id = :id and (result is not null"
                + " or note is not null)").param("id", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status from inspection_plan where id = :id").param("id", plan).query(String.class)
                .single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select status from inspection_violation where id = :id").param("id", v)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void theConclusionIsNumberedOnceAndReadsBackFromDocxAndPdf() throws Exception {
        long id = surpriseInspectionOfAnBinh("noivu");
        var checks = jdbc.sql("select id from inspection_check where inspection_id = :id order by position")
                .param("id", id).query(Long.class).list();
        assertThat(checks).hasSize(InspectionPlans.DEFAULT_ITEMS);
        var save = as(post("/inspection/{id}/checklist", id), "noivu").param("version", "0")
                .param("findings", "Niêm yết đầy đủ thủ tục hành chính.")
                .param("conclusion", "UBND xã An Bình chấp hành tốt kỷ luật hành chính.");
        for (Long c : checks) {
            save.param("results[" + c + "]", c.equals(checks.get(0)) ? "FAIL" : "PASS").param("notes[" + c + "]",
                    "ghi chú " + c);
        }
        mvc.perform(save).andExpect(status().is3xxRedirection());
        mvc.perform(get("/inspection/{id}/conclusion.docx", id).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/inspection/{id}/conclude", id), "noivu").param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "inspection.done.concluded"));
        byte[] docx = mvc.perform(get("/inspection/{id}/conclusion.docx", id).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String number = jdbc.sql("select conclusion_number from inspection where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(number).matches("\\d+/TB-.+");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(number, "Kết luận kiểm tra công vụ tại Ủy ban nhân dân xã An Bình",
                    "Niêm yết đầy đủ thủ tục hành chính.", "UBND xã An Bình chấp hành tốt kỷ luật hành chính.",
                    "Không đạt");
            // the lead, an officer of Home Affairs, may not sign for it: its head does, as head
            var closing = document.getTables().get(document.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(1).getText()).contains("TRƯỞNG PHÒNG", "Lê Văn Hải")
                    .doesNotContain("TRƯỞNG ĐOÀN", "Nguyễn Thị Thu");
        }
        byte[] pdf = mvc.perform(get("/inspection/{id}/conclusion.pdf", id).with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains(number.substring(0, number.indexOf('/')));
        assertThat(jdbc.sql("select count(*) from document_register where reference_type = 'Inspection' and reference_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select conclusion_number from inspection where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(number);
        mvc.perform(get("/inspection/{id}", id).with(SignedIn.as(context, "noivu")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("id=\"checklist-form\""))));
        // concluded records no longer change
        mvc.perform(as(post("/inspection/{id}/checklist", id), "noivu").param("version", "2").param("findings", "sửa"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("đã kết luận")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'inspection' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private String conductPetition(String title) throws Exception {
        long category = jdbc.sql("select id from petition_category where code = 'THAI_DO_CAN_BO'").query(Long.class)
                .single();
        mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("channel", "COUNTER").param("kind", "FEEDBACK").param("categoryId", String.valueOf(category))
                .param("unitId", String.valueOf(unit("ABINH"))).param("title", title)
                .param("content", "Cán bộ tiếp dân có thái độ thiếu tôn trọng khi tôi nộp hồ sơ.")
                .param("place", "Trụ sở UBND xã An Bình").param("fullName", "Đặng Thị Riêng Tư")
                .param("phone", "0911222333").param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk());
        return jdbc.sql("select code from petition where title = :t").param("t", title).query(String.class).single();
    }

    @Test
    void aCaseOpensFromAConductPetitionInOneStepLinkedBothWaysWithoutThePetitioner() throws Exception {
        String title = "Phản ánh thái độ cán bộ " + UUID.randomUUID();
        String code = conductPetition(title);
        long petitionId = jdbc.sql("select id from petition where code = :c").param("c", code).query(Long.class).single();
        mvc.perform(get("/inspection/violations/from-petition").param("petition", code)
                .with(SignedIn.as(context, "noivu"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        mvc.perform(as(post("/inspection/violations/from-petition"), "anbinh.truong").param("petitionCode", code))
                .andExpect(status().isForbidden());
        long before = maxId("inspection_violation");
        mvc.perform(as(post("/inspection/violations/from-petition"), "noivu").param("petitionCode", code.toLowerCase())
                .param("officialId", String.valueOf(personOf("anbinh.canbo")))
                .param("ruleBroken", "Quy tắc ứng xử khi tiếp công dân")
                .param("evidence", "Nội dung phản ánh và giải trình của công chức").param("measureProposed", "KHIEN_TRACH"))
                .andExpect(status().is3xxRedirection());
        long v = maxId("inspection_violation");
        assertThat(v).isGreaterThan(before);
        mvc.perform(get("/inspection/violations/{id}", v).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/petitions/" + petitionId + "\"")))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("Riêng Tư"))))
                .andExpect(content().string(not(containsString("0911222333"))))
                .andExpect(content().string(not(containsString(title))));
        assertThat(jdbc.sql("select unit_id from inspection_violation where id = :id").param("id", v)
                .query(Long.class).single()).isEqualTo(unit("ABINH"));
        // the petition's staff page shows a neutral link to the case, without the official's name
        for (String user : List.of("anbinh.canbo", "noivu")) {
            mvc.perform(get("/petitions/{id}", petitionId).with(SignedIn.as(context, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/inspection/violations/" + v + "\"")))
                    .andExpect(content().string(containsString("Hồ sơ xử lý vi phạm số " + v)));
        }
        assertThat(jdbc.sql("select label from petition_link where petition_id = :p").param("p", petitionId)
                .query(String.class).single()).doesNotContain("Lê Thị Hoa");
        // links lead inside the application only, and the same path is kept once
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> links.add(petitionId, "x", "https://example.com/x"))
                .isInstanceOf(IllegalArgumentException.class);
        links.add(petitionId, "again", "/inspection/violations/" + v);
        assertThat(links.of(petitionId)).hasSize(1);
        // the officer of the unit follows the link and is refused, but as the official concerned sees the case
        mvc.perform(get("/inspection/violations/{id}", v).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"violation-petition-code\"")));
        mvc.perform(get("/inspection/violations/{id}", v).with(SignedIn.as(context, "mttq")))
                .andExpect(status().isForbidden());

        // a petition of another category is refused, nothing saved
        long category = jdbc.sql("select id from petition_category where code = 'DAT_DAI'").query(Long.class).single();
        String land = "Đất đai " + UUID.randomUUID();
        mvc.perform(post("/petitions").with(SignedIn.as(context, "anbinh.canbo")).with(csrf())
                .param("channel", "COUNTER").param("kind", "FEEDBACK").param("categoryId", String.valueOf(category))
                .param("unitId", String.valueOf(unit("ABINH"))).param("title", land)
                .param("content", "Tranh chấp ranh giới đất.").param("fullName", "Bùi Văn Khác")
                .param("phone", "0900000000").param("submissionKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk());
        String landCode = jdbc.sql("select code from petition where title = :t").param("t", land).query(String.class).single();
        mvc.perform(as(post("/inspection/violations/from-petition"), "noivu").param("petitionCode", landCode)
                .param("officialId", String.valueOf(personOf("anbinh.canbo"))).param("ruleBroken", "x")
                .param("evidence", "y").param("measureProposed", "NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thuộc lĩnh vực &quot;Thái độ cán bộ&quot;")));
        mvc.perform(as(post("/inspection/violations/from-petition"), "noivu").param("petitionCode", "KHONG-CO-MA")
                .param("officialId", String.valueOf(personOf("anbinh.canbo"))).param("ruleBroken", "x")
                .param("evidence", "y").param("measureProposed", "NONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy phản ánh, kiến nghị với mã này.")));
        assertThat(maxId("inspection_violation")).isEqualTo(v);
    }

    @Test
    void thePortalShowsCountsPerUnitAndYearWithoutNames() throws Exception {
        mvc.perform(get("/portal/inspections").param("year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả kiểm tra công vụ năm 2026")))
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")))
                .andExpect(content().string(not(containsString("Ngô Văn Tám"))))
                .andExpect(content().string(not(containsString("Nguyễn Thị Thu"))))
                .andExpect(content().string(not(containsString("Khiển trách"))))
                .andExpect(content().string(not(containsString("/inspection/"))));
        var anBinh = inspections.figures(2026).stream()
                .filter(f -> f.unitId() == unit("ABINH")).findFirst().orElseThrow();
        assertThat(anBinh.inspections()).isGreaterThanOrEqualTo(1);
        assertThat(anBinh.violations()).isGreaterThanOrEqualTo(1);
        assertThat(anBinh.handled()).isGreaterThanOrEqualTo(1);
        int current = LocalDate.now(clock).getYear();
        for (String year : List.of("1990", "2o26", "9".repeat(30), "<script>")) {
            mvc.perform(get("/portal/inspections").param("year", year)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kết quả kiểm tra công vụ năm " + current)))
                    .andExpect(content().string(containsString("name=\"year\"")));
        }
    }

    @Test
    void aPlanIsDraftedWithTheDefaultChecklistAndApprovedOnceComplete() throws Exception {
        mvc.perform(as(post("/inspection/plans"), "noivu").param("year", "20x6").param("scope", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NUMBER_MESSAGE)))
                .andExpect(content().string(containsString("value=\"20x6\"")))
                .andExpect(content().string(containsString("Vui lòng nhập phạm vi, nội dung kiểm tra.")));
        mvc.perform(as(post("/inspection/plans"), "anbinh.truong").param("year", "2027").param("scope", "x"))
                .andExpect(status().isForbidden());
        String scope = "Kiểm tra kỷ luật hành chính " + UUID.randomUUID();
        mvc.perform(as(post("/inspection/plans"), "chutich").param("year", "2027").param("scope", scope))
                .andExpect(status().is3xxRedirection());
        long plan = jdbc.sql("select id from inspection_plan where scope = :s").param("s", scope).query(Long.class).single();
        mvc.perform(get("/inspection/plans/{id}", plan).with(SignedIn.as(context, "noivu")))
                .andExpect(content().string(containsString("Thủ tục hành chính được niêm yết công khai")))
                // each field keeps its own id, not the plan's id from the address
                .andExpect(content().string(containsString("id=\"unitId\"")))
                .andExpect(content().string(containsString("id=\"plannedOn\"")))
                .andExpect(content().string(not(containsString("id=\"" + plan + "\""))));
        mvc.perform(as(post("/inspection/plans/{id}/approve", plan), "noivu").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch cần ít nhất một đơn vị được kiểm tra.")));
        mvc.perform(as(post("/inspection/plans/{id}/units", plan), "noivu").param("unitId", String.valueOf(unit("ABINH")))
                .param("plannedOn", "15/03/2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày dự kiến phải thuộc năm của kế hoạch.")));
        mvc.perform(as(post("/inspection/plans/{id}/units", plan), "noivu").param("unitId", String.valueOf(unit("ABINH")))
                .param("plannedOn", "15/03/2027")).andExpect(status().is3xxRedirection());
        mvc.perform(as(post("/inspection/plans/{id}/members", plan), "noivu")
                .param("personId", String.valueOf(personOf("tnmt.truong"))).param("lead", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post("/inspection/plans/{id}/items", plan), "noivu").param("itemText", "Sử dụng con dấu đúng quy định"))
                .andExpect(status().is3xxRedirection());
        // the team member sees the plan, others outside do not
        mvc.perform(get("/inspection/plans/{id}", plan).with(SignedIn.as(context, "tnmt.truong")))
                .andExpect(status().isOk());
        mvc.perform(get("/inspection/plans/{id}", plan).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
        long version = jdbc.sql("select version from inspection_plan where id = :id").param("id", plan)
                .query(Long.class).single();
        mvc.perform(as(post("/inspection/plans/{id}/approve", plan), "noivu").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from inspection_plan where id = :id").param("id", plan).query(String.class)
                .single()).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from inspection_plan_item where plan_id = :id").param("id", plan)
                .query(Long.class).single()).isEqualTo(InspectionPlans.DEFAULT_ITEMS + 1);
        mvc.perform(as(post("/inspection/plans/{id}/items", plan), "noivu").param("itemText", "Thêm sau"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kế hoạch đã phê duyệt")));
    }

    @Test
    void theIndicatorsCountConcludedInspectionsAndFoundHandledAndLateViolations() {
        long anBinh = unit("ABINH");
        var values = indicators.values(anBinh, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        var byCode = new java.util.HashMap<String, java.math.BigDecimal>();
        values.forEach(v -> byCode.put(v.code(), v.value()));
        assertThat(byCode.get(InspectionIndicators.INSPECTIONS_HELD).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(byCode.get(InspectionIndicators.VIOLATIONS_FOUND).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(byCode.get(InspectionIndicators.VIOLATIONS_HANDLED).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(byCode).containsKey(InspectionIndicators.VIOLATIONS_LATE);
        assertThat(indicators.definitions()).anyMatch(d -> d.code().equals(InspectionIndicators.VIOLATIONS_LATE)
                && d.glance() == vn.danvan.shared.indicator.IndicatorDefinition.AtAGlance.LATE_ITEMS);
        var empty = indicators.values(anBinh, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        assertThat(empty).allMatch(v -> v.value().signum() == 0);

        // An Long: one case undecided for 100 days and one decided whose follow-up is overdue are late;
        // one found yesterday is not
        long anLong = unit("ALONG");
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusYears(1);
        long before = late(anLong, from, today);
        foundCase(anLong, today.minusDays(100), "OPEN", null);
        foundCase(anLong, today.minusDays(40), "DECIDED", today.minusDays(1));
        foundCase(anLong, today.minusDays(1), "OPEN", null);
        assertThat(late(anLong, from, today)).isEqualTo(before + 2);
    }

    private long late(long unitId, LocalDate from, LocalDate to) {
        return indicators.values(unitId, from, to).stream()
                .filter(v -> v.code().equals(InspectionIndicators.VIOLATIONS_LATE)).findFirst().orElseThrow().value()
                .longValue();
    }

    private void foundCase(long unitId, LocalDate foundOn, String status, LocalDate due) {
        InspectionFixture.of(context).violation(unitId, foundOn, ViolationStatus.valueOf(status), due);
    }
}
