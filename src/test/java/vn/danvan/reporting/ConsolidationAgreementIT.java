package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/**
 * The consolidated report's text and its tables count the same reports: An Bình submitted and An Linh did
 * not; the text says one of two, the status table says An Bình "Đã gửi", and the figure "Đã gửi báo cáo"
 * reads 1/2 (it read 0/1: the copy of that figure stored while An Bình was still writing said "not yet").
 */
@DanVanIntegrationTest
class ConsolidationAgreementIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final ReportingFixture fixture;

    @Autowired
    ConsolidationAgreementIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
        this.fixture = new ReportingFixture(mvc, context, jdbc);
    }

    @Test
    void theTextAndTheTablesCountTheSameSubmittedReports() throws Exception {
        long period = fixture.open(2033, LocalDate.of(2033, 12, 15), 0, "ABINH", "ALINH");
        long anBinh = fixture.reportOf(period, "ABINH");
        fixture.writeSignAndSubmit(anBinh, "anbinh.canbo", "anbinh.truong");
        assertThat(fixture.state(anBinh)).isEqualTo("SUBMITTED");
        // the figure stored with the report was taken before it was submitted
        assertThat(fixture.figure(anBinh, ReportingIndicators.SUBMITTED)).isEqualByComparingTo(BigDecimal.ZERO);

        mvc.perform(post("/reporting/periods/" + period + "/consolidate").with(SignedIn.as(context, "noivu"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        byte[] bytes = mvc.perform(get("/reporting/periods/" + period + "/consolidation.docx")
                .with(SignedIn.as(context, "noivu"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String submittedLabel = jdbc.sql("select label from reporting_template_indicator where template_id = :t "
                + "and code = :c").param("t", fixture.templateId()).param("c", ReportingIndicators.SUBMITTED)
                .query(String.class).single();
        try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).contains("Số đơn vị phải báo cáo: 2; đã gửi báo cáo: 1 (tỷ lệ 50%)",
                    "Đơn vị chưa gửi báo cáo: Ủy ban nhân dân xã An Linh.");
            List<String> anBinhRow = row(docx, "Ủy ban nhân dân xã An Bình");
            assertThat(anBinhRow.get(2)).isEqualTo("Đã gửi");
            assertThat(anBinhRow.get(3)).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(row(docx, "Ủy ban nhân dân xã An Linh").get(3)).isEmpty();
            assertThat(row(docx, submittedLabel).get(2)).isEqualTo("1/2 đơn vị");
        }
        byte[] pdf = mvc.perform(get("/reporting/periods/" + period + "/consolidation.pdf")
                .with(SignedIn.as(context, "noivu"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString().replace(" ", "")).contains((submittedLabel + "1/2 đơn vị").replace(" ", ""));
    }

    /** The cells of the first table row whose second cell is {@code second}. */
    private static List<String> row(XWPFDocument docx, String second) {
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                if (row.getTableCells().size() > 2 && row.getCell(1).getText().equals(second)) {
                    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
                }
            }
        }
        throw new AssertionError("no row " + second);
    }
}
