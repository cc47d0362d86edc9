package vn.danvan.model;

/** The field (lĩnh vực) of a model; the label is the message {@code model.field.<NAME>}. */
enum ModelField {
    /** Kinh tế. */
    ECONOMY,
    /** Văn hóa - xã hội. */
    CULTURE_SOCIETY,
    /** Quốc phòng - an ninh. */
    DEFENCE_SECURITY,
    /** Xây dựng hệ thống chính trị. */
    POLITICAL_SYSTEM;

    public String messageKey() {
        return "model.field." + name();
    }
}
