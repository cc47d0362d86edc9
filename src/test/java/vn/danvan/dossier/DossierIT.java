package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.legal.LegalRules;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;

/**
 * The one-stop counter through the screens: the procedure catalogue (Home Affairs edits, others read, bad
 * input refused in Vietnamese with nothing saved), receipt with its appointment date and slip, every state
 * with the stale-form check, refusal and supplement needing a text, the time limit restarting when the
 * documents are complete, transfer to another unit, scope (another commune's officer and another unit's
 * head get 403 and see nothing), the list's filters and export. Each test uses procedures of its own.
 */
@DanVanIntegrationTest
class DossierIT {

    private static final String OFFICER = "anbinh.canbo";
    private static final String HEAD = "anbinh.truong";
    private static final String HOME_AFFAIRS = "noivu";
    private static final String APPLICANT = "Phạm Thị Ngọc Ánh";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final LegalRules legalRules;
    private final WorkingCalendar calendar;
    private final ApologyReminders reminders;

    @Autowired
    DossierIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, WorkingCalendar calendar,
            ApologyReminders reminders, LegalRules legalRules) {
        this.legalRules = legalRules;
        this.reminders = reminders;
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    // ------------------------------------------------------------------ fixtures

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    /** A procedure of An Bình with a code of its own, added by Home Affairs through the form. */
    private long procedure(int days) throws Exception {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", code).param("name", "Thủ tục thử " + code).param("field", "Hộ tịch")
                .param("timeLimit", Integer.toString(days)).param("fee", "0").param("unitId", Long.toString(unit("ABINH")))
                .param("active", "true"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from dossier_procedure where code = :c").param("c", code).query(Long.class).single();
    }

    private long receive(long procedureId) throws Exception {
        String location = mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", Long.toString(procedureId)).param("applicantName", APPLICANT)
                .param("applicantPhone", "0912 345 678").param("applicantAddress", "Tổ 3, ấp Bình Thắng, xã An Bình"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from dossier where id = :id").param("id", id).query().singleRow();
    }

    private long version(long id) {
        return ((Number) row(id).get("version")).longValue();
    }

    private MockHttpServletRequestBuilder act(String user, long id, String action, long version, String... more) {
        var request = post("/dossiers/" + id + "/actions").with(SignedIn.as(context, user)).with(csrf())
                .param("action", action).param("version", Long.toString(version));
        for (int i = 0; i + 1 < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return request;
    }

    /**
     * The value a form field of the answer shows (th:field escapes letters such as ô as entities, so the page is
     * read rather than searched).
     */
    private static org.springframework.test.web.servlet.ResultMatcher shows(String id, String value) {
        return result -> {
            var field = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .getElementById(id);
            assertThat(field).as("field " + id).isNotNull();
            assertThat(field.val()).as("value of " + id).isEqualTo(value);
        };
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** An officer account of Phước Hòa, a commune the demo gives no account. */
    private String otherCommuneOfficer() {
        return OrganisationFixture.of(context).staff().in("PHOA").role(Role.OFFICER).named("Đặng Văn Phước").create()
                .username();
    }

    // ------------------------------------------------------------------ catalogue

    @Test
    void homeAffairsKeepsTheCatalogueOthersReadIt() throws Exception {
        long p = procedure(5);
        String code = jdbc.sql("select code from dossier_procedure where id = :id").param("id", p).query(String.class)
                .single();
        mvc.perform(get("/dossiers/procedures").with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString("id=\"add-procedure\""))));
        // an officer may not add one
        long before = count("dossier_procedure");
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("code", "IT-NO").param("name", "Không được").param("field", "Hộ tịch").param("timeLimit", "3")
                .param("fee", "0").param("unitId", Long.toString(unit("ABINH"))))
                .andExpect(status().isForbidden());
        // a time limit below one working day, a negative fee, a code taken: refused in Vietnamese, nothing saved
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", "IT-ZERO").param("name", "Thủ tục không thời hạn").param("field", "Hộ tịch")
                .param("timeLimit", "0").param("fee", "0").param("unitId", Long.toString(unit("ABINH"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thời hạn giải quyết phải là số ngày làm việc từ 1 đến 365")))
                .andExpect(shows("name", "Thủ tục không thời hạn"));
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", "IT-FEE").param("name", "Thủ tục phí âm").param("field", "Hộ tịch")
                .param("timeLimit", "2").param("fee", "-5").param("unitId", Long.toString(unit("ABINH"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phí, lệ phí phải là số đồng từ 0 trở lên")));
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", code.toLowerCase()).param("name", "Trùng mã").param("field", "Hộ tịch")
                .param("timeLimit", "2").param("fee", "0").param("unitId", Long.toString(unit("ABINH"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã thủ tục " + code + " đã có trong danh mục")));
        assertThat(count("dossier_procedure")).isEqualTo(before);

        // edit with a stale form is refused; with the current one it is saved and audited
        mvc.perform(post("/dossiers/procedures/" + p).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", code).param("name", "Tên mới").param("field", "Hộ tịch").param("timeLimit", "4")
                .param("fee", "10000").param("unitId", Long.toString(unit("ABINH"))).param("active", "false")
                .param("version", "99"))
                .andExpect(status().isConflict());
        mvc.perform(post("/dossiers/procedures/" + p).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", code).param("name", "Tên mới").param("field", "Hộ tịch").param("timeLimit", "4")
                .param("fee", "10000").param("unitId", Long.toString(unit("ABINH"))).param("active", "false")
                .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        var saved = jdbc.sql("select name, time_limit, fee, active from dossier_procedure where id = :id")
                .param("id", p).query().singleRow();
        assertThat(saved.get("name")).isEqualTo("Tên mới");
        assertThat(((Number) saved.get("time_limit")).intValue()).isEqualTo(4);
        assertThat(((Number) saved.get("fee")).longValue()).isEqualTo(10_000L);
        assertThat(saved.get("active")).isEqualTo(false);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'dossier_procedure' and entity_id = :id")
                .param("id", Long.toString(p)).query(Long.class).single()).isEqualTo(2);
        // an inactive procedure takes no new dossier
        mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", Long.toString(p)).param("applicantName", APPLICANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thủ tục này không còn áp dụng")));
    }

    // ------------------------------------------------------------------ receipt and states

    @Test
    void theReceiptFormStatesTheCutOffHourWithItsSource() throws Exception {
        String page = mvc.perform(get("/dossiers/new").with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).text()).contains("Hồ sơ nhận từ 15:00 trở đi hoặc vào ngày nghỉ",
                "Nghị định 118/2025/NĐ-CP");
        assertThat(page).doesNotContain("61/2018", "107/2021");
    }

    @Test
    void aCutOffRecordedOnTheLegalRulesScreenChangesTheNextDayCountOfDossiersReceivedFromItsDate() throws Exception {
        // an hour that puts this moment on the other side of the cut-off than 15:00 does, where it can
        java.time.LocalDateTime now = java.time.LocalDateTime.now(DanVanTime.ZONE);
        java.time.LocalTime cutOff = now.toLocalTime().isBefore(java.time.LocalTime.of(15, 0))
                ? java.time.LocalTime.of(6, 0) : java.time.LocalTime.of(23, 59);
        String hour = cutOff.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        String source = "Nghị định thử nghiệm DossierIT: " + hour;
        long version = jdbc.sql("select version from legal_rule where rule_key = 'DOSSIER_NEXT_DAY_FROM'")
                .query(Long.class).single();
        mvc.perform(post("/legal-rules/DOSSIER_NEXT_DAY_FROM").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("value", hour).param("legalSource", source)
                        .param("appliesFrom", now.toLocalDate().format(DanVanTime.DATE))
                        .param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection());
        try {
            String form = mvc.perform(get("/dossiers/new").with(SignedIn.as(context, OFFICER)))
                    .andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(org.jsoup.Jsoup.parse(form).text()).contains("Hồ sơ nhận từ " + hour + " trở đi", source);

            long id = receive(procedure(3));
            var received = jdbc.sql("select received_at from dossier where id = :id").param("id", id)
                    .query(OffsetDateTime.class).single().atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime();
            LocalDate due = jdbc.sql("select due_date from dossier where id = :id").param("id", id)
                    .query(LocalDate.class).single();
            LocalDate byTheRule = DossierRules.appointment(received, cutOff, 3, calendar::isWorkingDay);
            LocalDate byFifteen = DossierRules.appointment(received, java.time.LocalTime.of(15, 0), 3,
                    calendar::isWorkingDay);
            assertThat(due).isEqualTo(byTheRule);
            boolean between = received.toLocalTime().isAfter(java.time.LocalTime.of(6, 0))
                    && received.toLocalTime().isBefore(java.time.LocalTime.of(23, 59));
            if (calendar.isWorkingDay(received.toLocalDate()) && between) {
                // on a working day the new hour moves the count by a day one way or the other
                assertThat(byTheRule).isNotEqualTo(byFifteen);
            }
        } finally {
            jdbc.sql("delete from legal_rule_value where legal_source = :s").param("s", source).update();
            legalRules.forget(); // and the values kept in memory
        }
    }

    @Test
    void refusingADossierAsksFirstNamingItsCode() throws Exception {
        long id = receive(procedure(3));
        String code = (String) row(id).get("code");
        String page = mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var html = org.jsoup.Jsoup.parse(page);
        assertThat(html.getElementById("action-REFUSE").attr("data-confirm"))
                .isEqualTo("Từ chối hồ sơ " + code + "? Hồ sơ kết thúc với lý do đã ghi; không thể hoàn tác.");
        assertThat(html.getElementById("action-START").hasAttr("data-confirm")).isFalse();
        assertThat(html.getElementById("dv-confirm")).isNotNull();
    }

    @Test
    void aDossierIsReceivedWithItsAppointmentDateAndSlipAndGoesToReturned() throws Exception {
        long p = procedure(3);
        long id = receive(p);
        var d = row(id);
        assertThat((String) d.get("code")).matches("HS-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(d.get("state")).isEqualTo("RECEIVED");
        assertThat(((Number) d.get("unit_id")).longValue()).isEqualTo(unit("ABINH"));
        OffsetDateTime received = jdbc.sql("select received_at from dossier where id = :id").param("id", id)
                .query(OffsetDateTime.class).single();
        LocalDate expected = DossierRules.appointment(received.atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime(),
                java.time.LocalTime.of(15, 0), 3, calendar::isWorkingDay);
        assertThat(jdbc.sql("select due_date from dossier where id = :id").param("id", id).query(LocalDate.class)
                .single()).isEqualTo(expected);
        assertThat(expected).isAfter(received.atZoneSameInstant(DanVanTime.ZONE).toLocalDate());
        // the audit carries the code but not the applicant
        assertThat(jdbc.sql("""
                select count(*) from audit_change c join audit_entry e on e.id = c.entry_id
                 where e.entity_type = 'dossier' and e.entity_id = :id and c.after_value like :name""")
                .param("id", Long.toString(id)).param("name", "%" + APPLICANT + "%").query(Long.class).single()).isZero();

        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString(APPLICANT)))
                .andExpect(content().string(containsString(expected.format(DanVanTime.DATE))));
        mvc.perform(get("/dossiers/" + id + "/slip").param("format", "pdf").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        byte[] docx = mvc.perform(get("/dossiers/" + id + "/slip").param("format", "docx")
                .with(SignedIn.as(context, OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            // the code's hyphens are Word's non-breaking hyphens; the dates as the form writes them
            assertThat(extractor.getText().replace('\u2011', '-')).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                    (String) d.get("code"), APPLICANT, vn.danvan.documents.PlaceAndDate.on("", expected).dateText(),
                    "Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân xã An Bình");
        }

        // a stale form is refused and changes nothing
        mvc.perform(act(OFFICER, id, "START", 99)).andExpect(status().isConflict());
        assertThat(row(id).get("state")).isEqualTo("RECEIVED");
        // an action the state does not allow is refused
        mvc.perform(act(OFFICER, id, "RETURN", version(id))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không cho phép thao tác này")));
        mvc.perform(act(OFFICER, id, "START", version(id))).andExpect(status().is3xxRedirection());
        assertThat(row(id).get("state")).isEqualTo("IN_PROGRESS");

        // more documents: the text is required
        mvc.perform(act(OFFICER, id, "REQUEST_SUPPLEMENT", version(id), "note", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi rõ giấy tờ cần bổ sung")));
        assertThat(row(id).get("state")).isEqualTo("IN_PROGRESS");
        mvc.perform(act(OFFICER, id, "REQUEST_SUPPLEMENT", version(id), "note", "Bản sao sổ hộ khẩu"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id).get("state")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(row(id).get("missing_documents")).isEqualTo("Bản sao sổ hộ khẩu");
        // the applicant comes back later: the full time limit restarts from the day the dossier is complete
        jdbc.sql("update dossier set due_date = :d where id = :id").param("d", LocalDate.of(2026, 1, 5))
                .param("id", id).update();
        mvc.perform(act(HEAD, id, "SUPPLEMENT_COMPLETE", version(id))).andExpect(status().is3xxRedirection());
        OffsetDateTime completed = jdbc.sql("""
                select acted_at from dossier_step where dossier_id = :id and action = 'SUPPLEMENT_COMPLETE'""")
                .param("id", id).query(OffsetDateTime.class).single();
        assertThat(jdbc.sql("select due_date from dossier where id = :id").param("id", id).query(LocalDate.class)
                .single()).isEqualTo(DossierRules.appointment(
                        completed.atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime(), java.time.LocalTime.of(15, 0), 3,
                        calendar::isWorkingDay));
        assertThat(row(id).get("state")).isEqualTo("IN_PROGRESS");

        mvc.perform(act(OFFICER, id, "RESULT_READY", version(id))).andExpect(status().is3xxRedirection());
        mvc.perform(act(OFFICER, id, "RETURN", version(id))).andExpect(status().is3xxRedirection());
        assertThat(row(id).get("state")).isEqualTo("RETURNED");
        assertThat(row(id).get("returned_at")).isNotNull();
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trả đúng hạn")))
                .andExpect(content().string(containsString("Bản sao sổ hộ khẩu")))
                .andExpect(content().string(containsString("Hồ sơ đã bổ sung đủ, tính lại ngày hẹn trả")));
        assertThat(jdbc.sql("select count(*) from dossier_step where dossier_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'dossier' and entity_id = :id
                   and action <> 'VIEW_PERSONAL_DATA'""").param("id", Long.toString(id)).query(Long.class).single())
                .isEqualTo(6);
        // every page view and slip download that showed the applicant was recorded
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'dossier' and entity_id = :id
                   and action = 'VIEW_PERSONAL_DATA' and actor = :actor""").param("id", Long.toString(id))
                .param("actor", OFFICER).query(Long.class).single()).isGreaterThanOrEqualTo(4);
        // nothing more to do with a returned dossier
        mvc.perform(act(OFFICER, id, "START", version(id))).andExpect(status().isBadRequest());
    }

    @Test
    void aRefusalNeedsAReason() throws Exception {
        long id = receive(procedure(2));
        mvc.perform(act(OFFICER, id, "REFUSE", version(id))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nêu lý do từ chối giải quyết")));
        assertThat(row(id).get("state")).isEqualTo("RECEIVED");
        mvc.perform(act(OFFICER, id, "REFUSE", version(id), "note", "Không thuộc thẩm quyền giải quyết của xã"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id).get("state")).isEqualTo("REFUSED");
        assertThat(row(id).get("refusal_reason")).isEqualTo("Không thuộc thẩm quyền giải quyết của xã");
        mvc.perform(act(OFFICER, id, "START", version(id))).andExpect(status().isBadRequest());
    }

    @Test
    void aTransferMovesTheDossierAndItsScope() throws Exception {
        long id = receive(procedure(5));
        long tnmt = unit("TNMT");
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(APPLICANT))));
        mvc.perform(act(OFFICER, id, "TRANSFER", version(id))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị nhận hồ sơ")));
        mvc.perform(act(OFFICER, id, "TRANSFER", version(id), "toUnitId", Long.toString(tnmt), "note",
                "Thuộc lĩnh vực đất đai")).andExpect(status().is3xxRedirection());
        var d = row(id);
        assertThat(((Number) d.get("unit_id")).longValue()).isEqualTo(tnmt);
        assertThat(d.get("state")).isEqualTo("RECEIVED");
        var step = jdbc.sql("select from_unit_id, to_unit_id from dossier_step where dossier_id = :id and action = 'TRANSFER'")
                .param("id", id).query().singleRow();
        assertThat(((Number) step.get("from_unit_id")).longValue()).isEqualTo(unit("ABINH"));
        assertThat(((Number) step.get("to_unit_id")).longValue()).isEqualTo(tnmt);
        // now the receiving unit's head handles it, and An Bình sees it no more
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, "tnmt.truong"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Tài nguyên và Môi trường")));
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, OFFICER))).andExpect(status().isForbidden());
        mvc.perform(act("tnmt.truong", id, "START", version(id))).andExpect(status().is3xxRedirection());
        assertThat(row(id).get("state")).isEqualTo("IN_PROGRESS");
    }

    // ------------------------------------------------------------------ scope and bad input

    @Test
    void anotherCommunesOfficerSeesNothing() throws Exception {
        long p = procedure(2);
        long id = receive(p);
        String code = (String) row(id).get("code");
        String other = otherCommuneOfficer();
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, other))).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(APPLICANT))))
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/dossiers/" + id + "/slip").with(SignedIn.as(context, other))).andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Content-Disposition"));
        mvc.perform(act(other, id, "START", version(id))).andExpect(status().isForbidden());
        assertThat(row(id).get("state")).isEqualTo("RECEIVED");
        mvc.perform(get("/dossiers").with(SignedIn.as(context, other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        // nor may they receive a dossier for An Bình's procedure
        long before = count("dossier");
        mvc.perform(post("/dossiers").with(SignedIn.as(context, other)).with(csrf())
                .param("procedureId", Long.toString(p)).param("applicantName", APPLICANT))
                .andExpect(status().isForbidden());
        // the Front's member has no access at all
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
        assertThat(count("dossier")).isEqualTo(before);
        // a leader reads every unit's dossier but does not handle it, nor sees the applicant's data
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, "chutich"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(not(containsString(APPLICANT))))
                .andExpect(content().string(not(containsString("0912 345 678"))))
                .andExpect(content().string(not(containsString("id=\"actions\""))));
        mvc.perform(get("/dossiers/" + id + "/slip").with(SignedIn.as(context, "chutich")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'dossier' and entity_id = :id
                   and action = 'VIEW_PERSONAL_DATA' and actor = 'chutich'""").param("id", Long.toString(id))
                .query(Long.class).single()).isZero();
        mvc.perform(act("chutich", id, "START", version(id))).andExpect(status().isForbidden());
    }

    @Test
    void badReceiptInputIsRefusedInVietnameseWithNothingSaved() throws Exception {
        long p = procedure(2);
        long before = count("dossier");
        mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", Long.toString(p)).param("applicantName", " ").param("applicantPhone", "0912345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập họ tên người nộp hồ sơ")))
                .andExpect(content().string(containsString("0912345678")));
        mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", Long.toString(p)).param("applicantName", APPLICANT).param("applicantPhone", "gọi tôi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số điện thoại không hợp lệ")));
        mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("applicantName", APPLICANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn thủ tục")));
        assertThat(count("dossier")).isEqualTo(before);
    }

    @Test
    void wrongTypedOrOverLongReceiptsAndProceduresComeBackAsTheFormWithNothingSaved() throws Exception {
        long p = procedure(2);
        long dossiers = count("dossier");
        mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", "abc").param("applicantName", APPLICANT).param("applicantPhone", "0912345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ")))
                .andExpect(shows("applicantName", APPLICANT)).andExpect(shows("applicantPhone", "0912345678"));
        String longName = "Nguyễn " + "x".repeat(200);
        mvc.perform(post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", Long.toString(p)).param("applicantName", longName))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 200 ký tự")))
                .andExpect(shows("applicantName", longName));
        assertThat(count("dossier")).isEqualTo(dossiers);

        long procedures = count("dossier_procedure");
        String longCode = "IT-" + "X".repeat(38);
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", longCode).param("name", "Thủ tục mã dài").param("field", "Hộ tịch")
                .param("timeLimit", "2").param("fee", "0").param("unitId", Long.toString(unit("ABINH"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 40 ký tự")))
                .andExpect(shows("code", longCode)).andExpect(shows("name", "Thủ tục mã dài"));
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", "IT-TYPED").param("name", "Thủ tục gõ sai").param("field", "Hộ tịch")
                .param("timeLimit", "abc").param("fee", "10.000").param("unitId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên")))
                .andExpect(content().string(containsString("Hãy nhập phí, lệ phí bằng chữ số")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ")))
                .andExpect(shows("timeLimit", "abc")).andExpect(shows("fee", "10.000"))
                .andExpect(shows("name", "Thủ tục gõ sai"));
        // a tampered version is a 400, an outsider's form a 403 before anything is looked at
        mvc.perform(post("/dossiers/procedures/" + p).with(SignedIn.as(context, HOME_AFFAIRS)).with(csrf())
                .param("code", "IT-TAMPER").param("name", "Sửa").param("field", "Hộ tịch").param("timeLimit", "2")
                .param("fee", "0").param("unitId", Long.toString(unit("ABINH"))).param("version", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/dossiers/procedures").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("code", longCode).param("timeLimit", "abc"))
                .andExpect(status().isForbidden());
        assertThat(count("dossier_procedure")).isEqualTo(procedures);
        assertThat(jdbc.sql("select count(*) from dossier_procedure where code in ('IT-TAMPER', 'IT-TYPED')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void wrongTypedOrOverLongActionsChangeNothingAndTamperedOnesAreRefused() throws Exception {
        long id = receive(procedure(5));
        long steps = jdbc.sql("select count(*) from dossier_step where dossier_id = :id").param("id", id)
                .query(Long.class).single();
        String longNote = "Thiếu " + "x".repeat(2000);
        mvc.perform(act(OFFICER, id, "REFUSE", version(id), "note", longNote)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 2000 ký tự")))
                .andExpect(shows("note-REFUSE", longNote)).andExpect(shows("note-REQUEST_SUPPLEMENT", ""));
        mvc.perform(act(OFFICER, id, "TRANSFER", version(id), "toUnitId", "abc", "note", "Chuyển thử"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ")))
                .andExpect(shows("note-TRANSFER", "Chuyển thử")).andExpect(shows("note-REFUSE", ""));
        // the hidden fields nobody types: a tampered page
        mvc.perform(act(OFFICER, id, "XSS", version(id))).andExpect(status().isBadRequest());
        mvc.perform(post("/dossiers/" + id + "/actions").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("action", "START").param("version", "abc")).andExpect(status().isBadRequest());
        // an outsider is refused before the form is looked at
        mvc.perform(post("/dossiers/" + id + "/actions").with(SignedIn.as(context, otherCommuneOfficer())).with(csrf())
                .param("action", "XSS").param("version", "abc")).andExpect(status().isForbidden());
        assertThat(row(id).get("state")).isEqualTo("RECEIVED");
        assertThat(((Number) row(id).get("unit_id")).longValue()).isEqualTo(unit("ABINH"));
        assertThat(jdbc.sql("select count(*) from dossier_step where dossier_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(steps);

        // the apology slip: an over-long reason comes back with what was typed, a tampered version is a 400
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        jdbc.sql("update dossier set due_date = :d where id = :id").param("d", today).param("id", id).update();
        String longReason = "Chờ " + "x".repeat(1987);
        String later = calendar.addWorkingDays(today, 3).format(DanVanTime.DATE);
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", later).param("reason", longReason))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 1987 ký tự")))
                .andExpect(shows("reason", longReason)).andExpect(shows("newDate", later));
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", "abc").param("newDate", later).param("reason", "Chờ xác minh"))
                .andExpect(status().isBadRequest());
        assertThat(row(id).get("apology_issued_at")).isNull();

        // the citizen's rating: a value not offered comes back, a code that names no dossier is a 400
        jdbc.sql("update dossier set state = 'RETURNED', returned_at = now() where id = :id").param("id", id).update();
        String code = (String) row(id).get("code");
        mvc.perform(post("/portal/dossiers/rate").with(csrf()).param("code", code).param("rating", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập một số nguyên")))
                .andExpect(content().string(containsString("id=\"rate-form\"")));
        mvc.perform(post("/portal/dossiers/rate").with(csrf()).param("code", "x".repeat(41)).param("rating", "5"))
                .andExpect(status().isBadRequest());
        assertThat(row(id).get("rating")).isNull();
    }

    // ------------------------------------------------------------------ apology slip

    @Test
    void theApologySlipIsIssuedOnceForADossierAboutToBeLate() throws Exception {
        long id = receive(procedure(5));
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        LocalDate later = calendar.addWorkingDays(today, 3);
        // five working days ahead: not yet
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", later.format(DanVanTime.DATE))
                .param("reason", "Chờ xác minh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chỉ lập phiếu xin lỗi cho hồ sơ đang giải quyết")));
        // due today
        jdbc.sql("update dossier set due_date = :d where id = :id").param("d", today).param("id", id).update();
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"apology-form\"")));
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", "31/02/2026").param("reason", "Chờ xác minh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập ngày có thật theo dạng ngày/tháng/năm")))
                .andExpect(shows("newDate", "31/02/2026")).andExpect(shows("reason", "Chờ xác minh"));
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", today.format(DanVanTime.DATE))
                .param("reason", "Chờ xác minh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày hẹn trả mới phải sau ngày hẹn cũ")));
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", later.format(DanVanTime.DATE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nêu lý do chậm trả kết quả")));
        assertThat(row(id).get("apology_issued_at")).isNull();
        // a stale form is refused
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", "99").param("newDate", later.format(DanVanTime.DATE))
                .param("reason", "Chờ xác minh của Công an huyện"))
                .andExpect(status().isConflict());
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", later.format(DanVanTime.DATE))
                .param("reason", "Chờ xác minh của Công an huyện"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select apology_new_date from dossier where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(later);
        mvc.perform(get("/dossiers/" + id + "/apology-slip").param("format", "pdf").with(SignedIn.as(context, OFFICER)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        // signed by the head of the agency, not by the officer who wrote it: TM. of the commune's committee
        byte[] apologyDocx = mvc.perform(get("/dossiers/" + id + "/apology-slip").param("format", "docx")
                .with(SignedIn.as(context, OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(apologyDocx))) {
            var closing = document.getTables().get(document.getTables().size() - 1);
            String head = jdbc.sql("select p.full_name from account a join person p on p.id = a.person_id "
                    + "where a.username = :u").param("u", HEAD).query(String.class).single();
            assertThat(closing.getRow(0).getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                    "(Ký, ghi rõ họ tên và đóng dấu)", head);
            var title = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")).findFirst().orElseThrow();
            assertThat(title.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        }
        mvc.perform(get("/dossiers/" + id + "/apology-slip").param("format", "pdf")
                .with(SignedIn.as(context, otherCommuneOfficer()))).andExpect(status().isForbidden());
        // twice is refused with a message
        mvc.perform(post("/dossiers/" + id + "/apology").with(SignedIn.as(context, HEAD)).with(csrf())
                .param("version", Long.toString(version(id))).param("newDate", calendar.addWorkingDays(today, 5)
                        .format(DanVanTime.DATE)).param("reason", "Lần hai"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("mỗi hồ sơ chỉ được xin lỗi và hẹn lại một lần")));
        assertThat(jdbc.sql("select apology_new_date from dossier where id = :id").param("id", id)
                .query(LocalDate.class).single()).isEqualTo(later);
        assertThat(jdbc.sql("select count(*) from dossier_step where dossier_id = :id and action = 'APOLOGISE'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theUnitHeadIsToldOnceThatAnApologySlipIsDue() throws Exception {
        long id = receive(procedure(5));
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        long head = OrganisationFixture.of(context).accountId(HEAD);
        String link = "/dossiers/" + id;
        reminders.run(today);
        assertThat(notices(head, link)).isZero();
        jdbc.sql("update dossier set due_date = :d where id = :id").param("d", today).param("id", id).update();
        reminders.run(today);
        assertThat(notices(head, link)).isEqualTo(1);
        reminders.run(today);
        reminders.run(today.plusDays(1));
        assertThat(notices(head, link)).isEqualTo(1);
        // the officer is not told
        long officer = OrganisationFixture.of(context).accountId(OFFICER);
        assertThat(notices(officer, link)).isZero();
    }

    @Test
    void aUnitWithoutAHeadIsToldOnceAHeadIsNamed() throws Exception {
        long id = receive(procedure(5));
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        jdbc.sql("update dossier set due_date = :d where id = :id").param("d", today).param("id", id).update();
        long head = OrganisationFixture.of(context).accountId(HEAD);
        String link = "/dossiers/" + id;
        long unitId = jdbc.sql("select unit_id from dossier where id = :id").param("id", id).query(Long.class).single();
        List<Long> heads = OrganisationFixture.of(context).withoutHeads(unitId, () -> {
            reminders.run(today);
            assertThat(notices(head, link)).isZero();
            assertThat(apologyNoticesRecorded(id)).isZero();
        });
        assertThat(heads).contains(head);

        reminders.run(today);
        reminders.run(today);

        assertThat(notices(head, link)).isEqualTo(1);
        assertThat(apologyNoticesRecorded(id)).isEqualTo(1);
    }

    private long apologyNoticesRecorded(long dossier) {
        return jdbc.sql("select count(*) from notice_sent where topic = 'dossier.apology' and subject_id = :id")
                .param("id", dossier).query(Long.class).single();
    }

    private long notices(long accountId, String link) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :l"
                + " and title not like 'Hồ sơ mới %'").param("a", accountId)
                .param("l", link).query(Long.class).single();
    }

    // ------------------------------------------------------------------ portal

    @Test
    void thePublicLookupShowsNoPersonalDataAndTheCitizenRatesOnce() throws Exception {
        long id = receive(procedure(2));
        String code = (String) row(id).get("code");
        String typed = code.toLowerCase().replace("-", " ");
        mvc.perform(get("/portal/dossiers/lookup").param("code", typed)).andExpect(status().isOk())
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Đã tiếp nhận")))
                .andExpect(content().string(not(containsString(APPLICANT))))
                .andExpect(content().string(not(containsString("0912 345 678"))))
                .andExpect(content().string(not(containsString("ấp Bình Thắng"))))
                .andExpect(content().string(not(containsString("Lê Thị Hoa"))))
                .andExpect(content().string(not(containsString("id=\"rate-form\""))));
        mvc.perform(get("/portal/dossiers/lookup").param("code", "HS-00000-00000")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ có mã này")));
        // not returned yet: no rating
        mvc.perform(post("/portal/dossiers/rate").with(csrf()).param("code", code).param("rating", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ đánh giá được khi hồ sơ đã trả kết quả")));
        mvc.perform(act(OFFICER, id, "START", version(id))).andExpect(status().is3xxRedirection());
        mvc.perform(act(OFFICER, id, "RESULT_READY", version(id))).andExpect(status().is3xxRedirection());
        mvc.perform(act(OFFICER, id, "RETURN", version(id))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portal/dossiers/lookup").param("code", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rate-form\"")));
        mvc.perform(post("/portal/dossiers/rate").with(csrf()).param("code", code).param("rating", "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng chọn một mức đánh giá từ 1 đến 5")));
        assertThat(row(id).get("rating")).isNull();
        mvc.perform(post("/portal/dossiers/rate").with(csrf()).param("code", code).param("rating", "4"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/portal/dossiers/rate").with(csrf()).param("code", code).param("rating", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("mỗi hồ sơ chỉ đánh giá một lần")));
        assertThat(((Number) row(id).get("rating")).intValue()).isEqualTo(4);
        mvc.perform(get("/")).andExpect(content().string(containsString("/portal/dossiers/lookup")));
    }

    // ------------------------------------------------------------------ indicators

    /** A dossier of An Thái's book (received, due, state, returned), rated and apologised for when given. */
    private void booked(DossierFixture dossiers, String procedure, long unitId, String received, String due,
            String state, String returned, Integer rating, String apologyAt) {
        String code = dossiers.fromTheBook(procedure, unitId, LocalDate.parse(received), LocalDate.parse(due),
                DossierState.valueOf(state), returned == null ? null : LocalDate.parse(returned));
        if (rating != null) {
            dossiers.rated(code, rating);
        }
        if (apologyAt != null) {
            dossiers.apologisedOn(code, LocalDate.parse(apologyAt), LocalDate.parse(due));
        }
    }

    @Test
    void indicatorsCountReceivedReturnedOnTimeLateApologiesAndSatisfaction() throws Exception {
        long tamLap = unit("ATHAI");
        DossierFixture dossiers = DossierFixture.of(context);
        String p = dossiers.procedure(tamLap, 3);
        booked(dossiers, p, tamLap, "2025-03-03", "2025-03-06", "RETURNED", "2025-03-05", 5, null);
        booked(dossiers, p, tamLap, "2025-03-04", "2025-03-07", "RETURNED", "2025-03-10", 3, "2025-03-06");
        booked(dossiers, p, tamLap, "2025-03-10", "2025-03-13", "IN_PROGRESS", null, null, null);
        booked(dossiers, p, tamLap, "2025-02-20", "2025-03-05", "RETURNED", "2025-03-03", null, null);
        booked(dossiers, p, tamLap, "2025-04-01", "2025-04-04", "RECEIVED", null, null, null);
        var values = context.getBean(DossierIndicators.class)
                .values(tamLap, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        Map<String, java.math.BigDecimal> byCode = new java.util.HashMap<>();
        values.forEach(v -> byCode.put(v.code(), v.value()));
        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(context.getBean(DossierIndicators.class)
                .definitions().stream().map(vn.danvan.shared.indicator.IndicatorDefinition::code).toList());
        assertThat(byCode.get(DossierIndicators.RECEIVED)).isEqualByComparingTo("3");
        assertThat(byCode.get(DossierIndicators.RETURNED)).isEqualByComparingTo("3");
        assertThat(byCode.get(DossierIndicators.RETURNED_ON_TIME)).isEqualByComparingTo("2");
        assertThat(byCode.get(DossierIndicators.ON_TIME_RATE)).isEqualByComparingTo("66.7");
        // late now: the open March dossier and the April one (both past their dates today)
        assertThat(byCode.get(DossierIndicators.LATE)).isEqualByComparingTo("2");
        assertThat(byCode.get(DossierIndicators.APOLOGIES)).isEqualByComparingTo("1");
        assertThat(byCode.get(DossierIndicators.SATISFACTION)).isEqualByComparingTo("4.00");
        // the figures page: per unit and per procedure, in scope only, with export
        mvc.perform(get("/dossiers/figures").param("from", "01/03/2025").param("to", "31/03/2025")
                .with(SignedIn.as(context, HOME_AFFAIRS))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Thái")))
                .andExpect(content().string(containsString("66,7%")));
        mvc.perform(get("/dossiers/figures").param("from", "01/03/2025").param("to", "31/03/2025")
                .with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ủy ban nhân dân xã An Thái"))));
        String csv = mvc.perform(get("/dossiers/figures/export").param("from", "01/03/2025").param("to", "31/03/2025")
                .param("format", "csv").with(SignedIn.as(context, HOME_AFFAIRS))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Ủy ban nhân dân xã An Thái");
        mvc.perform(get("/dossiers/figures").param("from", "31/03/2025").param("to", "01/03/2025")
                .with(SignedIn.as(context, HOME_AFFAIRS))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Khoảng thời gian không hợp lệ")));
        // nothing returned: no rate
        var april = context.getBean(DossierIndicators.class)
                .values(tamLap, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        assertThat(april.stream().filter(v -> v.code().equals(DossierIndicators.ON_TIME_RATE)).findFirst()
                .orElseThrow().value()).isNull();
    }

    // ------------------------------------------------------------------ list

    @Test
    void theListFiltersLateDossiersAndExportsWhatItShows() throws Exception {
        long p = procedure(2);
        long late = receive(p);
        long onTime = receive(p);
        jdbc.sql("update dossier set due_date = :d where id = :id").param("d", LocalDate.now(DanVanTime.ZONE).minusDays(3))
                .param("id", late).update();
        String lateCode = (String) row(late).get("code");
        String onTimeCode = (String) row(onTime).get("code");
        mvc.perform(get("/dossiers").param("late", "true").param("procedureId", Long.toString(p))
                .with(SignedIn.as(context, HEAD))).andExpect(status().isOk())
                .andExpect(content().string(containsString(lateCode)))
                .andExpect(content().string(not(containsString(onTimeCode))))
                .andExpect(content().string(not(containsString(APPLICANT))));
        // by unit, as the dashboard links it
        mvc.perform(get("/dossiers").param("unitId", Long.toString(unit("ABINH"))).param("late", "true")
                .param("procedureId", Long.toString(p)).with(SignedIn.as(context, HOME_AFFAIRS)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(lateCode)));
        mvc.perform(get("/dossiers").param("unitId", Long.toString(unit("TNMT"))).param("procedureId", Long.toString(p))
                .with(SignedIn.as(context, HOME_AFFAIRS)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(lateCode))));
        var lateNow = context.getBean(DossierIndicators.class).values(unit("ABINH"), LocalDate.now(DanVanTime.ZONE),
                LocalDate.now(DanVanTime.ZONE)).stream().filter(v -> v.code().equals(DossierIndicators.LATE))
                .findFirst().orElseThrow();
        assertThat(lateNow.link()).isEqualTo("/dossiers?unitId=" + unit("ABINH") + "&late=true");
        assertThat(lateNow.value().longValue()).isPositive();
        String csv = mvc.perform(get("/dossiers/export").param("format", "csv").param("procedureId", Long.toString(p))
                .with(SignedIn.as(context, HEAD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(lateCode, onTimeCode, "Quá hạn").doesNotContain(APPLICANT);
    }
}
