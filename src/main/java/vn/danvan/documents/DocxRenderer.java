package vn.danvan.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes an {@link OfficialDocument} as a Word file in the Decree 30/2020 layout: A4, margins 20 mm
 * top and bottom, 30 mm left, 15 mm right, Times New Roman, the header and the signature as
 * borderless two-column tables, page numbers centred at the top from page 2.
 */
final class DocxRenderer {

    static final String FONT = "Times New Roman";
    /** A4 and the margins in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = Layout.twips(Layout.MARGIN_TOP_MM);
    static final int MARGIN_BOTTOM = Layout.twips(Layout.MARGIN_BOTTOM_MM);
    static final int MARGIN_LEFT = Layout.twips(Layout.MARGIN_LEFT_MM);
    static final int MARGIN_RIGHT = Layout.twips(Layout.MARGIN_RIGHT_MM);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = Math.round(TEXT_WIDTH * Layout.LEFT_COLUMN_SHARE);
    private static final int FIRST_LINE_INDENT = Layout.twips(Layout.FIRST_LINE_INDENT_MM);

    private DocxRenderer() {
    }

    static byte[] render(OfficialDocument document) {
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            page(docx);
            defaultFont(docx);
            draftMark(docx, document);
            header(docx, document);
            title(docx, document);
            List<Block> body = document.body();
            for (int i = 0; i < body.size(); i++) {
                int before = docx.getParagraphs().size();
                block(docx, body.get(i));
                if (i == body.size() - 1 && PdfRenderer.keepsWithSignature(body.get(i))
                        && docx.getParagraphs().size() > before) {
                    // Decree 30/2020 layout as offices keep it: the signature never alone on the last page
                    List<XWPFParagraph> added = docx.getParagraphs().subList(before, docx.getParagraphs().size());
                    int from = body.get(i) instanceof Block.Items ? Math.max(0, added.size() - 1) : 0;
                    added.subList(from, added.size()).forEach(p -> p.setKeepNext(true));
                }
            }
            closing(docx, document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(Layout.twips(10)));
        margins.setFooter(BigInteger.valueOf(Layout.twips(10)));
        // Decree 30/2020: the page number from page 2, centred at the top; page 1 has its own empty header
        section.addNewTitlePg();
        docx.createHeader(HeaderFooterType.FIRST);
        XWPFHeader numbered = docx.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var run = field.addNewR();
        var props = run.addNewRPr();
        CTFonts fonts = props.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        props.addNewSz().setVal(BigInteger.valueOf(Layout.BODY_SIZE * 2L));
        run.addNewT().setStringValue("2");
    }

    private static void defaultFont(XWPFDocument docx) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        docx.createStyles().setDefaultFonts(fonts);
    }

    private static void header(XWPFDocument docx, OfficialDocument d) {
        // one table of two rows: issuer and motto, then number and date line, aligned in two columns
        XWPFTable table = borderless(docx, 2, 2, LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        XWPFParagraph p = first(issuer);
        if (d.issuer().superior() != null) {
            text(p, d.issuer().superior(), Layout.HEADER_SIZE, false, false);
            p = next(issuer);
        }
        List<String> name = d.issuer().name();
        for (int i = 0; i < name.size(); i++) {
            text(p, name.get(i), Layout.HEADER_SIZE, true, false);
            if (i < name.size() - 1) {
                p = next(issuer);
            }
        }
        shortLine(issuer.addParagraph(), LEFT_COLUMN, Layout.ISSUER_LINE_SHARE);
        p = first(motto);
        text(p, OfficialDocument.NATION, Layout.NATION_SIZE, true, false);
        p = next(motto);
        XWPFRun run = text(p, OfficialDocument.MOTTO, Layout.MOTTO_SIZE, true, false);
        run.setUnderline(UnderlinePatterns.SINGLE);

        XWPFTableCell number = table.getRow(1).getCell(0);
        p = first(number);
        p.setSpacingBefore(Layout.POINT * 6);
        text(p, d.number().line(), Layout.NUMBER_SIZE, false, false);
        if (d.type().isLetter() && d.printedSummary() != null) {
            text(next(number), d.printedSummary(), Layout.LETTER_SUMMARY_SIZE, false, false);
        }
        p = first(table.getRow(1).getCell(1));
        p.setSpacingBefore(Layout.POINT * 6);
        text(p, d.placeAndDate().text(), Layout.BODY_SIZE, false, true);
    }

    /** "DỰ THẢO" boxed at the top right of the first page, above the header. */
    private static void draftMark(XWPFDocument docx, OfficialDocument d) {
        d.body().stream().filter(Block.DraftMark.class::isInstance).map(Block.DraftMark.class::cast).findFirst()
                .ifPresent(mark -> {
                    XWPFParagraph p = docx.createParagraph();
                    p.setAlignment(ParagraphAlignment.RIGHT);
                    p.setSpacingAfter(Layout.POINT * 6);
                    p.setIndentationLeft(TEXT_WIDTH - Layout.twips(40));
                    p.setBorderTop(Borders.SINGLE);
                    p.setBorderBottom(Borders.SINGLE);
                    p.setBorderLeft(Borders.SINGLE);
                    p.setBorderRight(Borders.SINGLE);
                    p.setAlignment(ParagraphAlignment.CENTER);
                    text(p, mark.text(), Layout.HEADER_SIZE, true, false);
                });
    }

