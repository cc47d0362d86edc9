package vn.danvan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
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
            header(docx, document);
            title(docx, document);
            for (Block block : document.body()) {
                block(docx, block);
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
        }
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
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setTableAlignment(TableRowAlign.CENTER);
        // the same relative widths as the PDF, so that "STT" and dates stay narrow in Word too
        float[] shares = PdfRenderer.columnWidths(t);
        float sum = 0;
        for (float share : shares) {
            sum += share;
        }
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            int width = Math.round(TEXT_WIDTH * shares[c] / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
            for (int r = 0; r <= t.rows().size(); r++) {
                rows.get(r).getCell(c).setWidth(String.valueOf(width));
            }
        }
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

    private static void closing(XWPFDocument docx, OfficialDocument d) {
        spacer(docx);
        XWPFTable table = borderless(docx, 1, 2, Math.round(TEXT_WIDTH * Layout.RECIPIENTS_SHARE),
                TEXT_WIDTH - Math.round(TEXT_WIDTH * Layout.RECIPIENTS_SHARE));
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFTableCell signature = table.getRow(0).getCell(1);
        if (d.recipients() != null) {
            XWPFParagraph p = first(recipients);
            p.setAlignment(ParagraphAlignment.LEFT);
            text(p, Recipients.LABEL, Layout.RECIPIENTS_LABEL_SIZE, true, true);
            for (String line : d.recipients().lines()) {
                XWPFParagraph item = recipients.addParagraph();
                item.setAlignment(ParagraphAlignment.LEFT);
                text(item, line, Layout.RECIPIENTS_SIZE, false, false);
            }
        }
        if (d.signature() != null) {
            XWPFParagraph p = first(signature);
            List<String> lines = d.signature().titleLines();
            for (int i = 0; i < lines.size(); i++) {
                text(p, lines.get(i), Layout.SIGNATURE_SIZE, true, false);
                p = next(signature);
            }
            for (int i = 0; i < Layout.SIGNATURE_ROOM_LINES; i++) {
                p = next(signature);
            }
            text(p, d.signature().signerName(), Layout.SIGNATURE_SIZE, true, false);
        }
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

    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(Layout.nfc(text));
        return run;
    }
}
