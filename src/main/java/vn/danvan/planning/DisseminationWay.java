package vn.danvan.planning;

/** How a unit disseminated a document to its staff (hình thức quán triệt); label {@code distribution.way.<NAME>}. */
enum DisseminationWay {
    /** Họp cơ quan, giao ban. */
    MEETING,
    /** Hội nghị quán triệt, học tập. */
    CONFERENCE,
    /** Văn bản thông báo, gửi văn bản đến từng cán bộ. */
    WRITTEN_NOTICE;

    public String messageKey() {
        return "distribution.way." + name();
    }
}
