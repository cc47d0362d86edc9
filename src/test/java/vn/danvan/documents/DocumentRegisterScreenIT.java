package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.shared.web.TableExport;

/**
 * The register screen shows each person the issuers of their scope; the sample document is an
 * administrator's, and printing it takes no number.
 */
@DanVanIntegrationTest
class DocumentRegisterScreenIT {

    private final OrganisationService organisation;

    @Autowired
    DocumentRegisterScreenIT(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentRegister register;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return organisation.unitByCode(code).orElseThrow().id();
    }

    @Test
    void anOfficerSeesOnlyTheirOwnUnitsNumbers() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        LocalDate day = LocalDate.of(2018, 4, 5);
        IssuedNumber anBinh = register.issue(IssueRequest.of(unit("ABINH"), DocumentType.KE_HOACH, day,
                "Kế hoạch dân vận xã An Bình " + suffix));
        register.issue(IssueRequest.of(unit("UBND-PG"), DocumentType.BAO_CAO, day, "Báo cáo của huyện " + suffix));

        mvc.perform(get("/documents/register").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sổ đăng ký văn bản đi")))
                .andExpect(content().string(containsString("Kế hoạch dân vận xã An Bình " + suffix)))
                .andExpect(content().string(containsString(anBinh.text())))
                .andExpect(content().string(containsString("05/04/2018")))
                .andExpect(content().string(not(containsString("Báo cáo của huyện " + suffix))));

        mvc.perform(get("/documents/register").param("issuerUnitId", String.valueOf(unit("UBND-PG")))
                        .with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/documents/register").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch dân vận xã An Bình " + suffix)))
                .andExpect(content().string(containsString("Báo cáo của huyện " + suffix)));

        mvc.perform(get("/documents/register").param("issuerUnitId", String.valueOf(unit("UBND-PG")))
                        .param("type", "BAO_CAO").param("year", "2018").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo của huyện " + suffix)))
                .andExpect(content().string(not(containsString("Kế hoạch dân vận xã An Bình " + suffix))));
    }

    @Test
    void theRegisterExportsAsSpreadsheetAndCsv() throws Exception {
        String summary = "Thông báo xuất dữ liệu " + Long.toString(System.nanoTime(), 36);
        register.issue(IssueRequest.of(unit("NV"), DocumentType.THONG_BAO, LocalDate.of(2018, 2, 3), summary));

        byte[] xlsx = mvc.perform(get("/documents/register/export").param("format", "xlsx")
                        .param("issuerUnitId", String.valueOf(unit("NV"))).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TableExport.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Số, ký hiệu");
            // other modules' demo documents of the same issuer may come first: find ours
            var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> summary.equals(r.getCell(5).getStringCellValue())).findFirst().orElseThrow();
            assertThat(row.getCell(2).getNumericCellValue()).isPositive();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 2, 3));
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }

        String csv = mvc.perform(get("/documents/register/export").param("format", "csv")
                        .param("issuerUnitId", String.valueOf(unit("NV"))).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(summary, "03/02/2018");
    }

    @Test
    void theSampleIsAPdfAndAWordFileForAdministratorsOnly() throws Exception {
        int entries = jdbc.sql("select count(*) from document_register").query(Integer.class).single();

        byte[] pdf = mvc.perform(get("/documents/sample.pdf").with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents-samples"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents-samples", "bao-cao-mau.pdf"), pdf);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "HUYỆN PHÚ GIÁO", "/BC-UBND",
                "BÁO CÁO", "dân vận chính quyền");

        byte[] docx = mvc.perform(get("/documents/sample.docx").with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DocumentFormat.DOCX.mediaType()))
                .andReturn().getResponse().getContentAsByteArray();
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:");
        }

        assertThat(jdbc.sql("select count(*) from document_register").query(Integer.class).single())
                .as("the sample takes no number").isEqualTo(entries);
        mvc.perform(get("/documents/sample.pdf").with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
        mvc.perform(get("/documents/sample.docx").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
    }
}
