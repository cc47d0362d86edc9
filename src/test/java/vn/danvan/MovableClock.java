package vn.danvan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import vn.danvan.shared.DanVanTime;

/** A clock the test moves forward by hand; whole milliseconds, so the database stores its times exactly. */
public final class MovableClock extends Clock {

    private Instant now;

    /** Now, to the millisecond. */
    public MovableClock() {
        this(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public MovableClock(Instant now) {
        this.now = now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return DanVanTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