    private static void title(XWPFDocument docx, OfficialDocument d) {
        if (d.type().isLetter()) {
            spacer(docx);
            return;
        }
        XWPFParagraph p = centred(docx.createParagraph());
        p.setSpacingBefore(Layout.POINT * 6);
        text(p, d.type().title().toUpperCase(Layout.VIETNAMESE), Layout.TYPE_SIZE, true, false);
        if (d.printedSummary() != null) {
            p = centred(docx.createParagraph());
            text(p, d.printedSummary(), Layout.BODY_SIZE, true, false);
        }
        shortLine(docx.createParagraph(), TEXT_WIDTH, Layout.SUMMARY_LINE_SHARE);
        spacer(docx);
    }

    private static void block(XWPFDocument docx, Block block) {
        if (block instanceof Block.Heading h) {
            text(body(docx.createParagraph()), h.text(), Layout.BODY_SIZE, true, h.level() == 3);
        } else if (block instanceof Block.Paragraph para) {
            text(body(docx.createParagraph()), para.text(), Layout.BODY_SIZE, false, false);
        } else if (block instanceof Block.Quote q) {
            text(body(docx.createParagraph()), q.text(), Layout.BODY_SIZE, false, true);
        } else if (block instanceof Block.Items items) {
            int n = 1;
            for (String item : items.items()) {
                String marker = items.numbered() ? (n++) + ". " : "- ";
                text(body(docx.createParagraph()), marker + item, Layout.BODY_SIZE, false, false);
            }
        } else if (block instanceof Block.Table t) {
            table(docx, t);
        } else if (block instanceof Block.Addressees a) {
            addressees(docx, a);
        } else if (block instanceof Block.Centred c) {
            XWPFParagraph p = centred(docx.createParagraph());
            p.setSpacingBefore(Layout.POINT * Layout.PARAGRAPH_SPACING);
            p.setSpacingAfter(Layout.POINT * Layout.PARAGRAPH_SPACING);
            p.setKeepNext(true);
            text(p, c.text(), Layout.BODY_SIZE, true, false);
        } else if (block instanceof Block.Bases b) {
            for (String line : b.lines()) {
                text(body(docx.createParagraph()), line, Layout.BODY_SIZE, false, true);
            }
        } else if (block instanceof Block.Article a) {
            XWPFParagraph p = body(docx.createParagraph());
            if (!a.label().isEmpty()) {
                text(p, a.label() + " ", Layout.BODY_SIZE, true, false);
            }
            text(p, a.text(), Layout.BODY_SIZE, false, false);
        } else if (block instanceof Block.QrCode q) {
            qrCode(docx, q);
        }
        // a DraftMark is printed above the header
        if (block instanceof Block.Heading) {
            // a heading never ends a page
            docx.getParagraphs().get(docx.getParagraphs().size() - 1).setKeepNext(true);
        }
    }

