package vn.danvan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.danvan.MovableClock;

class ShortLivedTests {

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger loads = new AtomicInteger();
    private final ShortLived<String, String> kept = new ShortLived<>(Duration.ofSeconds(30), clock,
            key -> key + "#" + loads.incrementAndGet());

    @Test
    void aValueIsLoadedOnceWithinItsLifetimeAndAgainAfterIt() {
        assertThat(kept.get("a")).isEqualTo("a#1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(kept.get("a")).isEqualTo("a#1");
        assertThat(kept.get("b")).isEqualTo("b#2");
        clock.advance(Duration.ofSeconds(1));
        assertThat(kept.get("a")).isEqualTo("a#3");
        assertThat(loads).hasValue(3);
    }

    @Test
    void aForgottenValueIsLoadedAtTheNextRead() {
        kept.get("a");
        kept.get("b");
        kept.forget("a");
        assertThat(kept.get("a")).isEqualTo("a#3");
        assertThat(kept.get("b")).isEqualTo("b#2");
        kept.forgetAll();
        assertThat(kept.get("b")).isEqualTo("b#4");
    }

    @Test
    void insideATransactionAValueReadBeforeTheCommitIsDroppedAgainWhenItCommits() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            kept.get("a");
            kept.forget("a");
            // another request reads the old row before the edit commits, and keeps it...
            assertThat(kept.get("a")).isEqualTo("a#2");
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                s.afterCommit();
            }
            // ...until the commit drops it again
            assertThat(kept.get("a")).isEqualTo("a#3");
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
