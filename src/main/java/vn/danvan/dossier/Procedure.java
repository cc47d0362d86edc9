package vn.danvan.dossier;

/**
 * An administrative procedure of the catalogue (thủ tục hành chính): code, name, field (lĩnh vực), time
 * limit in working days, fee in VND (0 when free) and the unit that handles it.
 */
record Procedure(long id, String code, String name, String field, int timeLimit, long fee, long unitId,
        String unitName, boolean active, long version) {
}
