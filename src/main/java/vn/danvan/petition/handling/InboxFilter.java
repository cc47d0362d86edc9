package vn.danvan.petition.handling;

/** The inbox filters as typed; all optional. */
record InboxFilter(String q, PetitionStatus status, Long categoryId, Boolean overdue, Boolean dueThisWeek,
        Boolean mine, Long unitId) {

    public boolean is(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
