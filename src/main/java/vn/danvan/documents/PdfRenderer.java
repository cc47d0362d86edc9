package vn.danvan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * Writes an {@link OfficialDocument} as PDF in the same layout as {@link DocxRenderer}, with Liberation
 * Serif (metric-compatible with Times New Roman, SIL Open Font License) embedded as Identity-H
 * subsets, so that Vietnamese prints on a machine without any font installed.
 */
final class PdfRenderer {

    private static final float MULTIPLIED_LEADING = 1.3f;

    private PdfRenderer() {
    }

    static byte[] render(OfficialDocument d) {
        var out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, Layout.points(Layout.MARGIN_LEFT_MM),
                Layout.points(Layout.MARGIN_RIGHT_MM), Layout.points(Layout.MARGIN_TOP_MM),
                Layout.points(Layout.MARGIN_BOTTOM_MM));
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setPageEvent(new PageNumbers());
        pdf.addTitle(Layout.nfc(d.type().title() + (d.summary() == null ? "" : " " + d.summary())));
        pdf.addCreator("DanVan");
        pdf.open();
        d.body().stream().filter(Block.DraftMark.class::isInstance).map(Block.DraftMark.class::cast).findFirst()
                .ifPresent(mark -> pdf.add(draftMark(mark)));
        pdf.add(header(d));
        title(pdf, d);
        List<Element> tail = new ArrayList<>();
        List<Block> body = d.body();
        for (int i = 0; i < body.size(); i++) {
            List<Element> elements = block(body.get(i));
            if (i == body.size() - 1 && keepsWithSignature(body.get(i))) {
                // the signature never alone on the last page: the last paragraph goes with it
                int from = body.get(i) instanceof Block.Items ? Math.max(0, elements.size() - 1) : 0;
                tail.addAll(elements.subList(from, elements.size()));
                elements = elements.subList(0, from);
            }
            for (Element e : elements) {
                pdf.add(e);
            }
        }
        pdf.add(closing(d, tail));
        pdf.close();
        return out.toByteArray();
    }

    /** The blocks whose last paragraph is moved to the signature's page: text, not a table or a picture. */
    static boolean keepsWithSignature(Block block) {
        return !(block instanceof Block.Table) && !(block instanceof Block.DraftMark);
    }

    /** "DỰ THẢO" boxed at the top right of the first page, above the header. */
    private static PdfPTable draftMark(Block.DraftMark mark) {
        PdfPTable box = new PdfPTable(1);
        box.setTotalWidth(Layout.points(40));
        box.setLockedWidth(true);
        box.setHorizontalAlignment(Element.ALIGN_RIGHT);
        box.setSpacingAfter(6);
        PdfPCell cell = new PdfPCell(chunks(mark.text(), Fonts.bold(Layout.HEADER_SIZE)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(3);
        cell.setBorderWidth(0.8f);
        box.addCell(cell);
        return box;
    }

    private static PdfPTable header(OfficialDocument d) {
        PdfPTable table = borderless(Layout.LEFT_COLUMN_SHARE);
        PdfPCell issuer = cell();
        if (d.issuer().superior() != null) {
            issuer.addElement(centred(d.issuer().superior(), Fonts.regular(Layout.HEADER_SIZE)));
        }
        for (String line : d.issuer().name()) {
            issuer.addElement(centred(line, Fonts.bold(Layout.HEADER_SIZE)));
        }
        issuer.addElement(spacer(4));
        issuer.addElement(shortLine(Layout.ISSUER_LINE_SHARE));
        PdfPCell motto = cell();
        motto.addElement(centred(OfficialDocument.NATION, Fonts.bold(Layout.NATION_SIZE)));
        Chunk underlined = new Chunk(OfficialDocument.MOTTO, Fonts.bold(Layout.MOTTO_SIZE));
        underlined.setUnderline(0.6f, -2.5f);
        Paragraph mottoLine = new Paragraph(underlined);
        mottoLine.setAlignment(Element.ALIGN_CENTER);
        motto.addElement(mottoLine);
        table.addCell(issuer);
        table.addCell(motto);

        PdfPCell number = cell();
        number.setPaddingTop(6);
        number.addElement(centred(d.number().line(), Fonts.regular(Layout.NUMBER_SIZE)));
        if (d.type().isLetter() && d.printedSummary() != null) {
            number.addElement(centred(d.printedSummary(), Fonts.regular(Layout.LETTER_SUMMARY_SIZE)));
        }
        PdfPCell date = cell();
        date.setPaddingTop(6);
        date.addElement(centred(d.placeAndDate().text(), Fonts.italic(Layout.BODY_SIZE)));
        table.addCell(number);
        table.addCell(date);
        return table;
    }

    private static void title(Document pdf, OfficialDocument d) {
        if (d.type().isLetter()) {
            pdf.add(spacer(12));
            return;
        }
        Paragraph type = centred(d.type().title().toUpperCase(Layout.VIETNAMESE), Fonts.bold(Layout.TYPE_SIZE));
        type.setSpacingBefore(18);
        pdf.add(type);
        if (d.printedSummary() != null) {
            pdf.add(centred(d.printedSummary(), Fonts.bold(Layout.BODY_SIZE)));
        }
        pdf.add(spacer(4));
        pdf.add(shortLine(Layout.SUMMARY_LINE_SHARE));
        pdf.add(spacer(6));
    }

    private static List<Element> block(Block block) {
        List<Element> out = new ArrayList<>();
        if (block instanceof Block.Heading h) {
            out.add(body(h.text(), h.level() == 3 ? Fonts.boldItalic(Layout.BODY_SIZE) : Fonts.bold(Layout.BODY_SIZE)));
        } else if (block instanceof Block.Paragraph p) {
            out.add(body(p.text(), Fonts.regular(Layout.BODY_SIZE)));
        } else if (block instanceof Block.Quote q) {
            out.add(body(q.text(), Fonts.italic(Layout.BODY_SIZE)));
        } else if (block instanceof Block.Items items) {
            int n = 1;
            for (String item : items.items()) {
                String marker = items.numbered() ? (n++) + ". " : "- ";
                out.add(body(marker + item, Fonts.regular(Layout.BODY_SIZE)));
            }
        } else if (block instanceof Block.Table t) {
            out.add(table(t));
        } else if (block instanceof Block.Addressees a) {
            addressees(out, a);
        } else if (block instanceof Block.Centred c) {
            Paragraph p = centred(c.text(), Fonts.bold(Layout.BODY_SIZE));
            p.setSpacingBefore(Layout.PARAGRAPH_SPACING);
            p.setSpacingAfter(Layout.PARAGRAPH_SPACING);
            out.add(p);
        } else if (block instanceof Block.Bases b) {
            for (String line : b.lines()) {
                out.add(body(line, Fonts.italic(Layout.BODY_SIZE)));
            }
        } else if (block instanceof Block.Article a) {
            Paragraph p = body("", Fonts.regular(Layout.BODY_SIZE));
            if (!a.label().isEmpty()) {
                p.add(chunks(a.label() + " ", Fonts.bold(Layout.BODY_SIZE)));
            }
            p.add(chunks(a.text(), Fonts.regular(Layout.BODY_SIZE)));
            out.add(p);
        } else if (block instanceof Block.QrCode q) {
            out.add(qrCodeRow(q));
        }
        return out;
    }

    /** The caption left, the picture right, in a borderless row kept whole. */
    private static PdfPTable qrCodeRow(Block.QrCode q) {
        float available = PageSize.A4.getWidth() - Layout.points(Layout.MARGIN_LEFT_MM)
                - Layout.points(Layout.MARGIN_RIGHT_MM);
        float right = Layout.points(q.sizeMm() + 4);
        PdfPTable row = new PdfPTable(new float[] {available - right, right});
        row.setTotalWidth(available);
        row.setLockedWidth(true);
        row.setKeepTogether(true);
        row.setSpacingBefore(Layout.PARAGRAPH_SPACING);
        PdfPCell caption = cell();
        caption.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (q.caption() != null) {
            for (String line : q.caption().split("\\R")) {
                Paragraph p = new Paragraph(chunks(line, Fonts.regular(Layout.TABLE_SIZE)));
                p.setSpacingAfter(3);
                caption.addElement(p);
            }
        }
        PdfPCell picture = new PdfPCell(qrCode(q), false);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_RIGHT);
        picture.setVerticalAlignment(Element.ALIGN_MIDDLE);
        picture.setPadding(0);
        row.addCell(caption);
        row.addCell(picture);
        return row;
    }

    /** The QR code as a grey picture, a module a pixel, scaled without smoothing. */
    private static Image qrCode(Block.QrCode q) {
        var matrix = QrCodes.matrix(q.text());
        try {
            Image image = Image.getInstance(matrix.getWidth(), matrix.getHeight(), 1, 8, QrCodes.grey8(matrix));
            image.setInterpolation(false);
            float size = Layout.points(q.sizeMm());
            image.scaleAbsolute(size, size);
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(Layout.PARAGRAPH_SPACING);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("cannot draw the QR code", e);
        }
    }

    /** "Kính gửi: ..." on one centred line, or the label over a list of addressees. */
    private static void addressees(List<Element> out, Block.Addressees a) {
        if (a.addressees().size() == 1) {
            Paragraph p = centred(Block.Addressees.LABEL + " " + a.addressees().get(0) + ".",
                    Fonts.regular(Layout.BODY_SIZE));
            p.setSpacingAfter(Layout.PARAGRAPH_SPACING);
            out.add(p);
            return;
        }
        Paragraph label = new Paragraph(Block.Addressees.LABEL, Fonts.regular(Layout.BODY_SIZE));
        label.setIndentationLeft(Layout.points(Layout.ADDRESSEES_INDENT_MM));
        out.add(label);
        for (String line : a.lines()) {
            Paragraph p = new Paragraph(chunks(line, Fonts.regular(Layout.BODY_SIZE)));
            p.setIndentationLeft(Layout.points(Layout.ADDRESSEES_INDENT_MM + 20));
            out.add(p);
        }
        out.add(spacer(6));
    }

    private static PdfPTable table(Block.Table t) {
        float available = PageSize.A4.getWidth() - Layout.points(Layout.MARGIN_LEFT_MM)
                - Layout.points(Layout.MARGIN_RIGHT_MM);
        PdfPTable table = new PdfPTable(ColumnWidths.of(t, available));
        table.setTotalWidth(available);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String title : t.header()) {
            PdfPCell cell = new PdfPCell(chunks(title, Fonts.bold(Layout.TABLE_SIZE)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(Layout.CELL_PADDING);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (int c = 0; c < t.header().size(); c++) {
                String value = c < row.size() ? row.get(c) : "";
                PdfPCell cell = new PdfPCell(chunks(value, Fonts.regular(Layout.TABLE_SIZE)));
                cell.setPadding(Layout.CELL_PADDING);
                table.addCell(cell);
            }
        }
        return table;
    }

    /**
     * The signature right and the recipients left (with a second signer: both signatures side by side,
     * the recipients under them), kept on one page with {@code tail}, the last paragraph of the body.
     */
    private static PdfPTable closing(OfficialDocument d, List<Element> tail) {
        boolean two = d.secondSignature() != null;
        PdfPTable table = borderless(two ? 0.5f : Layout.RECIPIENTS_SHARE);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        PdfPCell recipients = cell();
        if (d.recipients() != null) {
            recipients.addElement(new Paragraph(Recipients.LABEL, Fonts.boldItalic(Layout.RECIPIENTS_LABEL_SIZE)));
            for (String line : d.recipients().lines()) {
                recipients.addElement(new Paragraph(chunks(line, Fonts.regular(Layout.RECIPIENTS_SIZE))));
            }
        }
        if (two) {
            table.addCell(signature(d.secondSignature()));
            table.addCell(signature(d.signature()));
            if (d.recipients() != null) {
                recipients.setPaddingTop(12);
                table.addCell(recipients);
                table.addCell(cell());
            }
        } else {
            table.addCell(recipients);
            table.addCell(signature(d.signature()));
        }
        if (tail.isEmpty()) {
            return table;
        }
        PdfPTable together = new PdfPTable(1);
        together.setWidthPercentage(100);
        together.setKeepTogether(true);
        together.setSplitLate(true);
        PdfPCell all = cell();
        tail.forEach(all::addElement);
        all.addElement(table);
        together.addCell(all);
        return together;
    }

    private static PdfPCell signature(Signature s) {
        PdfPCell signature = cell();
        if (s == null) {
            return signature;
        }
        for (String line : s.titleLines()) {
            signature.addElement(centred(line, Fonts.bold(Layout.SIGNATURE_SIZE)));
        }
        if (s.note() != null) {
            signature.addElement(centred(s.note(), Fonts.italic(Layout.TABLE_SIZE)));
        }
        Paragraph room = new Paragraph(" ", Fonts.regular(Layout.SIGNATURE_SIZE));
        room.setSpacingAfter(Layout.SIGNATURE_ROOM_LINES * Layout.SIGNATURE_SIZE);
        signature.addElement(room);
        signature.addElement(centred(s.nameLine(), s.named() ? Fonts.bold(Layout.SIGNATURE_SIZE)
                : Fonts.regular(Layout.SIGNATURE_SIZE)));
        return signature;
    }

    // ------------------------------------------------------------------ building blocks

    private static PdfPTable borderless(float leftShare) {
        PdfPTable table = new PdfPTable(new float[] {leftShare, 1 - leftShare});
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    /**
     * The text as chunks: a word holding a non-breaking hyphen ({@link Block#unbroken}) is one chunk that
     * never splits, printed with a plain hyphen.
     */
    static Phrase chunks(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        String t = Layout.nfc(text);
        if (t.indexOf(Layout.NO_BREAK_HYPHEN) < 0 && t.indexOf(Layout.NO_BREAK_SPACE) < 0) {
            phrase.add(new Chunk(t, font));
            return phrase;
        }
        var m = java.util.regex.Pattern.compile("[^ \\t\\n]*[\\u2011\\u00A0][^ \\t\\n]*").matcher(t);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                phrase.add(new Chunk(t.substring(at, m.start()), font));
            }
            Chunk whole = new Chunk(Layout.printed(m.group()), font);
            whole.setSplitCharacter((start, current, end, cc, ck) -> false);
            phrase.add(whole);
            at = m.end();
        }
        if (at < t.length()) {
            phrase.add(new Chunk(t.substring(at), font));
        }
        return phrase;
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(chunks(text, font));
        p.setFont(font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setMultipliedLeading(1.15f);
        return p;
    }

    private static Paragraph body(String text, Font font) {
        Paragraph p = new Paragraph(chunks(text, font));
        p.setFont(font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(Layout.points(Layout.FIRST_LINE_INDENT_MM));
        p.setMultipliedLeading(MULTIPLIED_LEADING);
        p.setSpacingAfter(Layout.PARAGRAPH_SPACING);
        return p;
    }

    /** A short centred rule under a heading: the upper border of an empty, narrow table. */
    private static PdfPTable shortLine(float share) {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(share * 100);
        rule.setHorizontalAlignment(Element.ALIGN_CENTER);
        rule.setSpacingBefore(3);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.TOP);
        cell.setBorderWidthTop(0.6f);
        cell.setFixedHeight(2);
        rule.addCell(cell);
        return rule;
    }

    private static Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ", Fonts.regular(6));
        p.setLeading(height);
        return p;
    }

    /** Decree 30/2020: the page number centred in the top margin, from page 2. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), Fonts.regular(Layout.BODY_SIZE)),
                        (document.left() + document.right()) / 2, document.top() + 24, 0);
            }
        }
    }

    /** The four faces of Liberation Serif from the application's resources, loaded once. */
    static final class Fonts {

        static final String DIRECTORY = "documents/fonts/";
        private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
        private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
        private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

        private Fonts() {
        }

        static Font regular(float size) {
            return new Font(REGULAR, size);
        }

        static Font bold(float size) {
            return new Font(BOLD, size);
        }

        static Font italic(float size) {
            return new Font(ITALIC, size);
        }

        static Font boldItalic(float size) {
            return new Font(BOLD_ITALIC, size);
        }

        static BaseFont regularBase() {
            return REGULAR;
        }

        static BaseFont boldBase() {
            return BOLD;
        }

        private static BaseFont load(String file) {
            try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: " + DIRECTORY + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
