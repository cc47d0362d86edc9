package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.danvan.MovableClock;

class LastUseTests {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T03:00:00Z"));
    private final LastUse lastUse = new LastUse(clock);

    @Test
    void aKeyIsWrittenAtMostOnceAMinute() {
        assertThat(lastUse.due("a")).as("first use").isTrue();
        assertThat(lastUse.due("a")).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(lastUse.due("a")).as("59 s later").isFalse();
        assertThat(lastUse.due("b")).as("another key has its own minute").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lastUse.due("a")).as("a minute after it was written").isTrue();
        assertThat(lastUse.due("a")).isFalse();
        assertThat(lastUse.cutoff().toInstant()).isEqualTo(clock.instant().minus(LastUse.PERIOD));
    }

    @Test
    void manyRequestsOfOneKeyAtOnceWriteOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger writes = new AtomicInteger();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                all.add(pool.submit(() -> {
                    if (lastUse.due("k")) {
                        writes.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(writes.get()).isEqualTo(1);
    }
}
