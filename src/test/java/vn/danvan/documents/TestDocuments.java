package vn.danvan.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents built for the renderer tests. */
final class TestDocuments {

    static final String BODY_TEXT = "Các cơ quan, đơn vị đã tổ chức đối thoại trực tiếp với Nhân dân và giải quyết "
            + "kịp thời những phản ánh, kiến nghị chính đáng của người dân.";

    private TestDocuments() {
    }

    /** Báo cáo số 15 of the district committee, signed by the Chairman, with every kind of block. */
    static OfficialDocument report() {
        return report(1);
    }

    /** The same report with its body repeated {@code times}, to run over several pages. */
    static OfficialDocument report(int times) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            body.add(Block.heading(1, "I. KẾT QUẢ ĐẠT ĐƯỢC"));
            body.add(Block.heading(2, "1. Công tác đối thoại"));
            body.add(Block.paragraph(BODY_TEXT));
            body.add(Block.heading(3, "a) Kết quả cụ thể"));
            body.add(Block.numbered("Tổ chức 24 hội nghị đối thoại.", "Trả lời 298 phản ánh, kiến nghị."));
            body.add(Block.bullets("Hồ sơ đúng hạn đạt 98,7%;", "Mô hình \"Dân vận khéo\": 15."));
            body.add(Block.quote("\"Dân biết, dân bàn, dân làm, dân kiểm tra.\""));
            body.add(new Block.Table(List.of("STT", "Đơn vị", "Tỷ lệ"),
                    List.of(List.of("1", "Xã An Bình", "97,6%"), List.of("2", "Thị trấn Phước Vĩnh", "94,7%"))));
        }
        return new OfficialDocument(IssuingBody.of(null, "ỦY BAN NHÂN DÂN", "HUYỆN PHÚ GIÁO"), DocumentType.BAO_CAO,
                DocumentNumber.of(15, DocumentType.BAO_CAO, "UBND", null),
                PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 4, 5)),
                "Kết quả thực hiện công tác dân vận chính quyền năm 2018", body,
                new Signature(SigningAuthority.ON_BEHALF_OF, "Ủy ban nhân dân", "Chủ tịch", "Đoàn Văn Đông"),
                new Recipients(List.of("Thường trực Huyện ủy", "Các cơ quan, đơn vị"), "VT, NV"));
    }

    /** Công văn of Phòng Nội vụ: no type heading, "V/v ..." under the number. */
    static OfficialDocument letter() {
        return new OfficialDocument(IssuingBody.of("UBND HUYỆN PHÚ GIÁO", "PHÒNG NỘI VỤ"), DocumentType.CONG_VAN,
                DocumentNumber.of(7, DocumentType.CONG_VAN, "PNV", null),
                PlaceAndDate.on("Phú Giáo", LocalDate.of(2018, 10, 1)), "đôn đốc nộp báo cáo năm 2018",
                List.of(Block.to("Các cơ quan, đơn vị, xã, thị trấn"), Block.paragraph(BODY_TEXT)),
                new Signature(SigningAuthority.NONE, null, "Trưởng phòng", "Nguyễn Văn An"),
                new Recipients(List.of("Như trên"), "VT"));
    }

    /** Tờ trình of Phòng Nội vụ to two addressees, signed by a deputy in the head's stead. */
    static OfficialDocument submission() {
        return new OfficialDocument(IssuingBody.of("UBND HUYỆN PHÚ GIÁO", "PHÒNG NỘI VỤ"), DocumentType.TO_TRINH,
                DocumentNumber.blank(DocumentType.TO_TRINH, "PNV", null), PlaceAndDate.undated("Phú Giáo", 2018),
                "Đề nghị khen thưởng tập thể, cá nhân thực hiện tốt công tác dân vận chính quyền",
                List.of(Block.to("Ủy ban nhân dân huyện Phú Giáo", "Hội đồng Thi đua - Khen thưởng huyện"),
                        Block.paragraph(BODY_TEXT)),
                new Signature(SigningAuthority.DEPUTY_FOR, "Trưởng phòng", "Phó Trưởng phòng", "Trần Thị B"),
                new Recipients(List.of("Như trên"), "VT, NV"));
    }
}
