package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/** The PDF is A4, carries its own fonts and reads back with every Vietnamese letter. */
class PdfRendererTests {

    @Test
    void thePageIsA4() throws IOException {
        PdfReader reader = new PdfReader(PdfRenderer.render(TestDocuments.report()));
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(PageSize.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(reader.getPageSize(1).getHeight()).isCloseTo(PageSize.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void theTextReadsBackWithItsDiacritics() throws IOException {
        PdfReader reader = new PdfReader(PdfRenderer.render(TestDocuments.report()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN", "Số: 15/BC-UBND", "Phú Giáo, ngày 05 tháng 4 năm 2018", "BÁO CÁO",
                "phản ánh, kiến nghị chính đáng", "Nơi nhận:", "- Lưu: VT, NV.", "TM. ỦY BAN NHÂN DÂN",
                "Đoàn Văn Đông");
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() throws IOException {
        PdfReader reader = new PdfReader(PdfRenderer.render(TestDocuments.report()));
        List<String> embedded = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject object = PdfReader.getPdfObject(reader.getPdfObject(i));
            if (object instanceof PdfDictionary dict && PdfName.FONT.equals(dict.get(PdfName.TYPE))
                    && !PdfName.TYPE0.equals(dict.get(PdfName.SUBTYPE))) {
                String name = String.valueOf(dict.get(PdfName.BASEFONT));
                PdfDictionary descriptor = dict.getAsDict(PdfName.FONTDESCRIPTOR);
                if (descriptor != null && descriptor.contains(PdfName.FONTFILE2) && name.contains("LiberationSerif")) {
                    embedded.add(name);
                } else {
                    others.add(name);
                }
            }
        }
        assertThat(others).as("fonts not embedded or not Liberation Serif").isEmpty();
        assertThat(embedded).anyMatch(n -> n.endsWith("LiberationSerif")).anyMatch(n -> n.endsWith("-Bold"))
                .anyMatch(n -> n.endsWith("-Italic")).anyMatch(n -> n.endsWith("-BoldItalic"));
    }

    @Test
    void pagesAfterTheFirstCarryTheirNumber() throws IOException {
        PdfReader reader = new PdfReader(PdfRenderer.render(TestDocuments.report(6)));
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        // the number is drawn when the page ends, so it is the last text of the page's content
        assertThat(lastLine(new PdfTextExtractor(reader).getTextFromPage(2))).isEqualTo("2");
        assertThat(lastLine(new PdfTextExtractor(reader).getTextFromPage(1))).isNotEqualTo("1");
    }

    @Test
    void aLetterPrintsItsSummaryUnderTheNumberAndNoTypeName() throws IOException {
        PdfReader reader = new PdfReader(PdfRenderer.render(TestDocuments.letter()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Số: 07/PNV", "V/v đôn đốc nộp báo cáo năm 2018", "PHÒNG NỘI VỤ")
                .doesNotContain("CÔNG VĂN");
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
