package vn.danvan.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data that many requests read and an official rarely edits (a year's working calendar, a legal rule's
 * values, the petition categories), kept in memory for a short lifetime instead of being read from the database on
 * every request. An edit made on this node is seen at once ({@link #forget}); one made on another node of a cluster
 * within the lifetime. Each value is loaded again when its lifetime has passed; two requests that find it expired
 * at the same moment may both load it (no lock: a load is a read).
 *
 * @param <K> what a value is looked up by
 * @param <V> the value, immutable
 */
public final class ShortLived<K, V> {

    private final Duration lifetime;
    private final Clock clock;
    private final Function<K, V> load;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    public ShortLived(Duration lifetime, Clock clock, Function<K, V> load) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.load = load;
    }

    private record Kept<V>(V value, Instant until) {
    }

    public V get(K key) {
        Instant now = clock.instant();
        Kept<V> k = kept.get(key);
        if (k == null || !now.isBefore(k.until())) {
            k = new Kept<>(load.apply(key), now.plus(lifetime));
            kept.put(key, k);
        }
        return k.value();
    }

    /**
     * Drops a value after it was edited on this node: the next read loads it. Inside a transaction, dropped again
     * when it commits, so that a read between the edit and the commit does not keep the old value.
     */
    public void forget(K key) {
        afterCommit(() -> kept.remove(key));
    }

    /** Drops every value, as {@link #forget} does one. */
    public void forgetAll() {
        afterCommit(kept::clear);
    }

    private static void afterCommit(Runnable drop) {
        drop.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    drop.run();
                }
            });
        }
    }
}
