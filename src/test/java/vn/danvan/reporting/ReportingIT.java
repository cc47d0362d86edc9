package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/**
 * A year's reporting through the screens: Home Affairs opens a period, An Bình's report is filled from
 * its petitions, written, signed off and submitted late, returned, resubmitted, accepted and locked,
 * reopened with a reason; other units see nothing of it; reminders go out once each; the consolidated
 * report carries every unit and the totals and takes its number on the Chairman's approval.
 */
@DanVanIntegrationTest
class ReportingIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final ReportReminders reminders;
    private final ReportingFixture fixture;

    @Autowired
    ReportingIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, ReportReminders reminders) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.reminders = reminders;
        this.fixture = new ReportingFixture(mvc, context, jdbc);
    }

    @Test
    void anBinhsReportIsFilledWrittenSubmittedLateReturnedAcceptedLockedAndReopened() throws Exception {
        long period = fixture.open(2026, LocalDate.of(2026, 10, 15), 0, "ABINH", "ALINH", "TNMT");
        long report = fixture.reportOf(period, "ABINH");
        assertThat(fixture.state(report)).isEqualTo("NOT_STARTED");
        assertThat(jdbc.sql("select count(*) from unit_report where period_id = :p").param("p", period)
                .query(Long.class).single()).isEqualTo(3);

        fixture.step("anbinh.canbo", report, "start").andExpect(status().is3xxRedirection());
        BigDecimal before = fixture.figure(report, "petition.received");
        assertThat(before).isNotNull();
        fixture.petitionForAnBinh("Đường đất ấp Bình Hòa sạt lở");
        fixture.step("anbinh.canbo", report, "refresh").andExpect(status().is3xxRedirection());
        assertThat(fixture.figure(report, "petition.received")).isEqualByComparingTo(before.add(BigDecimal.ONE));
        mvc.perform(get("/reporting/reports/" + report).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tiếp nhận")))
                .andExpect(content().string(containsString("href=\"/petitions\"")));

        fixture.step("anbinh.canbo", report, "write", "figures[manual.1]", "abc").andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập một số")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        fixture.step("anbinh.canbo", report, "signOff").andExpect(status().isForbidden());
        fixture.writeSignAndSubmit(report, "anbinh.canbo", "anbinh.truong");
        assertThat(fixture.state(report)).isEqualTo("SUBMITTED");
        assertThat(fixture.onTime(report)).isFalse();

        fixture.step("noivu", report, "return").andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi ý kiến khi trả lại báo cáo.")));
        fixture.step("noivu", report, "return", "comment", "Bổ sung số liệu tiếp công dân.")
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.state(report)).isEqualTo("RETURNED");
        fixture.writeSignAndSubmit(report, "anbinh.canbo", "anbinh.truong");
        assertThat(fixture.state(report)).isEqualTo("SUBMITTED");

        fixture.step("noivu", report, "accept").andExpect(status().is3xxRedirection());
        assertThat(fixture.state(report)).isEqualTo("ACCEPTED");
        fixture.step("anbinh.canbo", report, "write", "sections[1b]", "Sửa sau khi khóa")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Báo cáo đã được tiếp nhận và khóa, không thể sửa.")));

        fixture.step("noivu", report, "reopen", "comment", "Sai số liệu đối thoại quý III.")
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.state(report)).isEqualTo("RETURNED");
        assertThat(jdbc.sql("select count(*) from audit_entry e join audit_change c on c.entry_id = e.id "
                + "where e.entity_type = 'UnitReport' and e.entity_id = :id and e.actor = 'noivu' "
                + "and c.after_value = 'Sai số liệu đối thoại quý III.'").param("id", String.valueOf(report))
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/reporting/reports/" + report).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mở lại")))
                .andExpect(content().string(containsString("Sai số liệu đối thoại quý III.")))
                .andExpect(content().string(containsString("Trả lại")));
    }

    @Test
    void wrongTypedAndOverLongValuesInTheReportComeBackAsTypedAndSaveNothing() throws Exception {
        long period = fixture.open(2028, LocalDate.of(2028, 10, 15), 0, "ABINH");
        long report = fixture.reportOf(period, "ABINH");
        fixture.step("anbinh.canbo", report, "start").andExpect(status().is3xxRedirection());
        long version = fixture.version(report);
        fixture.step("anbinh.canbo", report, "write", "sections[1b]", "x".repeat(20_001), "sections[1d]",
                        "Thuyết minh giữ nguyên", "figures[manual.1]", "87,5")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"section-1-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 20000 ký tự.")))
                .andExpect(result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Thuyết minh giữ nguyên").containsPattern("value=\"87[.,]5\""));
        // a rating that is not offered (a tampered page) is refused beside its field
        fixture.step("anbinh.canbo", report, "write", "selfRating", "XSS", "sections[1d]", "Thuyết minh")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"selfRating-error\"")));
        fixture.step("anbinh.canbo", report, "write", "figures[manual.1]", "1234567890123456,5")
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"figure-\\d+-error\".*")))
                .andExpect(content().string(containsString("tối đa 14 chữ số phần nguyên")))
                .andExpect(content().string(containsString("value=\"1234567890123456,5\"")));
        assertThat(fixture.version(report)).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from report_section where report_id = :r").param("r", report)
                .query(Long.class).single()).isZero();

        fixture.step("anbinh.canbo", report, "write", "figures[manual.1]", "1.000,5", "highlights", "1b",
                "sections[1b]", "Đã tổ chức đối thoại.").andExpect(status().is3xxRedirection());
        assertThat(fixture.figure(report, "manual.1")).isEqualByComparingTo("1000.5");
        assertThat(jdbc.sql("select highlight from report_section where report_id = :r and section_code = '1b'")
                .param("r", report).query(Boolean.class).single()).isTrue();
        mvc.perform(post("/reporting/reports/" + report + "/signOff").with(SignedIn.as(context, "anbinh.truong"))
                .with(csrf()).param("version", "abc")).andExpect(status().isBadRequest());
        assertThat(fixture.state(report)).isEqualTo("DRAFT");

        fixture.step("anbinh.canbo", report, "write", "selfRating", "GOOD").andExpect(status().is3xxRedirection());
        fixture.step("anbinh.truong", report, "signOff").andExpect(status().is3xxRedirection());
        fixture.step("anbinh.truong", report, "submit").andExpect(status().is3xxRedirection());
        fixture.step("noivu", report, "return", "comment", "x".repeat(4001)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 4000 ký tự.")));
        fixture.step("anbinh.canbo", report, "return", "comment", "Không phải Phòng Nội vụ")
                .andExpect(status().isForbidden());
        assertThat(fixture.state(report)).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherCommunesOfficerSeesNoAnBinhData() throws Exception {
        long period = fixture.open(2026, LocalDate.of(2026, 10, 15), 0, "ABINH", "TNMT");
        long report = fixture.reportOf(period, "ABINH");
        String outsider = fixture.anLinhOfficer();
        mvc.perform(get("/reporting/reports/" + report).with(SignedIn.as(context, outsider)))
                .andExpect(status().isForbidden());
        fixture.step(outsider, report, "start").andExpect(status().isForbidden());
        mvc.perform(get("/reporting/periods/" + period).with(SignedIn.as(context, outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ủy ban nhân dân xã An Bình"))))
                // a year is written as a year, not as a number with grouping ("2.026")
                .andExpect(content().string(containsString("Kỳ báo cáo năm 2026")))
                .andExpect(content().string(not(containsString("2.026"))));
        mvc.perform(get("/reporting/reports/" + report).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo công tác dân vận năm 2026")))
                .andExpect(content().string(not(containsString("2.026"))));
        mvc.perform(get("/api/v1/reporting/periods/" + period + "/completeness").with(SignedIn.as(context, outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reporting/periods/" + period + "/completeness").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(1))
                .andExpect(jsonPath("$.units[0].unitCode").value("ABINH"));
    }

    @Test
    void remindersGoOutOnceOnTheirDaysAndByHand() throws Exception {
        long period = fixture.open(2027, LocalDate.of(2027, 10, 15), 0, "ABINH", "ALINH");
        long anBinh = fixture.reportOf(period, "ABINH");

        reminders.run(LocalDate.of(2027, 10, 7));
        assertThat(remindersOf(period)).isZero();
        reminders.run(LocalDate.of(2027, 10, 8));
        assertThat(remindersOf(period)).isEqualTo(2);
        reminders.run(LocalDate.of(2027, 10, 8));
        reminders.run(LocalDate.of(2027, 10, 11));
        assertThat(remindersOf(period)).isEqualTo(2);
        assertThat(notificationsOf("anbinh.canbo", anBinh)).isEqualTo(1);
        assertThat(notificationsOf("anbinh.truong", anBinh)).isEqualTo(1);
        assertThat(notificationsOf("noivu", anBinh)).isEqualTo(1);

        reminders.run(LocalDate.of(2027, 10, 14));
        reminders.run(LocalDate.of(2027, 10, 15));
        reminders.run(LocalDate.of(2027, 10, 15));
        assertThat(remindersOf(period)).isEqualTo(6);
        // once the reporting year is over the automatic urging stops
        reminders.run(LocalDate.of(2028, 1, 3));
        assertThat(remindersOf(period)).isEqualTo(6);
        assertThat(jdbc.sql("select title from notification n where n.link = :l and n.account_id = :a" + NOT_OPENED
                        + " order by n.id")
                .param("l", "/reporting/reports/" + anBinh).param("a", fixture.accountId("anbinh.canbo"))
                .query(String.class).list()).last().asString().contains("Hôm nay là hạn gửi báo cáo")
                .contains("năm 2027").doesNotContain("2.027");

        mvc.perform(post("/reporting/reports/" + anBinh + "/remind").with(SignedIn.as(context, "noivu")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reporting/reports/" + anBinh + "/remind").with(SignedIn.as(context, "anbinh.canbo")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("""
                select count(*) from notice_sent n join unit_report r on r.id = n.subject_id
                 where n.topic = 'reporting.reminder' and r.period_id = :p and n.kind = 'MANUAL'""").param("p", period)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/reporting/reports/" + anBinh).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("08/10/2027")))
                .andExpect(content().string(containsString("Phòng Nội vụ gửi")));
    }

    @Test
    void oneActionRemindsEveryUnitThatHasNotSubmitted() throws Exception {
        // An Linh with an officer of its own, whatever the other tests made
        vn.danvan.organisation.OrganisationFixture.of(context).staff().in("ALINH")
                .role(vn.danvan.organisation.Role.OFFICER).named("Lý Văn Nhắc").create();
        long period = fixture.open(2031, LocalDate.of(2031, 10, 15), 0, "ABINH", "ALINH", "TNMT");
        long anBinh = fixture.reportOf(period, "ABINH");
        long tnmt = fixture.reportOf(period, "TNMT");
        fixture.step("anbinh.canbo", anBinh, "start").andExpect(status().is3xxRedirection());
        fixture.writeSignAndSubmit(anBinh, "anbinh.canbo", "anbinh.truong");

        mvc.perform(get("/reporting/periods/" + period).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đôn đốc 2 đơn vị chưa gửi báo cáo")));
        mvc.perform(get("/reporting/periods/" + period).with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"remind-all\""))));
        mvc.perform(post("/reporting/periods/" + period + "/remind").with(SignedIn.as(context, "anbinh.truong"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(manualRemindersOf(period)).isZero();

        mvc.perform(post("/reporting/periods/" + period + "/remind").with(SignedIn.as(context, "noivu")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "reporting.reminder.sentAll"))
                .andExpect(flash().attribute("flashArgs", java.util.List.of(2, 0, 0)));
        assertThat(manualRemindersOf(period)).isEqualTo(2);
        assertThat(notificationsOf("tnmt.truong", tnmt)).isEqualTo(1);
        assertThat(notificationsOf("anbinh.canbo", anBinh)).as("a unit that submitted is not urged").isZero();

        // the same day again: nobody is reminded twice
        mvc.perform(post("/reporting/periods/" + period + "/remind").with(SignedIn.as(context, "noivu")).with(csrf()))
                .andExpect(flash().attribute("flashArgs", java.util.List.of(0, 2, 0)));
        assertThat(manualRemindersOf(period)).isEqualTo(2);
    }

    private long manualRemindersOf(long period) {
        return jdbc.sql("""
                select count(*) from notice_sent n join unit_report r on r.id = n.subject_id
                 where n.topic = 'reporting.reminder' and r.period_id = :p and n.kind = 'MANUAL'""").param("p", period)
                .query(Long.class).single();
    }

    @Test
    void completenessConsolidationAndTheChairmansApprovalNumberTheDistrictReport() throws Exception {
        long period = fixture.open(2025, LocalDate.of(2025, 10, 15), 0, "ABINH", "ALINH", "TNMT");
        long anBinh = fixture.reportOf(period, "ABINH");
        long tnmt = fixture.reportOf(period, "TNMT");
        fixture.step("anbinh.canbo", anBinh, "start").andExpect(status().is3xxRedirection());
        fixture.step("anbinh.canbo", anBinh, "write", "figures[manual.1]", "7", "selfRating", "GOOD")
                .andExpect(status().is3xxRedirection());
        fixture.writeSignAndSubmit(anBinh, "anbinh.canbo", "anbinh.truong");
        fixture.step("tnmt.truong", tnmt, "write", "figures[manual.1]", "5", "sections[1d]",
                "Giải quyết dứt điểm 3 vụ tranh chấp đất đai. Công khai quy hoạch.", "selfRating", "DONE")
                .andExpect(status().is3xxRedirection());
        fixture.step("tnmt.truong", tnmt, "signOff").andExpect(status().is3xxRedirection());
        fixture.step("tnmt.truong", tnmt, "submit").andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/reporting/periods/" + period + "/completeness").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(3))
                .andExpect(jsonPath("$.submitted").value(2))
                .andExpect(jsonPath("$.late").value(2))
                .andExpect(jsonPath("$.missing").value(1))
                .andExpect(jsonPath("$.completenessRate").value("66,7%"))
                .andExpect(jsonPath("$.timelinessRate").value("0%"))
                .andExpect(jsonPath("$.units.length()").value(3));
        mvc.perform(get("/api/v1/reporting/periods").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").exists());

        mvc.perform(post("/reporting/periods/" + period + "/consolidate").with(SignedIn.as(context, "anbinh.truong"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reporting/periods/" + period + "/consolidate").with(SignedIn.as(context, "noivu")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/reporting/periods/" + period + "/consolidation"));

        String docx = docxText(period);
        assertThat(docx).contains("BÁO CÁO", "Kết quả thực hiện công tác dân vận năm 2025", "Ủy ban nhân dân xã An Bình",
                "Ủy ban nhân dân xã An Linh", "Phòng Tài nguyên và Môi trường", "Trễ hạn", "/BC-UBND",
                "Giải quyết dứt điểm 3 vụ tranh chấp đất đai. Công khai quy hoạch.",
                "Đề nghị huyện tập huấn kỹ năng dân vận cho công chức xã.", "Đơn vị chưa gửi báo cáo: Ủy ban nhân dân xã An Linh");
        assertThat(docx).contains("Số buổi tuyên truyền, quán triệt về công tác dân vận\t12");
        assertThat(docx).contains("Tổ chức 4 hội nghị đối thoại với Nhân dân. Đã trả lời 12 kiến nghị.")
                .doesNotContain("Còn 1 kiến nghị đang xử lý.");
        String pdf = pdfText(period);
        assertThat(pdf).contains("Ủy ban nhân dân xã An Bình", "công tác dân vận năm 2025");

        byte[] xlsx = mvc.perform(get("/reporting/periods/" + period + "/consolidation.xlsx")
                .with(SignedIn.as(context, "noivu"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            DataFormatter format = new DataFormatter();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(format.formatCellValue(cell)).append('|')));
            assertThat(all.toString()).contains("Ủy ban nhân dân xã An Bình", "Ủy ban nhân dân xã An Linh",
                    "Phòng Tài nguyên và Môi trường", "Đã tiếp nhận", "Số buổi tuyên truyền",
                    "Gửi báo cáo công tác dân vận đúng hạn");
        }

        mvc.perform(post("/reporting/periods/" + period + "/approve").with(SignedIn.as(context, "noivu")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reporting/periods/" + period + "/approve").with(SignedIn.as(context, "chutich")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String number = jdbc.sql("select symbol from document_register where reference_type = 'ReportingPeriod' "
                + "and reference_id = :id").param("id", period).query(String.class).single();
        assertThat(number).endsWith("/BC-UBND");
        assertThat(docxText(period)).contains("Số: " + number);
        mvc.perform(get("/reporting/periods/" + period + "/consolidation").with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)));
    }

    private String docxText(long period) throws Exception {
        byte[] docx = mvc.perform(get("/reporting/periods/" + period + "/consolidation.docx")
                .with(SignedIn.as(context, "noivu"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private String pdfText(long period) throws Exception {
        byte[] pdf = mvc.perform(get("/reporting/periods/" + period + "/consolidation.pdf")
                .with(SignedIn.as(context, "chutich"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private long remindersOf(long period) {
        return jdbc.sql("""
                select count(*) from notice_sent n join unit_report r on r.id = n.subject_id
                 where n.topic = 'reporting.reminder' and r.period_id = :p and n.kind = 'REMINDER'""").param("p", period)
                .query(Long.class).single();
    }

    /** Leaves out the notices of work arriving: the period opened, a report returned or overdue (ReportingNoticesIT). */
    private static final String NOT_OPENED = " and title not like 'Mở kỳ báo cáo %' and title not like 'Báo cáo năm % bị trả lại %'"
            + " and title not like 'Báo cáo năm % đã quá hạn'";

    private long notificationsOf(String username, long report) {
        return jdbc.sql("select count(*) from notification where account_id = :a and link = :l" + NOT_OPENED)
                .param("a", fixture.accountId(username)).param("l", "/reporting/reports/" + report)
                .query(Long.class).single();
    }
}
