package vn.danvan.documents;

import java.util.List;

import vn.danvan.shared.text.TypedText;

/**
 * The issuing body at the top left of a document (tên cơ quan, tổ chức ban hành): the superior
 * body's line, printed plain ("UBND HUYỆN PHÚ GIÁO"), or null when there is none, over the issuing
 * body's own lines, printed bold with a short line under them ("PHÒNG NỘI VỤ", or "ỦY BAN NHÂN
 * DÂN" / "HUYỆN PHÚ GIÁO" for the committee itself).
 */
record IssuingBody(String superior, List<String> name) {

    public IssuingBody {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an issuing body needs a name");
        }
        superior = TypedText.isBlank(superior) ? null : superior;
        name = List.copyOf(name);
    }

    public static IssuingBody of(String superior, String... nameLines) {
        return new IssuingBody(superior, List.of(nameLines));
    }
}
