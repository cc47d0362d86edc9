package vn.danvan.dossier;

import java.text.NumberFormat;
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
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.shared.DanVanTime;

/**
 * The receipt slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) handed to the applicant: the dossier code,
 * the procedure, who submitted it, when it was received and the appointment date, under the receiving
 * unit's header and dated the day of receipt. A slip is not an outgoing document: it takes no number from
 * the register (the number line stays blank). Written in Vietnamese whatever the screen's language.
 */
@Component
class ReceiptSlip {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final OfficialDocuments documents;
    private final MessageSource messages;

    ReceiptSlip(OfficialDocuments documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    byte[] render(Dossier d, long fee, DocumentFormat format) {
        var received = d.receivedAt().atZoneSameInstant(DanVanTime.ZONE);
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, text("dossier.slip.title")));
        body.add(new Block.Paragraph(text("dossier.slip.code", d.code())));
        body.add(new Block.Paragraph(text("dossier.slip.receivedFrom", d.unitName(), d.applicantName())));
        body.add(new Block.Paragraph(text("dossier.slip.address", d.applicantAddress() == null ? "" : d.applicantAddress())));
        body.add(new Block.Paragraph(text("dossier.slip.phone", d.applicantPhone() == null ? "" : d.applicantPhone())));
        body.add(new Block.Paragraph(text("dossier.slip.procedure", d.procedureName(), d.procedureCode())));
        body.add(new Block.Paragraph(text("dossier.slip.fee", fee == 0 ? text("dossier.slip.free")
                : NumberFormat.getIntegerInstance(VIETNAMESE).format(fee) + " đồng")));
        body.add(new Block.Paragraph(text("dossier.slip.receivedAt", received.format(DanVanTime.DATE_TIME))));
        body.add(new Block.Paragraph(text("dossier.slip.appointment", d.dueDate().format(DanVanTime.DATE),
                d.timeLimit())));
        body.add(new Block.Paragraph(text("dossier.slip.lookup", d.code())));
        DocumentContent content = new DocumentContent(null, body,
                new Signature(SigningAuthority.NONE, null, text("dossier.slip.signer"), d.receivedByName()),
                new Recipients(List.of(text("dossier.slip.recipient")), text("dossier.slip.filed")));
        var document = documents.draft(d.unitId(), DocumentType.CONG_VAN, null, received.toLocalDate(),
                received.getYear(), content);
        return documents.render(document, format);
    }

    ResponseEntity<byte[]> download(Dossier d, long fee, DocumentFormat format) {
        return vn.danvan.shared.web.TableExport.download(render(d, fee, format),
                "giay-tiep-nhan-" + d.code() + "." + format.extension(), format.mediaType());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
