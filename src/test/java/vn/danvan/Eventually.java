package vn.danvan;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.test.util.AopTestUtils;

/**
 * Waits for what an event listener does after a commit ({@code @ApplicationModuleListener} runs asynchronously):
 * reads until the value is the one expected, or gives the last value read after {@link #LIMIT}, for the test's
 * own assertion to show.
 */
public final class Eventually {

    public static final Duration LIMIT = Duration.ofSeconds(10);

    private Eventually() {
    }

    /**
     * The listener bean itself, not its proxy: an {@code @ApplicationModuleListener} called through the proxy runs
     * later on another thread, so a test calling it again (a retry, another node) would assert before it ran.
     */
    public static <T> T direct(T listener) {
        return AopTestUtils.getUltimateTargetObject(listener);
    }

    public static <T> T is(T expected, Supplier<T> read) {
        long end = System.nanoTime() + LIMIT.toNanos();
        T value = read.get();
        while (!Objects.equals(value, expected) && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
            value = read.get();
        }
        return value;
    }
}
