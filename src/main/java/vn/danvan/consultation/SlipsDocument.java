package vn.danvan.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;

/**
 * The household slips (phiếu mã hộ gia đình) of one area as PDF: eight slips per A4 page, to be cut
 * apart, each with the consultation's title, the area, the code, how to take part on the portal and
 * the open and close dates. Written with OpenPDF and the Liberation Serif font the documents module
 * ships (embedded, so Vietnamese prints anywhere). Always in Vietnamese: slips go to households.
 */
@Component
class SlipsDocument {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float MARGIN = 36f;
    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");

    private final MessageSource messages;

    SlipsDocument(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(Consultation c, String areaName, List<String> codes, String portalUrl) {
        var out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(text("consultation.slip.title") + " - " + c.title());
        pdf.addCreator("DanVan");
        pdf.open();
        float height = (PageSize.A4.getHeight() - 2 * MARGIN) / ROWS - 1;
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        for (String code : codes) {
            table.addCell(slip(c, areaName, code, portalUrl, height));
        }
        int rest = codes.size() % COLUMNS;
        for (int i = 0; rest != 0 && i < COLUMNS - rest; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(0);
            table.addCell(empty);
        }
        if (!codes.isEmpty()) {
            pdf.add(table);
        } else {
            pdf.add(new Paragraph(text("consultation.slip.none"), new Font(REGULAR, 12)));
        }
        pdf.close();
        return out.toByteArray();
    }

    private PdfPCell slip(Consultation c, String areaName, String code, String portalUrl, float height) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(height);
        cell.setPadding(8);
        cell.setBorderWidth(0.5f);
        cell.addElement(line(c.unitName().toUpperCase(VI), new Font(BOLD, 9), Element.ALIGN_CENTER));
        cell.addElement(line(text("consultation.slip.title"), new Font(BOLD, 12), Element.ALIGN_CENTER));
        cell.addElement(line(c.title(), new Font(BOLD, 10), Element.ALIGN_LEFT));
        cell.addElement(line(text("consultation.slip.area", areaName), new Font(REGULAR, 10), Element.ALIGN_LEFT));
        cell.addElement(line(text("consultation.slip.code"), new Font(REGULAR, 10), Element.ALIGN_LEFT));
        cell.addElement(line(HouseholdCodes.display(code), new Font(BOLD, 18), Element.ALIGN_CENTER));
        cell.addElement(line(text("consultation.slip.dates", c.opensOn().format(DanVanTime.DATE),
                c.closesOn().format(DanVanTime.DATE)), new Font(REGULAR, 9), Element.ALIGN_LEFT));
        cell.addElement(line(text("consultation.slip.how", portalUrl), new Font(REGULAR, 8), Element.ALIGN_LEFT));
        cell.addElement(line(text("consultation.slip.once"), new Font(BOLD, 8), Element.ALIGN_LEFT));
        return cell;
    }

    private static Paragraph line(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC), font);
        p.setAlignment(alignment);
        p.setLeading(font.getSize() * 1.2f);
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    private static BaseFont load(String file) {
        try (InputStream in = SlipsDocument.class.getClassLoader().getResourceAsStream("documents/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
