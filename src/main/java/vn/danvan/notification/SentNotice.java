package vn.danvan.notification;

import java.time.OffsetDateTime;

/**
 * A notice sent: to how many accounts ({@code null} for notices sent before this record existed, moved
 * from the modules' own tables), by whom ({@code system} for the scheduled run, else a username).
 */
public record SentNotice(NoticeKey key, Integer recipients, String sentBy, OffsetDateTime sentAt) {
}
