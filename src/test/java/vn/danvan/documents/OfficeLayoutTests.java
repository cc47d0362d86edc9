package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.danvan.QrCodesRead;

/**
 * What an office checks before it signs (Decree 30/2020): columns wide enough for "STT" and dates, the
 * signer's name under every signature, two signers side by side, a decision's centred lines, italic
 * bases and bold articles, the signature never alone on the last page, codes never broken, and a QR code
 * that reads back.
 */
class OfficeLayoutTests {

    private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    /** A report with the six columns of the consolidated report's status table and long unit names. */
    static OfficialDocument wideTable() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(List.of(String.valueOf(i), "Ủy ban nhân dân thị trấn Phước Vĩnh số " + i, "Đã tiếp nhận",
                    "15/03/2026", "Đúng hạn", "Hoàn thành tốt nhiệm vụ"));
        }
        Block.Table table = new Block.Table(List.of("STT", "Đơn vị", "Trạng thái", "Ngày gửi", "Đúng hạn/Trễ hạn",
                "Tự đánh giá"), rows);
        Block.Table eight = new Block.Table(List.of("STT", "Họ và tên", "Đơn vị", "Nội dung", "Kết quả", "Hạn",
                "Ngày xong", "Ghi chú"), List.of(List.of("1", "Nguyễn Văn An", "Phòng Tài nguyên và Môi trường",
                        "Kiểm tra việc niêm yết công khai thủ tục hành chính tại bộ phận một cửa", "Đạt",
                        "31/12/2026", "01/01/2027", "Không có")));
        return document(List.of(Block.paragraph(TestDocuments.BODY_TEXT), table, eight),
                new Signature(SigningAuthority.ON_BEHALF_OF, "Ủy ban nhân dân", "Chủ tịch", "Đoàn Văn Đông"), null);
    }

    static OfficialDocument document(List<Block> body, Signature signature, Signature second) {
        return new OfficialDocument(IssuingBody.of(null, "ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"), DocumentType.BAO_CAO,
                DocumentNumber.of(3, DocumentType.BAO_CAO, "UBND", null), PlaceAndDate.on("An Bình",
                        LocalDate.of(2026, 3, 16)), "Tình hình báo cáo", body, signature,
                new Recipients(List.of("Như trên"), "VT"), second);
    }

    // ------------------------------------------------------------------ column widths

    @Test
    void noWordCellIsNarrowerThanItsWidestWordInTheWordFile() throws IOException {
        try (XWPFDocument docx = open(wideTable())) {
            int padding = Math.round(2 * Layout.CELL_PADDING * Layout.POINT);
            int checked = 0;
            for (XWPFTable table : docx.getTables()) {
                if (!table.getRow(0).getCell(0).getText().equals("STT")) {
                    continue;
                }
                assertThat(table.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
                for (int r = 0; r < table.getRows().size(); r++) {
                    for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
                        String text = cell.getText();
                        if (text.equals("STT") || DATE.matcher(text).matches()) {
                            double needed = ColumnWidths.longestWord(text, r == 0) * Layout.POINT + padding;
                            assertThat((double) cell.getWidth()).as("width of the cell %s", text)
                                    .isGreaterThanOrEqualTo(needed);
                            checked++;
                        }
                    }
                }
                int sum = table.getRow(0).getTableCells().stream().mapToInt(XWPFTableCell::getWidth).sum();
                assertThat(sum).isEqualTo(DocxRenderer.TEXT_WIDTH);
            }
            assertThat(checked).isEqualTo(2 + 12 + 2);
        }
    }

    @Test
    void theNumberAndDateColumnsTakeWhatTheyNeedAndTheTextColumnsTheRest() {
        Block.Table table = (Block.Table) wideTable().body().get(1);
        float[] widths = ColumnWidths.of(table, 467.7f);
        assertThat(widths[0]).isGreaterThanOrEqualTo(ColumnWidths.width("STT", true) + 2 * Layout.CELL_PADDING)
                .isLessThan(widths[1] / 3);
        assertThat(widths[3]).isGreaterThanOrEqualTo(ColumnWidths.width("15/03/2026", false) + 2 * Layout.CELL_PADDING);
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        assertThat(total).isCloseTo(467.7f, org.assertj.core.data.Offset.offset(0.1f));
    }

    @Test
    void whenEvenTheWordsDoNotFitOnlyTheWidestColumnsGiveWay() {
        String url = "https://dichvucong.example.vn/portal/dossiers/lookup?code=HS-7K2M9QXT&amp;key=" + "x".repeat(120);
        Block.Table table = new Block.Table(List.of("STT", "Địa chỉ", "Ngày"), List.of(List.of("1", url, "01/02/2026")));
        float[] widths = ColumnWidths.of(table, 467.7f);
        assertThat(widths[0]).isGreaterThanOrEqualTo(ColumnWidths.width("STT", true) + 2 * Layout.CELL_PADDING);
        assertThat(widths[2]).isGreaterThanOrEqualTo(ColumnWidths.width("01/02/2026", false) + 2 * Layout.CELL_PADDING);
    }

    @Test
    void stTAndDatesReadWholeOnTheirLineInThePdf() throws IOException {
        PdfReader reader = new PdfReader(PdfRenderer.render(wideTable()));
        String text = pdfText(reader);
        List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).toList();
        assertThat(lines).anyMatch(l -> l.startsWith("STT") || l.contains(" STT ") || l.equals("STT"));
        assertThat(text).doesNotContain("S\nT\nT");
        long dates = lines.stream().filter(l -> l.contains("15/03/2026")).count();
        assertThat(dates).isEqualTo(12);
        assertThat(text).contains("31/12/2026", "01/01/2027");
    }

    // ------------------------------------------------------------------ signatures

    @Test
    void theSignersNameIsUnderEverySignatureAndADottedLineWhenUnknown() throws IOException {
        Signature chair = new Signature(SigningAuthority.NONE, null, "Chủ trì hội nghị", "Trần Văn Bình")
                .withNote("(Ký, ghi rõ họ tên)");
        Signature secretary = new Signature(SigningAuthority.NONE, null, "Thư ký", null).withNote("(Ký, ghi rõ họ tên)");
        OfficialDocument d = document(List.of(Block.paragraph(TestDocuments.BODY_TEXT)), chair, secretary);
        try (XWPFDocument docx = open(d)) {
            XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
            XWPFTableCell left = closing.getRow(0).getCell(0);
            XWPFTableCell right = closing.getRow(0).getCell(1);
            assertThat(left.getText()).contains("THƯ KÝ", "(Ký, ghi rõ họ tên)", Signature.NAME_TO_WRITE);
            assertThat(right.getText()).contains("CHỦ TRÌ HỘI NGHỊ", "(Ký, ghi rõ họ tên)", "Trần Văn Bình");
            assertThat(lastParagraph(right).getRuns().get(0).isBold()).isTrue();
            assertThat(run(right, "(Ký").isItalic()).isTrue();
            assertThat(closing.getRow(1).getCell(0).getText()).startsWith("Nơi nhận:");
            assertThat(left.getWidth()).isCloseTo(right.getWidth(), org.assertj.core.data.Offset.offset(1));
        }
        String pdf = pdfText(new PdfReader(PdfRenderer.render(d)));
        assertThat(pdf).contains("THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ", "Trần Văn Bình", Signature.NAME_TO_WRITE, "Nơi nhận:");
    }

    // ------------------------------------------------------------------ decisions

    @Test
    void aDecisionCentresItsAuthorityAndDecidesLineWithBasesInItalicsAndBoldArticles() throws IOException {
        OfficialDocument d = decision(1);
        try (XWPFDocument docx = open(d)) {
            XWPFParagraph authority = paragraph(docx, "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH");
            assertThat(authority.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(authority.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph decides = paragraph(docx, "QUYẾT ĐỊNH:");
            assertThat(decides.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(decides.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph law = paragraph(docx, "Căn cứ Luật Tổ chức chính quyền địa phương;");
            XWPFParagraph reward = paragraph(docx, "Căn cứ Luật Thi đua, khen thưởng;");
            XWPFParagraph proposal = paragraph(docx, "Xét đề nghị của Văn phòng HĐND và UBND xã.");
            for (XWPFParagraph basis : List.of(law, reward, proposal)) {
                assertThat(basis.getRuns()).allSatisfy(r -> assertThat(r.isItalic()).isTrue());
            }
            XWPFParagraph article = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 1."))
                    .findFirst().orElseThrow();
            assertThat(article.getRuns().get(0).text()).isEqualTo("Điều 1. ");
            assertThat(article.getRuns().get(0).isBold()).isTrue();
            assertThat(article.getRuns().get(1).isBold()).isFalse();
            assertThat(article.getText()).isEqualTo("Điều 1. Tặng Giấy khen cho các tập thể có tên sau.");
        }
        String pdf = pdfText(new PdfReader(PdfRenderer.render(d)));
        assertThat(pdf).contains("QUYẾT ĐỊNH:", "Căn cứ Luật Thi đua, khen thưởng;", "Điều 1. Tặng Giấy khen");
    }

    @Test
    void theLastParagraphIsKeptWithTheSignatureInWord() throws IOException {
        try (XWPFDocument docx = open(decision(3))) {
            XWPFParagraph last = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 3."))
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(last.getCTP().getPPr().isSetKeepNext()).isTrue();
            XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
            for (XWPFTableRow row : closing.getRows()) {
                assertThat(row.isCantSplitRow()).isTrue();
            }
            XWPFParagraph body = paragraph(docx, TestDocuments.BODY_TEXT);
            assertThat(body.getCTP().getPPr().isSetKeepNext()).isFalse();
        }
    }

    @Test
    void theSignatureIsNeverAloneOnTheLastPageOfThePdf() throws IOException {
        int signatureAlone = 0;
        for (int paragraphs = 14; paragraphs <= 34; paragraphs++) {
            PdfReader reader = new PdfReader(PdfRenderer.render(decision(paragraphs)));
            String lastPage = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
            assertThat(lastPage).as("last page with %d paragraphs", paragraphs).contains("Điều 3.", "CHỦ TỊCH",
                    "Trần Văn Bình");
            String previous = reader.getNumberOfPages() > 1
                    ? new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages() - 1) : "";
            if (!previous.contains("Điều 3.") && lastPage.indexOf("Điều 3.") < lastPage.indexOf("Trần Văn Bình")) {
                signatureAlone += lastPage.contains(TestDocuments.BODY_TEXT.substring(0, 20)) ? 0 : 1;
            }
        }
        // some of those lengths put only the closing article and the signature on the last page
        assertThat(signatureAlone).isPositive();
    }

    /** A Quyết định with {@code paragraphs} body paragraphs before its articles. */
    static OfficialDocument decision(int paragraphs) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH"));
        body.add(new Block.Bases(List.of("Căn cứ Luật Tổ chức chính quyền địa phương", "Căn cứ Luật Thi đua, khen thưởng;",
                "Xét đề nghị của Văn phòng HĐND và UBND xã")));
        body.add(new Block.Centred("QUYẾT ĐỊNH:"));
        body.add(Block.Article.of("Điều 1. Tặng Giấy khen cho các tập thể có tên sau."));
        for (int i = 0; i < paragraphs; i++) {
            body.add(Block.paragraph(TestDocuments.BODY_TEXT));
        }
        body.add(Block.Article.of("Điều 2. Kinh phí khen thưởng thực hiện theo quy định hiện hành."));
        body.add(Block.Article.of("Điều 3. Văn phòng HĐND và UBND xã và các cá nhân có tên tại Điều 1 chịu trách "
                + "nhiệm thi hành Quyết định này kể từ ngày ký."));
        return new OfficialDocument(IssuingBody.of(null, "ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"), DocumentType.QUYET_DINH,
                DocumentNumber.of(12, DocumentType.QUYET_DINH, "UBND", null),
                PlaceAndDate.on("An Bình", LocalDate.of(2026, 12, 20)), "Về việc khen thưởng", body,
                new Signature(SigningAuthority.NONE, null, "Chủ tịch", "Trần Văn Bình"),
                new Recipients(List.of("Như Điều 3"), "VT"));
    }

    // ------------------------------------------------------------------ codes and QR codes

    @Test
    void aCodeNeverBreaksAcrossLines() throws IOException {
        String code = "HS-7K2M9QXT";
        List<Block> body = new ArrayList<>();
        for (int words = 1; words <= 40; words++) {
            body.add(Block.paragraph("từ ".repeat(words) + "mã hồ sơ " + Block.unbroken(code) + " tra cứu"));
        }
        OfficialDocument d = document(body, new Signature(SigningAuthority.NONE, null, "Người tiếp nhận", "Lê Thị Hoa"),
                null);
        String pdf = pdfText(new PdfReader(PdfRenderer.render(d)));
        assertThat(pdf.split(Pattern.quote(code), -1)).hasSize(41);
        try (XWPFDocument docx = open(d)) {
            assertThat(docx.getDocument().xmlText()).contains("noBreakHyphen");
            assertThat(new XWPFWordExtractor(docx).getText()).doesNotContain("HS-7K2M9QXT ").contains("7K2M9QXT");
        }
    }

    @Test
    void theQrCodeReadsBackFromTheWordFileAndThePdf() throws Exception {
        String address = "https://dichvucong.example.vn/portal/dossiers/lookup?code=HS-7K2M9QXT";
        OfficialDocument d = document(List.of(Block.paragraph(TestDocuments.BODY_TEXT),
                new Block.QrCode(address, 25, "Tra cứu: " + address)),
                new Signature(SigningAuthority.NONE, null, "Người tiếp nhận", "Lê Thị Hoa"), null);
        try (XWPFDocument docx = open(d)) {
            assertThat(docx.getAllPictures()).hasSize(1);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(docx.getAllPictures().get(0).getData()));
            assertThat(QrCodesRead.decode(image)).isEqualTo(address);
        }
        PdfReader reader = new PdfReader(PdfRenderer.render(d));
        assertThat(QrCodesRead.decode(QrCodesRead.firstPdfImage(reader))).isEqualTo(address);
        assertThat(pdfText(reader)).contains("Tra cứu:");
    }

    // ------------------------------------------------------------------ helpers

    static XWPFDocument open(OfficialDocument d) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(d)));
    }

    static String pdfText(PdfReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static XWPFParagraph lastParagraph(XWPFTableCell cell) {
        List<XWPFParagraph> ps = cell.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
        return ps.get(ps.size() - 1);
    }

    private static XWPFRun run(XWPFTableCell cell, String startsWith) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().startsWith(startsWith)).findFirst().orElseThrow();
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

}
