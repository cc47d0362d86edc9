package vn.danvan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.QrCodesRead;
import vn.danvan.SignedIn;

/**
 * The receipt slip carries every field of the form in force and reads back from Word and PDF, its QR code
 * holds the configured public lookup address (not the host the officer printed from), wrong input on the
 * receipt form comes back in Vietnamese with nothing saved, and the register line is given once per book.
 */
@DanVanIntegrationTest
class ReceiptSlipIT {

    private static final String OFFICER = "anbinh.canbo";
    private static final String APPLICANT = "Đỗ Thị Thanh Tâm";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    @Autowired
    ReceiptSlipIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    private long procedure() {
        return jdbc.sql("select min(p.id) from dossier_procedure p join unit u on u.id = p.unit_id "
                + "where u.code = 'ABINH' and p.active").query(Long.class).single();
    }

    private MockHttpServletRequestBuilder receipt(String... params) {
        MockHttpServletRequestBuilder request = post("/dossiers").with(SignedIn.as(context, OFFICER)).with(csrf())
                .param("procedureId", Long.toString(procedure())).param("applicantName", APPLICANT)
                .param("applicantPhone", "0912 345 678").param("applicantAddress", "Tổ 3, ấp Bình Thắng, xã An Bình");
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    private long received(String... params) throws Exception {
        String location = mvc.perform(receipt(params)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long count() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    @Test
    void theSlipCarriesEveryFieldOfTheFormAndTheQrCodeOfThePublicLookup() throws Exception {
        String book = "07/2031";
        long id = received("applicantEmail", "tam.do@example.vn", "documentsReceived",
                "Tờ khai đăng ký khai sinh; bản chính; 1\nGiấy chứng sinh; bản sao chứng thực; 2\n\nSổ hộ khẩu",
                "setsCount", "2", "returnTime", "14:30", "returnPlace", "Qua dịch vụ bưu chính công ích",
                "registerBook", book);
        long second = received("registerBook", book);
        var row = jdbc.sql("select code, register_line, received_by_name, due_date from dossier where id = :id")
                .param("id", id).query().singleRow();
        String code = (String) row.get("code");
        assertThat(((Number) row.get("register_line")).intValue()).isEqualTo(1);
        assertThat(jdbc.sql("select register_line from dossier where id = :id").param("id", second).query(Integer.class)
                .single()).isEqualTo(2);
        String officer = (String) row.get("received_by_name");
        mvc.perform(get("/dossiers/" + id).with(SignedIn.as(context, OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("tam.do@example.vn")))
                .andExpect(content().string(containsString("Quyển số 07/2031, số thứ tự 1")));

        // printed from inside the office network: the QR code still holds the public address
        byte[] docx = mvc.perform(get("/dossiers/" + id + "/slip").param("format", "docx")
                .with(SignedIn.as(context, OFFICER)).header("Host", "may-noi-bo.ubnd.local")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String lookup = "https://dichvucong.danvan.example/portal/dossiers/lookup?code=" + code;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", APPLICANT, "0912 345 678",
                    "tam.do@example.vn", "1. Thành phần hồ sơ nộp gồm:", "2. Số lượng hồ sơ: 2 (bộ)",
                    "3. Thời gian giải quyết hồ sơ theo quy định là:", "4. Thời gian nhận hồ sơ: ",
                    "5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 30 phút, ngày ",
                    "6. Đăng ký nhận kết quả tại: Qua dịch vụ bưu chính công ích",
                    "Vào Sổ theo dõi hồ sơ, Quyển số: 07/2031, Số thứ tự: 1",
                    "https://dichvucong.danvan.example/portal/dossiers/lookup và nhập mã hồ sơ")
                    .containsPattern("4\\. Thời gian nhận hồ sơ: \\d{2} giờ \\d{2} phút, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
            XWPFTable documents = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Tên giấy tờ")).findFirst().orElseThrow();
            assertThat(cells(documents, 1)).containsExactly("1", "Tờ khai đăng ký khai sinh", "bản chính", "1");
            assertThat(cells(documents, 2)).containsExactly("2", "Giấy chứng sinh", "bản sao chứng thực", "2");
            assertThat(cells(documents, 3)).containsExactly("3", "Sổ hộ khẩu", "bản chính", "1");
            // the code is held on one line by non-breaking hyphens
            var codeParagraph = document.getParagraphs().stream().filter(p -> p.getText().startsWith("Mã hồ sơ"))
                    .findFirst().orElseThrow();
            assertThat(codeParagraph.getCTP().xmlText()).contains("noBreakHyphen");
            // the applicant signs on the left, the receiving officer on the right, each with the name
            XWPFTable closing = document.getTables().get(document.getTables().size() - 1);
            assertThat(closing.getRow(0).getCell(0).getText()).contains("NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)",
                    APPLICANT);
            assertThat(closing.getRow(0).getCell(1).getText()).contains("NGƯỜI TIẾP NHẬN HỒ SƠ", officer);
            assertThat(QrCodesRead.fromDocx(document)).isEqualTo(lookup);
        }
        byte[] pdf = mvc.perform(get("/dossiers/" + id + "/slip").param("format", "pdf")
                .with(SignedIn.as(context, OFFICER)).header("Host", "may-noi-bo.ubnd.local")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        // kept for a person to look at beside RenderedSamplesTests' samples
        java.nio.file.Path samples = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents-samples"));
        java.nio.file.Files.write(samples.resolve("giay-tiep-nhan.pdf"), pdf);
        java.nio.file.Files.write(samples.resolve("giay-tiep-nhan.docx"), docx);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Mã hồ sơ: " + code, "NGƯỜI NỘP HỒ SƠ", APPLICANT, officer)
                .doesNotContain("may-noi-bo");
        assertThat(QrCodesRead.fromPdf(reader)).isEqualTo(lookup);
    }

    @Test
    void wrongInputOnTheReceiptFormComesBackInVietnameseWithNothingSaved() throws Exception {
        long before = count();
        String page = mvc.perform(receipt("applicantEmail", "không phải thư", "documentsReceived",
                        "Tờ khai; bản gốc; 1\nGiấy chứng sinh; bản sao; 200", "setsCount", "0", "returnTime", "25:00",
                        "registerBook", "quyển một!"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).text()).contains("Thư điện tử không đúng dạng",
                "Mỗi giấy tờ một dòng: tên; bản chính, bản sao", "Số lượng hồ sơ từ 1 đến 99 bộ.",
                "Giờ hẹn trả theo dạng giờ:phút", "Quyển số chỉ gồm chữ, số");
        var html = org.jsoup.Jsoup.parse(page);
        assertThat(html.getElementById("applicantEmail").val()).isEqualTo("không phải thư");
        assertThat(html.getElementById("registerBook").val()).isEqualTo("quyển một!");
        assertThat(html.getElementById("documentsReceived").text()).contains("Tờ khai; bản gốc; 1");
        mvc.perform(receipt("setsCount", "nhiều")).andExpect(status().isOk());
        assertThat(count()).isEqualTo(before);
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
