package vn.danvan.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.UnitView;

/**
 * A demonstration "Báo cáo" with every kind of block, issued in the name of the committee above the
 * given unit, with its number left blank: it takes no number from the register. The directive, the
 * locality and the recipients are the local government's; the units in its table are the committee's own.
 */
@Component
class SampleDocument {

    private final Issuers issuers;
    private final OrganisationService organisation;
    private final Clock clock;

    SampleDocument(Issuers issuers, OrganisationService organisation, Clock clock) {
        this.issuers = issuers;
        this.organisation = organisation;
        this.clock = clock;
    }

    OfficialDocument forUnit(long unitId) {
        UnitView issuer = committeeAbove(issuers.unit(unitId));
        Optional<LocalGovernment> government = organisation.localGovernment();
        String directive = government.map(LocalGovernment::directiveBasis).filter(d -> !d.isBlank())
                .map(d -> "Thực hiện " + d.strip() + ", ").orElse("");
        String locality = government.map(LocalGovernment::locality).orElse(LocalGovernment.area(issuer.name()));
        List<String> recipients = government.filter(g -> g.committee().id() == issuer.id())
                .map(LocalGovernment::recipientsOfReports)
                .orElseGet(() -> List.of("Các cơ quan, đơn vị"));
        List<String> units = organisation.activeUnits().stream()
                .filter(u -> u.parentId() != null && u.parentId() == issuer.id()).map(UnitView::name).limit(2)
                .toList();
        String first = units.isEmpty() ? issuer.name() : units.get(0);
        String second = units.size() < 2 ? issuer.name() : units.get(1);
        LocalDate today = LocalDate.now(clock);
        DocumentType type = DocumentType.BAO_CAO;
        return new OfficialDocument(
                issuers.issuingBody(issuer.id()),
                type,
                DocumentNumber.blank(type, issuers.abbreviation(issuer.id()), null),
                PlaceAndDate.on(issuers.place(issuer.id()), today),
                "Kết quả thực hiện công tác dân vận chính quyền năm " + today.getYear(),
                List.of(
                        Block.paragraph(capitalised(directive + issuer.name()
                                + " báo cáo kết quả thực hiện công tác dân vận chính quyền như sau:")),
                        Block.heading(1, "I. KẾT QUẢ ĐẠT ĐƯỢC"),
                        Block.heading(2, "1. Công tác tuyên truyền, phổ biến"),
                        Block.paragraph("Các cơ quan, đơn vị đã quán triệt Chỉ thị đến toàn thể cán bộ, "
                                + "công chức, viên chức; tổ chức đối thoại trực tiếp với Nhân dân, tiếp nhận và giải "
                                + "quyết kịp thời các phản ánh, kiến nghị chính đáng của người dân."),
                        Block.quote("\"Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng.\""),
                        Block.heading(3, "a) Kết quả cụ thể"),
                        Block.numbered("Tổ chức 24 hội nghị đối thoại với 1.850 lượt người tham dự.",
                                "Tiếp nhận 312 phản ánh, kiến nghị; đã trả lời 298, đạt 95,5%."),
                        Block.bullets("Hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,7%;",
                                "Xây dựng 15 mô hình \"Dân vận khéo\"."),
                        new Block.Table(List.of("STT", "Đơn vị", "Phản ánh nhận", "Đã trả lời", "Tỷ lệ"),
                                List.of(List.of("1", first, "42", "41", "97,6%"),
                                        List.of("2", second, "57", "54", "94,7%"))),
                        Block.heading(1, "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TỚI"),
                        Block.paragraph("Tiếp tục nâng cao chất lượng đối thoại, rút ngắn thời gian trả lời phản ánh, "
                                + "kiến nghị và nhân rộng các mô hình \"Dân vận khéo\" trên địa bàn " + locality + ".")),
                new Signature(SigningAuthority.ON_BEHALF_OF, "Ủy ban nhân dân", "Chủ tịch",
                        issuer.headName() == null ? "" : issuer.headName()),
                new Recipients(recipients, "VT"));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private UnitView committeeAbove(UnitView unit) {
        for (UnitView u = unit; u != null; u = u.parentId() == null ? null : organisation.unit(u.parentId()).orElse(null)) {
            if (Issuers.isCommittee(u)) {
                return u;
            }
        }
        return unit;
    }
}
