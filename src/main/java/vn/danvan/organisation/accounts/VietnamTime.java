package vn.danvan.organisation.accounts;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import vn.danvan.shared.DanVanTime;

/** Stored instants as the account screens show them: the wall-clock time in Vietnam. */
final class VietnamTime {

    private VietnamTime() {
    }

    static LocalDateTime of(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(DanVanTime.ZONE).toLocalDateTime();
    }
}