    /** The caption left, the picture right, in a borderless row that neither splits nor ends a page. */
    private static void qrCode(XWPFDocument docx, Block.QrCode q) {
        int right = Layout.twips(q.sizeMm() + 4);
        XWPFTable table = borderless(docx, 1, 2, TEXT_WIDTH - right, right);
        XWPFTableCell captionCell = table.getRow(0).getCell(0);
        captionCell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (q.caption() != null) {
            XWPFParagraph p = first(captionCell);
            for (String line : q.caption().split("\\R")) {
                p.setAlignment(ParagraphAlignment.LEFT);
                p.setSpacingAfter(Layout.POINT * 3);
                text(p, line, Layout.TABLE_SIZE, false, false);
                p = captionCell.addParagraph();
            }
            captionCell.removeParagraph(captionCell.getParagraphs().size() - 1);
        }
        XWPFParagraph picture = first(table.getRow(0).getCell(1));
        picture.setAlignment(ParagraphAlignment.RIGHT);
        int emu = Units.toEMU(Layout.points(q.sizeMm()));
        try (var in = new ByteArrayInputStream(QrCodes.png(q.text(), 8))) {
            picture.createRun().addPicture(in, Document.PICTURE_TYPE_PNG, "qr.png", emu, emu);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("cannot add the QR code", e);
        }
        table.getRow(0).setCantSplitRow(true);
        table.getRow(0).getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setKeepNext(true)));
    }

    /** "Kính gửi: ..." on one centred line, or the label over a list of addressees. */
    private static void addressees(XWPFDocument docx, Block.Addressees a) {
        if (a.addressees().size() == 1) {
            XWPFParagraph p = centred(docx.createParagraph());
            p.setSpacingAfter(Layout.POINT * Layout.PARAGRAPH_SPACING);
            text(p, Block.Addressees.LABEL + " " + a.addressees().get(0) + ".", Layout.BODY_SIZE, false, false);
            return;
        }
        XWPFParagraph label = docx.createParagraph();
        label.setIndentationLeft(Layout.twips(Layout.ADDRESSEES_INDENT_MM));
        text(label, Block.Addressees.LABEL, Layout.BODY_SIZE, false, false);
        List<String> lines = a.lines();
        for (String line : lines) {
            XWPFParagraph p = docx.createParagraph();
            p.setIndentationLeft(Layout.twips(Layout.ADDRESSEES_INDENT_MM + 20));
            p.setSpacingAfter(0);
            text(p, line, Layout.BODY_SIZE, false, false);
        }
        spacer(docx);
    }

    private static void table(XWPFDocument docx, Block.Table t) {
        int columns = t.header().size();
        XWPFTable table = docx.createTable(1 + t.rows().size(), columns);
        // the row list itself: getRow(i) counts the table's rows again on every call (quadratic on a long table)
        List<XWPFTableRow> rows = table.getRows();
        var props = table.getCTTbl().getTblPr();
        var tableWidth = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(TEXT_WIDTH));
        // fixed widths: Word and LibreOffice keep them instead of squeezing "STT" to a letter a line
        CTTblLayoutType layout = props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var margins = props.isSetTblCellMar() ? props.getTblCellMar() : props.addNewTblCellMar();
        int padding = Math.round(Layout.CELL_PADDING * Layout.POINT);
        margins.addNewLeft().setW(BigInteger.valueOf(padding));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(padding));
        margins.getRight().setType(STTblWidth.DXA);
        table.setTableAlignment(TableRowAlign.CENTER);
        int[] widths = columnTwips(t);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        for (XWPFTableRow row : rows) {
            for (int c = 0; c < columns; c++) {
                var width = row.getCell(c).getCTTc().addNewTcPr().addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
        rows.get(0).setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = rows.get(0).getCell(c);
            XWPFParagraph p = centred(first(cell));
            text(p, t.header().get(c), Layout.TABLE_SIZE, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < columns; c++) {
                String value = c < row.size() ? row.get(c) : "";
                text(first(rows.get(r + 1).getCell(c)), value, Layout.TABLE_SIZE, false, false);
            }
        }
        spacer(docx);
    }

    /** The columns' widths in twips from {@link ColumnWidths}, adding up to the text width. */
    static int[] columnTwips(Block.Table t) {
        float[] points = ColumnWidths.of(t, (float) Layout.twipsToPoints(TEXT_WIDTH));
        int[] twips = new int[points.length];
        int total = 0;
        for (int c = 0; c < points.length; c++) {
            twips[c] = (int) Math.floor(points[c] * Layout.POINT);
            total += twips[c];
        }
        // what rounding left goes to the widest column
        int widest = 0;
        for (int c = 1; c < twips.length; c++) {
            widest = twips[c] > twips[widest] ? c : widest;
        }
        twips[widest] += TEXT_WIDTH - total;
        return twips;
    }

    /**
     * The signature block right and the recipients left; with a second signer, both signatures side by
     * side and the recipients under them. Kept on one page with the paragraph before it.
     */
    private static void closing(XWPFDocument docx, OfficialDocument d) {
        XWPFParagraph gap = docx.createParagraph();
        gap.setSpacingAfter(0);
        gap.setKeepNext(true);
        gap.createRun().setFontSize(6);
        boolean two = d.secondSignature() != null;
        int left = two ? TEXT_WIDTH / 2 : Math.round(TEXT_WIDTH * Layout.RECIPIENTS_SHARE);
        boolean recipientsBelow = two && d.recipients() != null;
        XWPFTable table = borderless(docx, recipientsBelow ? 2 : 1, 2, left, TEXT_WIDTH - left);
        if (two) {
            signature(table.getRow(0).getCell(0), d.secondSignature());
        }
        if (d.recipients() != null) {
            recipients(table.getRow(recipientsBelow ? 1 : 0).getCell(0), d.recipients());
        }
        if (d.signature() != null) {
            signature(table.getRow(0).getCell(1), d.signature());
        }
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
            for (XWPFTableCell cell : row.getTableCells()) {
                cell.getParagraphs().forEach(p -> p.setKeepNext(true));
            }
        }
    }

    private static void recipients(XWPFTableCell cell, Recipients recipients) {
        XWPFParagraph p = first(cell);
        p.setAlignment(ParagraphAlignment.LEFT);
        if (!cell.getText().isEmpty()) {
            p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            p.setSpacingBefore(Layout.POINT * 12);
        }
        text(p, Recipients.LABEL, Layout.RECIPIENTS_LABEL_SIZE, true, true);
        for (String line : recipients.lines()) {
            XWPFParagraph item = cell.addParagraph();
            item.setAlignment(ParagraphAlignment.LEFT);
            item.setSpacingAfter(0);
            text(item, line, Layout.RECIPIENTS_SIZE, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, Signature signature) {
        XWPFParagraph p = first(cell);
        List<String> lines = signature.titleLines();
        for (int i = 0; i < lines.size(); i++) {
            text(p, lines.get(i), Layout.SIGNATURE_SIZE, true, false);
            p = next(cell);
        }
        if (signature.note() != null) {
            text(p, signature.note(), Layout.TABLE_SIZE, false, true);
            p = next(cell);
        }
        for (int i = 0; i < Layout.SIGNATURE_ROOM_LINES; i++) {
            p = next(cell);
        }
        text(p, signature.nameLine(), Layout.SIGNATURE_SIZE, signature.named(), false);
    }

    // ------------------------------------------------------------------ building blocks

    private static XWPFTable borderless(XWPFDocument docx, int rows, int columns, int... widths) {
        XWPFTable table = docx.createTable(rows, columns);
        table.removeBorders();
        var props = table.getCTTbl().getTblPr();
        var width = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var margins = props.isSetTblCellMar() ? props.getTblCellMar() : props.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.ZERO);
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.ZERO);
        margins.getRight().setType(STTblWidth.DXA);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            for (int r = 0; r < rows; r++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                centred(first(cell));
            }
        }
        return table;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        return p;
    }

    /** A new centred paragraph in the cell. */
    private static XWPFParagraph next(XWPFTableCell cell) {
        return centred(cell.addParagraph());
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(Layout.POINT * Layout.PARAGRAPH_SPACING);
        p.setSpacingBetween(Layout.LINE_SPACING, LineSpacingRule.AUTO);
        return p;
    }

    /** A short centred line under a heading: the upper border of an empty paragraph narrowed by indents. */
    private static void shortLine(XWPFParagraph p, int columnWidth, float share) {
        p.setAlignment(ParagraphAlignment.CENTER);
        int indent = Math.round(columnWidth * (1 - share) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderTop(Borders.SINGLE);
        p.setSpacingBefore(Layout.POINT * 2);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setFontSize(2);
    }

    private static void spacer(XWPFDocument docx) {
        XWPFParagraph p = docx.createParagraph();
        p.setSpacingAfter(0);
        p.createRun().setFontSize(6);
    }

    /**
     * A run of text; a hyphen that must not end a line ({@link Block#unbroken}) becomes Word's
     * non-breaking hyphen between runs of the same look.
     */
    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        String[] parts = Layout.nfc(text).split(String.valueOf(Layout.NO_BREAK_HYPHEN), -1);
        XWPFRun first = null;
        for (int i = 0; i < parts.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setItalic(italic);
            if (i > 0) {
                run.getCTR().addNewNoBreakHyphen();
            }
            if (!parts[i].isEmpty() || parts.length == 1) {
                run.setText(parts[i]);
            }
            first = first == null ? run : first;
        }
        return first;
    }
}
