package vn.danvan.organisation;

/** Kinds of unit (loại đơn vị) of domain.md section 4; the label is the message {@code unit.kind.<NAME>}. */
public enum UnitKind {
    /** Ủy ban nhân dân cấp huyện hoặc tỉnh. */
    PEOPLES_COMMITTEE,
    /** Phòng chuyên môn, cơ quan chuyên môn. */
    SPECIALISED_OFFICE,
    /** Đơn vị sự nghiệp công lập. */
    PUBLIC_SERVICE_UNIT,
    /** Ủy ban nhân dân xã, thị trấn, phường. */
    COMMUNE_COMMITTEE,
    /** Ủy ban Mặt trận Tổ quốc Việt Nam. */
    FATHERLAND_FRONT,
    /** Tổ chức chính trị - xã hội. */
    SOCIO_POLITICAL_ORGANISATION;

    public String messageKey() {
        return "unit.kind." + name();
    }
}
