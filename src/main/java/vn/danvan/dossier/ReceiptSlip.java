package vn.danvan.dossier;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.PlaceAndDate;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.PublicAddress;

/**
 * The receipt slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) handed to the applicant, with every field of
 * the form in force: the dossier code (never broken across lines), who submitted it with phone and
 * e-mail, what is asked, the documents received with their form and number, the number of sets, the time
 * limit, the time received and the hour and day of return as "... giờ ... phút, ngày ... tháng ... năm
 * ...", where the result is collected, the book and line of the dossier register, a QR code of the public
 * lookup address, and the signatures of the applicant and of the receiving officer with their names. It is
 * drawn under the receiving unit's header and dated the day of receipt; a slip is not an outgoing
 * document: it takes no number from the register. Written in Vietnamese whatever the screen's language.
 */
@Component
class ReceiptSlip {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** The portal's lookup page of a dossier code. */
    static final String LOOKUP_PAGE = "/portal/dossiers/lookup";
    static final String LOOKUP = LOOKUP_PAGE + "?code=";
    private static final String DOTS = ".....";

    private final OfficialDocuments documents;
    private final MessageSource messages;
    private final PublicAddress publicAddress;

    ReceiptSlip(OfficialDocuments documents, MessageSource messages, PublicAddress publicAddress) {
        this.documents = documents;
        this.messages = messages;
        this.publicAddress = publicAddress;
    }

    /** The public address citizens open to follow the dossier, as the QR code holds it. */
    String lookupAddress(Dossier d) {
        return publicAddress.of(LOOKUP + d.code());
    }

    byte[] render(Dossier d, long fee, DocumentFormat format) {
        var received = d.receivedAt().atZoneSameInstant(DanVanTime.ZONE);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred(text("dossier.slip.title")));
        body.add(new Block.Centred(text("dossier.slip.code", Block.unbroken(d.code()))));
        body.add(new Block.Paragraph(text("dossier.slip.receivedFrom", d.unitName(), d.applicantName())));
        body.add(new Block.Paragraph(text("dossier.slip.address", orDots(d.applicantAddress()))));
        body.add(new Block.Paragraph(text("dossier.slip.contact", orDots(d.applicantPhone()), orDots(d.applicantEmail()))));
        body.add(new Block.Paragraph(text("dossier.slip.procedure", d.procedureName(), d.procedureCode())));
        body.add(new Block.Paragraph(text("dossier.slip.documents")));
        body.add(documentsTable(d));
        body.add(new Block.Paragraph(text("dossier.slip.sets", d.setsCount() == null ? 1 : d.setsCount())));
        String feeText = text("dossier.slip.fee", fee == 0 ? text("dossier.slip.free")
                : NumberFormat.getIntegerInstance(VIETNAMESE).format(fee) + " đồng");
        body.add(new Block.Paragraph(text("dossier.slip.timeLimit", d.timeLimit(), feeText)));
        body.add(new Block.Paragraph(text("dossier.slip.receivedAt",
                hourAndDay(received.toLocalTime(), received.toLocalDate()))));
        body.add(new Block.Paragraph(text("dossier.slip.appointment", hourAndDay(d.returnTime(), d.dueDate()))));
        body.add(new Block.Paragraph(text("dossier.slip.returnPlace", d.returnPlace() == null
                ? text("dossier.slip.returnPlace.counter", d.unitName()) : d.returnPlace())));
        // the register line and the lookup address beside the QR code, so that the slip holds on one page
        String lookup = lookupAddress(d);
        body.add(new Block.QrCode(lookup, 22, text("dossier.slip.register",
                d.registerBook() == null ? DOTS : d.registerBook(),
                d.registerLine() == null ? DOTS : String.valueOf(d.registerLine())) + "\n"
                + text("dossier.slip.lookup", publicAddress.of(LOOKUP_PAGE), Block.unbroken(d.code()))));
        String note = text("dossier.slip.signNote");
        DocumentContent content = new DocumentContent(null, body,
                new Signature(SigningAuthority.NONE, null, text("dossier.slip.signer"), d.receivedByName(), note),
                null,
                new Signature(SigningAuthority.NONE, null, text("dossier.slip.applicant"), d.applicantName(), note));
        var document = documents.draft(d.unitId(), DocumentType.CONG_VAN, null, received.toLocalDate(),
                received.getYear(), content);
        return documents.render(document, format);
    }

    /** The documents received, a row each; blank rows to fill in by hand when none was recorded. */
    private Block.Table documentsTable(Dossier d) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ReceivedDocuments.Line line : ReceivedDocuments.parse(d.documentsReceived()).lines()) {
            rows.add(List.of(String.valueOf(n++), line.name(), line.form(), String.valueOf(line.count())));
        }
        while (rows.size() < 3 && d.documentsReceived() == null) {
            rows.add(List.of(String.valueOf(n++), "", "", ""));
        }
        return new Block.Table(List.of(text("dossier.slip.col.number"), text("dossier.slip.col.document"),
                text("dossier.slip.col.form"), text("dossier.slip.col.count")), rows);
    }

    /** "09 giờ 05 phút, ngày 15 tháng 3 năm 2026"; dots for an hour not recorded. */
    static String hourAndDay(LocalTime time, LocalDate day) {
        String hour = time == null ? DOTS + " giờ " + DOTS + " phút"
                : String.format("%02d giờ %02d phút", time.getHour(), time.getMinute());
        return hour + ", " + PlaceAndDate.on("", day).dateText();
    }

    ResponseEntity<byte[]> download(Dossier d, long fee, DocumentFormat format) {
        return vn.danvan.shared.web.TableExport.download(render(d, fee, format),
                "giay-tiep-nhan-" + d.code() + "." + format.extension(), format.mediaType());
    }

    private static String orDots(String value) {
        return value == null || value.isBlank() ? DOTS : value;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
