package vn.danvan.petition.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.calendar.WorkingCalendar;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportFixtures;
import vn.danvan.shared.web.TableExport;
import vn.danvan.petition.handling.Channel;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionKind;
import vn.danvan.petition.handling.PetitionRepository;
import vn.danvan.organisation.OrganisationFixture;

/** Officers import petitions from a spreadsheet, end to end; each test uses titles of its own. */
@DanVanIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PetitionImportIT {

    private final WorkingCalendar calendar;
    private final ImportFileReader reader;

    @Autowired
    PetitionImportIT(WorkingCalendar calendar, ImportFileReader reader) {
        this.calendar = calendar;
        this.reader = reader;
    }

    private static final String HEADER = "Loại;Lĩnh vực;Mã đơn vị;Tiêu đề;Nội dung;Địa điểm;Ngày tiếp nhận;Họ tên;"
            + "Điện thoại;Thư điện tử;Địa chỉ\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGoodFileReceivesEveryRowOnChannelImportWithDueDatesFromItsOwnDateAndAuditsEach(CapturedOutput output)
            throws Exception {
        String suffix = uniqueSuffix();
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        LocalDate earlier = today.minusDays(25);
        String historicMail = "mai." + suffix.toLowerCase(Locale.ROOT) + "@example.vn";
        String todayMail = "hoa." + suffix.toLowerCase(Locale.ROOT) + "@example.vn";
        byte[] xlsx = ImportFixtures.workbook(sheet -> {
            ImportFixtures.row(sheet, 0, HEADER.strip().split(";"));
            var historic = ImportFixtures.row(sheet, 1, "Phản ánh", "moi truong", "ABINH", "Ống nước vỡ " + suffix,
                    "Ống nước vỡ từ ba ngày nay.", "Ấp Bình Hòa", "", "Trần Thị Mai", "0987 654 321", historicMail,
                    "Ấp Bình Hòa, xã An Bình");
            var dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat((short) 14);
            historic.getCell(6).setCellValue(earlier);
            historic.getCell(6).setCellStyle(dateStyle);
            ImportFixtures.row(sheet, 3, "Kiến nghị", "Đất đai", "", "Cấp sổ đỏ " + suffix, "Đề nghị cấp sổ.", "", "",
                    "Lê Văn Hòa", "", todayMail, "");
        });

        MvcResult posted = mvc.perform(upload("don.xlsx", xlsx, "anbinh.canbo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/petitions/import/result"))
                .andExpect(flash().attributeExists("importResult"))
                .andReturn();

        Petition historic = petition("Ống nước vỡ " + suffix);
        Petition current = petition("Cấp sổ đỏ " + suffix);
        assertThat(historic.channel()).isEqualTo(Channel.IMPORT);
        assertThat(current.channel()).isEqualTo(Channel.IMPORT);
        assertThat(historic.unitId()).isEqualTo(unitId("ABINH"));
        assertThat(current.unitId()).isNull();
        assertThat(historic.kind()).isEqualTo(PetitionKind.FEEDBACK);
        assertThat(current.kind()).isEqualTo(PetitionKind.PROPOSAL);
        assertThat(historic.receivedAt().atZoneSameInstant(DanVanTime.ZONE).toLocalDate()).isEqualTo(earlier);
        assertThat(current.receivedAt().atZoneSameInstant(DanVanTime.ZONE).toLocalDate()).isEqualTo(today);
        var rules = context.getBean(vn.danvan.legal.LegalRules.class);
        assertThat(historic.acceptanceDue()).isEqualTo(calendar.addWorkingDays(earlier,
                rules.workingDays(vn.danvan.legal.LegalRule.PETITION_ACCEPTANCE, earlier)));
        assertThat(historic.answerDue()).isEqualTo(calendar.addCalendarDays(earlier, answerDays("MOI_TRUONG")));
        assertThat(current.acceptanceDue()).isEqualTo(calendar.addWorkingDays(today,
                rules.workingDays(vn.danvan.legal.LegalRule.PETITION_ACCEPTANCE, today)));
        assertThat(current.answerDue()).isEqualTo(calendar.addCalendarDays(today, answerDays("DAT_DAI")));
        assertThat(jdbc.sql("select full_name from petitioner where petition_id = :id").param("id", historic.id())
                .query(String.class).single()).isEqualTo("Trần Thị Mai");
        assertThat(jdbc.sql("""
                select count(*) from audit_entry
                where entity_type = 'Petition' and action = 'CREATE' and actor = 'anbinh.canbo' and entity_id in (:ids)""")
                .param("ids", List.of(String.valueOf(historic.id()), String.valueOf(current.id())))
                .query(Long.class).single()).isEqualTo(2);
        // the receipt by e-mail for today's petition only
        assertThat(mailsTo(historicMail)).isZero();
        assertThat(mailsTo(todayMail)).isEqualTo(1);
        // no petitioner's data in the log
        assertThat(output.getAll()).contains("Petition import: 2 rows, 2 imported")
                .doesNotContain("Trần Thị Mai", "0987 654 321", historicMail, "Lê Văn Hòa", "Ấp Bình Hòa, xã An Bình");

        Cookie session = posted.getResponse().getCookie("SESSION");
        String page = html(mvc.perform(get("/petitions/import/result").cookie(session)
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Đã nhập 2 phản ánh, kiến nghị từ tệp don.xlsx.", historic.code(), current.code(),
                DanVanTime.DATE.format(earlier));
    }

    @Test
    void aFileWithOneBadRowSavesNothingAndReportsRowAndColumnInVietnamese() throws Exception {
        String suffix = uniqueSuffix();
        byte[] csv = csv(HEADER + """
                Phản ánh;Môi trường;ABINH;Khói bụi %1$s;Nội dung;;;;;;
                Phản ánh;Môi trường;ABINH;Tiếng ồn %1$s;Nội dung;;;;;mai@@example;
                Kiến nghị;Đất đai;;Đường đất %1$s;Nội dung;;;;;;
                """.formatted(suffix));

        MvcResult result = mvc.perform(upload("don.csv", csv, "anbinh.canbo")).andExpect(status().isOk()).andReturn();

        assertThat(petitionsTitled(suffix)).isZero();
        assertThat(html(result)).contains("Tệp don.csv có 1 lỗi ở 1 dòng.", "Chưa có dòng nào được nhập",
                "<td>3</td>", "<td>Thư điện tử</td>", "Địa chỉ thư điện tử không hợp lệ.");

        Cookie session = result.getResponse().getCookie("SESSION");
        MvcResult report = mvc.perform(get("/petitions/import/report").param("format", "xlsx").cookie(session)
                .with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isOk()).andReturn();
        assertThat(report.getResponse().getContentType()).isEqualTo(TableExport.XLSX.toString());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Thư điện tử");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    @Test
    void theSameFileUploadedTwiceIsRefusedTheSecondTimeNamingTheEarlierPetitions() throws Exception {
        String suffix = uniqueSuffix();
        byte[] csv = csv(HEADER + """
                Phản ánh;Môi trường;ABINH;Rác thải %1$s;Rác để lâu ngày ở chợ;;02/11/2026;;;;
                Kiến nghị;Giao thông;ABINH;Biển báo %1$s;Thiếu biển báo giao lộ;;02/11/2026;;;;
                """.formatted(suffix));
        mvc.perform(upload("don.csv", csv, "anbinh.canbo")).andExpect(status().is3xxRedirection());
        assertThat(petitionsTitled(suffix)).isEqualTo(2);

        String page = html(mvc.perform(upload("don.csv", csv, "anbinh.canbo")).andExpect(status().isOk()).andReturn());

        assertThat(petitionsTitled(suffix)).isEqualTo(2);
        assertThat(page).contains("<td>2</td>", "<td>3</td>", petition("Rác thải " + suffix).code(),
                "Dòng này đã được nhập trước đây: phản ánh, kiến nghị");
    }

    @Test
    void anAnBinhOfficerImportingARowForAnLinhGetsARowProblemAndNothingIsSaved() throws Exception {
        String suffix = uniqueSuffix();
        byte[] csv = csv(HEADER + """
                Phản ánh;Giao thông;ABINH;Ổ gà %1$s;Nội dung;;;;;;
                Phản ánh;Giao thông;ALINH;Đèn đường %1$s;Nội dung;;;;;;
                """.formatted(suffix));

        String page = html(mvc.perform(upload("don.csv", csv, "anbinh.canbo")).andExpect(status().isOk()).andReturn());

        assertThat(page).contains("<td>3</td>", "<td>Mã đơn vị</td>",
                "Đơn vị “ALINH” không thuộc phạm vi của bạn: chỉ nhập cho đơn vị mình hoặc đơn vị trực thuộc.");
        assertThat(petitionsTitled(suffix)).isZero();
    }

    @Test
    void accountsWithoutIntakeRightsAreForbidden() throws Exception {
        for (String username : List.of("mttq", "vhtt")) {
            var account = SignedIn.as(context, username);
            mvc.perform(get("/petitions/import").with(account)).andExpect(status().isForbidden());
            mvc.perform(get("/petitions/import/template.xlsx").with(account)).andExpect(status().isForbidden());
            mvc.perform(upload("don.csv", csv(HEADER), username)).andExpect(status().isForbidden());
        }
    }

    @Test
    void theInboxLinksToTheImportPageWhoseTemplateReadsBack() throws Exception {
        var officer = SignedIn.as(context, "anbinh.canbo");
        assertThat(html(mvc.perform(get("/petitions").with(officer)).andReturn())).contains("href=\"/petitions/import\"");
        String page = html(mvc.perform(get("/petitions/import").with(officer)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("hx-post=\"/petitions/import\"", "Ngày tiếp nhận", "/petitions/import/template.xlsx",
                "ABINH").doesNotContain("<code>ALINH</code>");

        for (String format : List.of("xlsx", "csv")) {
            MvcResult template = mvc.perform(get("/petitions/import/template." + format).with(officer))
                    .andExpect(status().isOk()).andReturn();
            var table = reader.read("t." + format, template.getResponse().getContentAsByteArray());
            assertThat(table.header()).containsExactlyElementsOf(PetitionColumn.all().stream()
                    .map(PetitionColumn::header).toList());
            assertThat(table.lines()).hasSize(1);
        }
    }

    private MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content, String username) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/petitions/import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(csrf()).with(SignedIn.as(context, username));
    }

    private Petition petition(String title) {
        return jdbc.sql("select " + PetitionRepository.COLUMNS + " from petition p where p.title = :t")
                .param("t", title).query(PetitionRepository::row).single();
    }

    private long petitionsTitled(String suffix) {
        return jdbc.sql("select count(*) from petition where title like :t").param("t", "%" + suffix)
                .query(Long.class).single();
    }

    private long mailsTo(String address) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r").param("r", address)
                .query(Long.class).single();
    }

    private long unitId(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    private int answerDays(String category) {
        return jdbc.sql("select answer_days from petition_category where code = :c").param("c", category)
                .query(Integer.class).single();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String uniqueSuffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
