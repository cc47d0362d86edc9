package vn.danvan.dialogue;

import java.util.ArrayList;
import java.util.List;

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
 * The minutes (biên bản) of a held conference as an unnumbered official document of the host unit:
 * time and place, chair, attendance, the questions with the answers given or the petitions created,
 * the commitments with owners and due dates, the secretary's line and the chair's signature. Never the
 * askers nor the attendee list: the same document is served on the public portal. Official documents
 * are written in Vietnamese whatever the screen's language.
 */
@Component
class MinutesDocument {

    private final OfficialDocuments documents;
    private final Questions questions;
    private final Commitments commitments;

    MinutesDocument(OfficialDocuments documents, Questions questions, Commitments commitments) {
        this.documents = documents;
        this.questions = questions;
        this.commitments = commitments;
    }

    byte[] render(Conference c, DocumentFormat format) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Paragraph("Vào lúc " + c.startsAt().format(DanVanTime.DATE_TIME) + ", tại " + c.place()
                + ", " + c.hostUnitName() + " tổ chức " + kind(c).toLowerCase(PlanLocale.VIETNAMESE) + " về nội dung: "
                + c.topic() + "."));
        body.add(new Block.Heading(1, "I. THÀNH PHẦN"));
        body.add(new Block.Paragraph("Chủ trì: " + c.chairName() + "."));
        if (c.audience() != null) {
            body.add(new Block.Paragraph("Thành phần mời: " + c.audience() + "."));
        }
        body.add(new Block.Paragraph("Số người dân tham dự: " + (c.attendance() == null ? 0 : c.attendance()) + "."));
        body.add(new Block.Heading(1, "II. Ý KIẾN, KIẾN NGHỊ VÀ TRẢ LỜI"));
        List<Question> asked = questions.of(c.id());
        if (asked.isEmpty()) {
            body.add(new Block.Paragraph("Không có ý kiến."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Question q : asked) {
                rows.add(List.of(String.valueOf(n++), q.question(), q.answer() != null ? q.answer()
                        : "Chuyển thành kiến nghị số " + q.petitionCode() + " để giải quyết theo quy định"));
            }
            body.add(new Block.Table(List.of("STT", "Ý kiến, kiến nghị", "Trả lời, hướng xử lý"), rows));
        }
        body.add(new Block.Heading(1, "III. CAM KẾT, HỨA GIẢI QUYẾT"));
        List<Commitment> made = commitments.of(c.id());
        if (made.isEmpty()) {
            body.add(new Block.Paragraph("Không có cam kết."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Commitment m : made) {
                rows.add(List.of(String.valueOf(n++), m.content(), m.ownerUnitName(), m.dueDate().format(DanVanTime.DATE)));
            }
            body.add(new Block.Table(List.of("STT", "Nội dung cam kết", "Đơn vị thực hiện", "Thời hạn"), rows));
        }
        body.add(new Block.Paragraph("Hội nghị kết thúc vào lúc ..... giờ ..... cùng ngày. Biên bản đã được đọc lại cho "
                + "những người dự nghe và thống nhất."));
        body.add(new Block.Paragraph("THƯ KÝ: ..................................................."));
        DocumentContent content = new DocumentContent(kind(c) + " về " + c.topic(), body,
                new Signature(SigningAuthority.NONE, null, "Chủ trì hội nghị", c.chairName()),
                new Recipients(List.of("Đơn vị chủ trì"), "VT"));
        return documents.render(documents.draft(c.hostUnitId(), DocumentType.BIEN_BAN, null, c.startsAt().toLocalDate(),
                c.startsAt().getYear(), content), format);
    }

    private static String kind(Conference c) {
        return c.kind() == ConferenceKind.RECEPTION ? "Buổi tiếp công dân" : "Hội nghị đối thoại với Nhân dân";
    }

    private static final class PlanLocale {
        static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");
    }
}
