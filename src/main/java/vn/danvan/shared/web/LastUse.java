package vn.danvan.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When to write down that a key (an API token, an Open311 key) was used: at most once a {@link #PERIOD} per key on
 * this node (or once a period of one's own: how often a node may read the Open311 keys again for a key it does not
 * know). Writing the time on every request made all the requests of one client update the same row, one after
 * another; the time shown is now at most a period old. The update itself only touches a row whose time is older
 * than {@link #cutoff()}, so several nodes write it about once a period between them.
 */
public final class LastUse {

    public static final Duration PERIOD = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Duration period;
    private final Map<String, Instant> written = new ConcurrentHashMap<>();

    public LastUse(Clock clock) {
        this(clock, PERIOD);
    }

    public LastUse(Clock clock, Duration period) {
        this.clock = clock;
        this.period = period;
    }

    /** True when the use of {@code key} now is to be written; it then counts as written. */
    public boolean due(String key) {
        Instant now = clock.instant();
        Instant last = written.get(key);
        if (last != null && now.isBefore(last.plus(period))) {
            return false; // the usual case: no lock, no write
        }
        if (written.size() > MAX_TRACKED) {
            written.clear();
        }
        boolean[] due = {false};
        written.compute(key, (k, before) -> {
            if (before != null && now.isBefore(before.plus(period))) {
                return before; // another request of the same key won the race
            }
            due[0] = true;
            return now;
        });
        return due[0];
    }

    /** A row whose last use is before this is written again. */
    public OffsetDateTime cutoff() {
        return OffsetDateTime.now(clock).minus(period);
    }
}
