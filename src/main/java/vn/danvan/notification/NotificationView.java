package vn.danvan.notification;

import java.time.OffsetDateTime;

/** An in-app notification as its owner sees it. */
record NotificationView(long id, String title, String body, String link, OffsetDateTime readAt,
        OffsetDateTime createdAt) {

    public boolean unread() {
        return readAt == null;
    }
}
