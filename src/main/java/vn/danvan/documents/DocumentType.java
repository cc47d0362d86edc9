package vn.danvan.documents;

/**
 * Kinds of administrative document (loại văn bản hành chính) with the names and abbreviations of
 * Decree 30/2020/NĐ-CP, Appendix III. A công văn prints no type name and carries no type
 * abbreviation in its symbol.
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    CONG_VAN("Công văn", "");

    private final String title;
    private final String abbreviation;

    DocumentType(String title, String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    /** The name as printed in the document ("Báo cáo"); the heading prints it in capitals. */
    public String title() {
        return title;
    }

    /** The abbreviation in the symbol ("BC"), empty for a công văn. */
    public String abbreviation() {
        return abbreviation;
    }

    /** A công văn has no type heading; its summary follows the number as "V/v ...". */
    public boolean isLetter() {
        return this == CONG_VAN;
    }

    public String messageKey() {
        return "documents.type." + name();
    }
}
