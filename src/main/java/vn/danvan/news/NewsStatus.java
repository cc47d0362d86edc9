package vn.danvan.news;

/**
 * Where a story stands: written, on the portal, or taken off it with a reason. The allowed next
 * states live here; the label is the message {@code news.status.<NAME>}.
 */
enum NewsStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED;

    /** A draft or a withdrawn story may be changed and published (again). */
    public boolean editable() {
        return this != PUBLISHED;
    }

    /** States from which an action may lead to {@code next}. */
    boolean allows(NewsStatus next) {
        return switch (next) {
            case PUBLISHED -> this == DRAFT || this == UNPUBLISHED;
            case UNPUBLISHED -> this == PUBLISHED;
            case DRAFT -> false;
        };
    }

    public String messageKey() {
        return "news.status." + name();
    }
}
