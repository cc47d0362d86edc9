package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.web.TableExport;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportFixtures;
import vn.danvan.shared.imports.ImportTable;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.imports.ImportKind;
import vn.danvan.organisation.imports.OrganisationColumn;
import vn.danvan.organisation.security.AccountDetailsService;

/** The import page end to end, as the demo administrator; each test uses codes of its own. */
@DanVanIntegrationTest
class ImportControllerIT {

    private final ImportFileReader reader;

    @Autowired
    ImportControllerIT(ImportFileReader reader) {
        this.reader = reader;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    AccountDetailsService details;

    @Test
    void aGoodUnitsFileImportsEveryRowUnderTheRightParentsAndAuditsEach() throws Exception {
        String prefix = uniquePrefix();
        byte[] xlsx = ImportFixtures.workbook(sheet -> {
            ImportFixtures.row(sheet, 0, "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên",
                    "Thư điện tử");
            ImportFixtures.row(sheet, 1, prefix + "-AP", "Ấp Một", "Đơn vị sự nghiệp công lập", prefix + "-XA",
                    "");
            ImportFixtures.row(sheet, 2, prefix + "-XA", "Ủy ban nhân dân xã Thử", "Uy ban nhan dan cap xa",
                    "UBND-PG", "xa@phugiao.gov.vn");
        });

        MvcResult posted = mvc.perform(upload("UNITS", "don-vi.xlsx", xlsx).with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/import/result"))
                .andExpect(flash().attributeExists("importResult"))
                .andReturn();

        long commune = unitId(prefix + "-XA");
        long hamlet = unitId(prefix + "-AP");
        long district = unitId("UBND-PG");
        assertThat(parentOf(commune)).isEqualTo(district);
        assertThat(parentOf(hamlet)).isEqualTo(commune);
        assertThat(jdbc.sql("select kind from unit where id = :id").param("id", hamlet).query(String.class).single())
                .isEqualTo(UnitKind.PUBLIC_SERVICE_UNIT.name());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry
                where entity_type = 'Unit' and action = 'CREATE' and actor = 'admin' and entity_id in (:ids)""")
                .param("ids", List.of(String.valueOf(commune), String.valueOf(hamlet))).query(Long.class).single())
                .isEqualTo(2);

        // The result travels as a flash attribute in the (database) session, as in a browser.
        Cookie session = posted.getResponse().getCookie("SESSION");
        String page = html(mvc.perform(get("/admin/import/result").cookie(session).with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Đã nhập 2 đơn vị từ tệp don-vi.xlsx.", "/units/" + commune, "Ấp Một");
        mvc.perform(get("/admin/import/result").cookie(session).with(admin()))
                .andExpect(redirectedUrl("/admin/import"));
    }

    @Test
    void aGoodPeopleFileImportsEveryPersonAndAppointsTheMarkedHead() throws Exception {
        String prefix = uniquePrefix();
        mvc.perform(upload("UNITS", "u.csv", csv("Code,Name,Kind,Parent code\n" + prefix
                + "-P,Phòng Thử,SPECIALISED_OFFICE,UBND-PG\n")).with(admin())).andExpect(status().is3xxRedirection());
        long unit = unitId(prefix + "-P");

        mvc.perform(upload("PEOPLE", "can-bo.csv", ImportFixtures.withBom("""
                Họ và tên;Chức vụ;Mã đơn vị;Thư điện tử;Điện thoại;Người đứng đầu
                Nguyễn Văn Thử;Trưởng phòng;%1$s-P;thu@phugiao.gov.vn;0912;x
                Trần Thị Nghiệm;Chuyên viên;%1$s-p;;;
                """.formatted(prefix))).with(admin()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select full_name from person where unit_id = :u order by full_name").param("u", unit)
                .query(String.class).list()).containsExactly("Nguyễn Văn Thử", "Trần Thị Nghiệm");
        assertThat(jdbc.sql("select p.full_name from unit u join person p on p.id = u.head_person_id where u.id = :u")
                .param("u", unit).query(String.class).single()).isEqualTo("Nguyễn Văn Thử");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndReportsTheRowInVietnamese() throws Exception {
        String prefix = uniquePrefix();
        byte[] file = csv("""
                Mã đơn vị,Tên đơn vị,Loại đơn vị,Thư điện tử
                %1$s-A,Phòng A,SPECIALISED_OFFICE,a@phugiao.gov.vn
                %1$s-B,Phòng B,SPECIALISED_OFFICE,b@@phugiao
                %1$s-C,Phòng C,SPECIALISED_OFFICE,
                """.formatted(prefix));

        MvcResult result = mvc.perform(upload("UNITS", "don-vi.csv", file).with(admin()))
                .andExpect(status().isOk()).andReturn();

        assertThat(jdbc.sql("select count(*) from unit where code like :p").param("p", prefix + "-%")
                .query(Long.class).single()).isZero();
        String page = html(result);
        assertThat(page).contains("Chưa có dòng nào được nhập", "<td>3</td>", "<td>Thư điện tử</td>",
                "Địa chỉ thư điện tử không hợp lệ.");

        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        MvcResult report = mvc.perform(get("/admin/import/report").param("format", "xlsx").cookie(session).with(admin()))
                .andExpect(status().isOk()).andReturn();
        assertThat(report.getResponse().getContentType()).isEqualTo(TableExport.XLSX.toString());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Thư điện tử");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        }
    }

    @Test
    void aFileThatIsNotAWorkbookButNamedXlsxIsRejected() throws Exception {
        String prefix = uniquePrefix();
        byte[] text = csv("Code,Name,Kind\n" + prefix + "-A,A,SPECIALISED_OFFICE\n");

        String page = html(mvc.perform(upload("UNITS", "don-vi.xlsx", text).with(admin()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("id=\"import-error\"", "nội dung không phải là tệp Excel (.xlsx)");
        assertThat(jdbc.sql("select count(*) from unit where code like :p").param("p", prefix + "-%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWrongTypedKindComesBackBesideItsChoiceAndNothingIsImported() throws Exception {
        String prefix = uniquePrefix();
        byte[] text = csv("Code,Name,Kind\n" + prefix + "-A,A,SPECIALISED_OFFICE\n");
        long before = jdbc.sql("select count(*) from unit").query(Long.class).single();

        String page = html(mvc.perform(upload("XSS", "don-vi.csv", text).with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"form-errors\"", "id=\"kind-error\"",
                "Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.", "id=\"import-form\"");

        page = html(mvc.perform(upload("", "don-vi.csv", text).with(admin())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"kind-error\"", "Vui lòng chọn tệp chứa đơn vị hay cán bộ.");
        assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aFileWithoutARequiredColumnIsRejectedAsAWhole() throws Exception {
        String page = html(mvc.perform(upload("UNITS", "u.csv", csv("Code,Name\nA,B\n")).with(admin()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page).contains("Tệp thiếu cột bắt buộc: Loại đơn vị.");
    }

    @Test
    void onlyAdministratorsMayImport() throws Exception {
        var officer = user(details.principal(accounts.findByUsername("noivu").orElseThrow()));

        mvc.perform(get("/admin/import").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import/template/units.xlsx").with(officer)).andExpect(status().isForbidden());
        mvc.perform(upload("UNITS", "u.csv", csv("Code,Name,Kind\nX,Y,SPECIALISED_OFFICE\n")).with(officer))
                .andExpect(status().isForbidden());
    }

    @Test
    void theImportPageExplainsTheLayoutsAndTheTemplatesReadBack() throws Exception {
        String page = html(mvc.perform(get("/admin/import").with(admin())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("hx-post=\"/admin/import\"", "hx-disabled-elt", "Đang xử lý...", "Mã đơn vị cấp trên",
                "Người đứng đầu", "/admin/import/template/people.csv");

        for (ImportKind kind : ImportKind.values()) {
            for (String format : List.of("xlsx", "csv")) {
                MvcResult template = mvc.perform(get("/admin/import/template/" + kind.slug() + "." + format)
                        .with(admin())).andExpect(status().isOk()).andReturn();
                ImportTable table = reader.read("t." + format, template.getResponse().getContentAsByteArray());
                assertThat(table.header()).containsExactlyElementsOf(
                        kind.columns().stream().map(OrganisationColumn::header).toList());
                assertThat(table.lines()).hasSize(1);
            }
        }
        mvc.perform(get("/admin/import/template/accounts.xlsx").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void theEnglishPageSpeaksEnglish() throws Exception {
        String page = html(mvc.perform(upload("UNITS", "u.txt", csv("a")).with(admin()).locale(Locale.ENGLISH)
                .param("lang", "en")).andExpect(status().isOk()).andReturn());

        assertThat(page).contains("Only Excel (.xlsx) or CSV (.csv) files are accepted.");
    }

    private RequestPostProcessor admin() {
        return user(details.principal(accounts.findByUsername("admin").orElseThrow()));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String kind, String fileName, byte[] content) {
        return multipart("/admin/import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("kind", kind).with(csrf());
    }

    private long unitId(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    private Long parentOf(long id) {
        return jdbc.sql("select parent_id from unit where id = :id").param("id", id).query(Long.class).single();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Codes no other test uses: the shared database keeps what each test imports. */
    private static String uniquePrefix() {
        return "IT" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
