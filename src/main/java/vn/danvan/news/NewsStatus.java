package vn.danvan.news;

/** Where a story stands: written, on the portal, or taken off it with a reason. */
public enum NewsStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED;

    /** A draft or a withdrawn story may be changed and published (again). */
    public boolean editable() {
        return this != PUBLISHED;
    }

    public String messageKey() {
        return "news.status." + name();
    }
}
