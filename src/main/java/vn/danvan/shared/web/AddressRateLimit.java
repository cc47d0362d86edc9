package vn.danvan.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

/**
 * At most {@code capacity} actions per client address in {@code window}, refilled gradually
 * (bucket4j). Kept in memory per node: on several nodes each allows its share, which is what a
 * limit against abuse needs.
 */
public final class AddressRateLimit {

    private static final int MAX_TRACKED = 50_000;

    private final int capacity;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public AddressRateLimit(int capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    /** Counts one action of the address; false when its limit is used up. */
    public boolean tryAcquire(String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address == null ? "" : address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build()).tryConsume(1);
    }

    public int capacity() {
        return capacity;
    }
}
