package vn.danvan.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named limit: at most {@code capacity} actions per client address in {@code window}, refilled gradually
 * (bucket4j). Made by {@link AddressRateLimits#of}: in memory on the embedded database (one node), in PostgreSQL
 * shared by all nodes otherwise, so that the limit is not multiplied by the number of nodes.
 */
public final class AddressRateLimit {

    private static final Logger log = LoggerFactory.getLogger(AddressRateLimit.class);
    /** Addresses whose bucket this node keeps at hand; beyond that the map starts again. */
    static final int MAX_TRACKED = 50_000;
    /** Longest address kept in a bucket's key (an IPv6 address has at most 45 characters). */
    static final int MAX_ADDRESS = 64;

    private final String name;
    private final int capacity;
    private final Duration window;
    private final Function<String, Bucket> maker;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code maker} makes the bucket of a key (the limit's name, ':' and the address). */
    AddressRateLimit(String name, int capacity, Duration window, Function<String, Bucket> maker) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a capacity and a window: " + name);
        }
        this.name = name;
        this.capacity = capacity;
        this.window = window;
        this.maker = maker;
    }

    /** The bucket configuration of a limit: {@code capacity} tokens, refilled gradually over {@code window}. */
    static BucketConfiguration configuration(int capacity, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
    }

    /**
     * Counts one action of the address; false when its limit is used up. If the shared store cannot be reached the
     * action is let through (and logged without the address): the request fails on the database soon enough.
     */
    public boolean tryAcquire(String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        String key = key(address);
        try {
            return buckets.computeIfAbsent(key, maker).tryConsume(1);
        } catch (RuntimeException e) {
            buckets.remove(key);
            log.warn("Rate limit {} could not be checked ({}); the action is let through", name,
                    e.getClass().getSimpleName());
            return true;
        }
    }

    String key(String address) {
        String a = address == null ? "" : address;
        return name + ":" + (a.length() > MAX_ADDRESS ? a.substring(0, MAX_ADDRESS) : a);
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public Duration window() {
        return window;
    }
}
