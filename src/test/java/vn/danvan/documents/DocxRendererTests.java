package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The Word file has the page, fonts and parts of Decree 30/2020 in their places. */
class DocxRendererTests {

    private static XWPFDocument open(OfficialDocument d) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(d)));
    }

    @Test
    void aTablesColumnsAreAsWideAsTheirTextSoThatTheNumberColumnStaysNarrow() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFTable table = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT")).findFirst().orElseThrow();
            int number = table.getRow(1).getCell(0).getWidth();
            int unit = table.getRow(1).getCell(1).getWidth();
            org.assertj.core.api.Assertions.assertThat(number).isPositive().isLessThan(unit / 2);
        }
    }

    @Test
    void thePageIsA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850
            assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(section.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
        }
    }

    @Test
    void everyRunIsInTimesNewRoman() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            List<XWPFRun> runs = runs(docx);
            assertThat(runs).isNotEmpty();
            assertThat(runs).allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
            assertThat(docx.getStyles().getCtStyles().getDocDefaults().xmlText()).contains("w:ascii=\"Times New Roman\"");
        }
    }

    @Test
    void theHeaderHasTheIssuerLeftAndTheMottoRight() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFTable header = docx.getTables().get(0);
            XWPFTableCell issuer = header.getRow(0).getCell(0);
            XWPFTableCell motto = header.getRow(0).getCell(1);
            assertThat(issuer.getText()).contains("ỦY BAN NHÂN DÂN", "HUYỆN PHÚ GIÁO");
            assertThat(issuer.getParagraphs()).allSatisfy(p -> assertThat(p.getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER));
            assertThat(motto.getParagraphs()).allSatisfy(p -> assertThat(p.getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER));
            assertThat(run(issuer, "HUYỆN PHÚ GIÁO").isBold()).isTrue();
            assertThat(motto.getParagraphs().get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(motto.getParagraphs().get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            XWPFRun nation = run(motto, "CỘNG HÒA");
            assertThat(nation.isBold()).isTrue();
            assertThat(nation.getFontSizeAsDouble()).isBetween(12.0, 13.0);
            XWPFRun mottoRun = run(motto, "Độc lập");
            assertThat(mottoRun.isBold()).isTrue();
            assertThat(mottoRun.getFontSizeAsDouble()).isBetween(13.0, 14.0);
            assertThat(mottoRun.getUnderline().name()).isEqualTo("SINGLE");
            assertThat(header.getCTTbl().getTblPr().isSetTblBorders()).as("borderless").isFalse();
        }
    }

    @Test
    void theNumberIsLeftAndThePlaceAndDateRightInItalics() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFTableRow row = docx.getTables().get(0).getRow(1);
            assertThat(row.getCell(0).getText()).isEqualTo("Số: 15/BC-UBND");
            assertThat(row.getCell(1).getText()).isEqualTo("Phú Giáo, ngày 05 tháng 4 năm 2018");
            assertThat(run(row.getCell(1), "Phú Giáo").isItalic()).isTrue();
        }
    }

    @Test
    void theTypeAndSummaryAreBoldAndCentred() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFParagraph type = paragraph(docx, "BÁO CÁO");
            assertThat(type.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            assertThat(type.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFParagraph summary = paragraph(docx, "Kết quả thực hiện công tác dân vận chính quyền năm 2018");
            assertThat(summary.getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void theBodyIsJustifiedWithAFirstLineIndent() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFParagraph body = paragraph(docx, TestDocuments.BODY_TEXT);
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isPositive();
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(paragraph(docx, "\"Dân biết, dân bàn, dân làm, dân kiểm tra.\"").getRuns().get(0).isItalic())
                    .isTrue();
            assertThat(paragraph(docx, "1. Tổ chức 24 hội nghị đối thoại.")).isNotNull();
            assertThat(paragraph(docx, "- Hồ sơ đúng hạn đạt 98,7%;")).isNotNull();
        }
    }

    @Test
    void aTableHasABoldHeaderRow() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFTable table = docx.getTables().get(1);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Đơn vị");
            assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Xã An Bình");
        }
    }

    @Test
    void theSignatureIsRightAndTheRecipientsLeft() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report())) {
            XWPFTable closing = docx.getTables().get(docx.getTables().size() - 1);
            XWPFTableCell recipients = closing.getRow(0).getCell(0);
            XWPFTableCell signature = closing.getRow(0).getCell(1);
            assertThat(signature.getText()).contains("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đoàn Văn Đông");
            assertThat(run(signature, "TM. ỦY BAN NHÂN DÂN").isBold()).isTrue();
            assertThat(signature.getParagraphs()).allSatisfy(p -> assertThat(p.getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER));
            XWPFRun label = run(recipients, "Nơi nhận:");
            assertThat(label.isBold()).isTrue();
            assertThat(label.isItalic()).isTrue();
            List<String> lines = recipients.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines).containsExactly("Nơi nhận:", "- Thường trực Huyện ủy;", "- Các cơ quan, đơn vị;",
                    "- Lưu: VT, NV.");
            assertThat(run(recipients, "- Lưu").getFontSizeAsDouble()).isEqualTo(11.0);
        }
    }

    @Test
    void pagesAfterTheFirstAreNumberedAtTheTop() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.report(6))) {
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            var policy = docx.getHeaderFooterPolicy();
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
        }
    }

    @Test
    void aLetterHasNoTypeHeadingAndItsSummaryUnderTheNumber() throws IOException {
        try (XWPFDocument docx = open(TestDocuments.letter())) {
            XWPFTableCell number = docx.getTables().get(0).getRow(1).getCell(0);
            assertThat(number.getText()).contains("Số: 07/PNV", "V/v đôn đốc nộp báo cáo năm 2018");
            assertThat(docx.getTables().get(0).getRow(0).getCell(0).getText()).contains("UBND HUYỆN PHÚ GIÁO",
                    "PHÒNG NỘI VỤ");
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text).doesNotContain("CÔNG VĂN");
            assertThat(paragraph(docx, "Kính gửi: Các cơ quan, đơn vị, xã, thị trấn.").getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER);
            assertThat(text).contains("TRƯỞNG PHÒNG").doesNotContain("TM.");
        }
    }

    private static List<XWPFRun> runs(XWPFDocument docx) {
        List<XWPFRun> runs = new ArrayList<>();
        docx.getParagraphs().forEach(p -> p.getRuns().stream().filter(r -> !r.text().isEmpty()).forEach(runs::add));
        for (XWPFTable t : docx.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> p.getRuns().stream().filter(r -> !r.text().isEmpty())
                            .forEach(runs::add));
                }
            }
        }
        return runs;
    }

    private static XWPFRun run(XWPFTableCell cell, String startsWith) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> r.text().startsWith(startsWith)).findFirst().orElseThrow(() -> new AssertionError(
                        "no run " + startsWith + " in " + cell.getText()));
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }
}
