package vn.danvan.dossier;

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
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.web.NotFoundException;

/**
 * The apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả) of a dossier that will not be ready by its
 * appointment date: the unit apologises to the applicant, gives the reason and the new date, signed by
 * the head of the unit in the form Decree 30/2020 gives it. Like the receipt slip it takes no register
 * number and is dated the day it was issued. Written in Vietnamese.
 */
@Component
class ApologySlip {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final OfficialDocuments documents;
    private final MessageSource messages;

    ApologySlip(OfficialDocuments documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    byte[] render(Dossier d, DocumentFormat format) {
        if (!d.apologised()) {
            throw new NotFoundException("apology slip of dossier", d.id());
        }
        var issued = d.apologyIssuedAt().atZoneSameInstant(DanVanTime.ZONE).toLocalDate();
        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred(text("dossier.apology.slip.title")));
        body.add(new Block.Paragraph(text("dossier.apology.slip.to", d.applicantName())));
        body.add(new Block.Paragraph(text("dossier.apology.slip.dossier", d.procedureName(), d.code(),
                d.receivedAt().atZoneSameInstant(DanVanTime.ZONE).format(DanVanTime.DATE),
                d.dueDate().format(DanVanTime.DATE))));
        body.add(new Block.Paragraph(text("dossier.apology.slip.reason", d.apologyReason())));
        body.add(new Block.Paragraph(text("dossier.apology.slip.sorry", d.unitName())));
        body.add(new Block.Paragraph(text("dossier.apology.slip.newDate", d.apologyNewDate().format(DanVanTime.DATE))));
        // the form in force has the head of the agency sign it (thủ trưởng cơ quan), not the officer who wrote it:
        // "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" for a commune, the head's name under the signature and seal
        DocumentContent content = new DocumentContent(null, body,
                documents.headSignature(d.unitId()).withNote(text("dossier.apology.slip.signNote")), null);
        return documents.render(documents.draft(d.unitId(), DocumentType.CONG_VAN, null, issued, issued.getYear(),
                content), format);
    }

    ResponseEntity<byte[]> download(Dossier d, DocumentFormat format) {
        return vn.danvan.shared.web.TableExport.download(render(d, format),
                "phieu-xin-loi-" + d.code() + "." + format.extension(), format.mediaType());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
