package vn.danvan.inspection;

/**
 * Disciplinary measures for officials (Luật Cán bộ, công chức; Nghị định 112/2020/NĐ-CP), or none; the
 * label is the message {@code inspection.measure.<NAME>}.
 */
enum Measure {
    KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC, NONE;

    public String messageKey() {
        return "inspection.measure." + name();
    }
}
