package vn.danvan.petition.handling;

/** The inbox filters as typed; all optional. */
record InboxFilter(String q, PetitionStatus status, Long categoryId, Boolean overdue, Boolean dueThisWeek,
        Boolean mine, Long unitId, String unitName) {

    /**
     * Above this many units in scope the unit filter is typed (words of a unit's name or its code) instead of
     * chosen from a list: a list of a province's or the country's units weighed megabytes.
     */
    static final int UNIT_LIST_LIMIT = 300;

    InboxFilter(String q, PetitionStatus status, Long categoryId, Boolean overdue, Boolean dueThisWeek, Boolean mine,
            Long unitId) {
        this(q, status, categoryId, overdue, dueThisWeek, mine, unitId, null);
    }

    public boolean is(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
