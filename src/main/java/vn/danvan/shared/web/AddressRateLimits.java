package vn.danvan.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The per-address rate limits of the application, each made once by name ({@code of("petition.lookup", 60,
 * Duration.ofHours(1))}).
 * <ul>
 * <li>On the embedded database (one node) the buckets are in memory, as before.</li>
 * <li>On PostgreSQL they are rows of {@code rate_limit_bucket} (bucket4j's PostgreSQL backend, SELECT ... FOR
 * UPDATE), keyed by the limit's name and the address, shared by every node. A node does not go to the database on
 * each action: it works on its copy of an address's bucket and synchronises it (adding what it let through
 * meanwhile) after {@link #SYNC_EVERY} or once it has let through {@link #unsynchronised(int)} actions
 * (a tenth of the capacity), whichever comes first. So with N nodes one address gets at most
 * capacity + N × capacity/10 actions in a window (a limit of fewer than 10 is exact). Rows expire
 * {@link #KEEP_AFTER_REFILL} after their bucket is full again and are removed by a recurring task.</li>
 * </ul>
 */
@Component
public class AddressRateLimits {

    /** Longest time a node works on its copy of a bucket before synchronising it. */
    public static final Duration SYNC_EVERY = Duration.ofSeconds(1);
    /** How long a row stays once its bucket would be full again. */
    static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(5);
    static final String TABLE = "rate_limit_bucket";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> database;
    private final Map<String, AddressRateLimit> limits = new ConcurrentHashMap<>();

    @Autowired
    public AddressRateLimits(DataSource dataSource) {
        this(isPostgreSQL(dataSource) ? dataSource : null, KEEP_AFTER_REFILL);
    }

    /** Limits of this process alone, in memory (unit tests, and a test that needs a limit of its own). */
    public static AddressRateLimits inMemory() {
        return new AddressRateLimits(null, KEEP_AFTER_REFILL);
    }

    /** {@code shared} null: in memory; else the buckets are in that PostgreSQL database. */
    AddressRateLimits(DataSource shared, Duration keepAfterRefill) {
        this.database = shared == null ? null : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(shared)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterRefill))
                .build();
    }

    /**
     * The limit called {@code name}: at most {@code capacity} actions per address in {@code window}. Asked again with
     * the same name, the same limit; a name cannot be given two different limits.
     */
    public AddressRateLimit of(String name, int capacity, Duration window) {
        AddressRateLimit limit = limits.computeIfAbsent(name, n -> make(n, capacity, window));
        if (limit.capacity() != capacity || !limit.window().equals(window)) {
            throw new IllegalArgumentException("Rate limit " + name + " already exists with another capacity or window");
        }
        return limit;
    }

    private AddressRateLimit make(String name, int capacity, Duration window) {
        if (name.isBlank() || name.contains(":")) {
            throw new IllegalArgumentException("A rate limit's name is a word without ':'");
        }
        var configuration = AddressRateLimit.configuration(capacity, window);
        if (database == null) {
            return new AddressRateLimit(name, capacity, window,
                    key -> Bucket.builder().addLimit(l -> l.capacity(capacity).refillGreedy(capacity, window)).build());
        }
        int unsynchronised = unsynchronised(capacity);
        if (unsynchronised == 0) {
            // a small limit (sign-in attempts, survey answers) is exact: each action asks the database
            return new AddressRateLimit(name, capacity, window, key -> database.builder().build(key, () -> configuration));
        }
        var delaying = Optimizations.delaying(new DelayParameters(unsynchronised, SYNC_EVERY));
        return new AddressRateLimit(name, capacity, window,
                key -> database.builder().withOptimization(delaying).build(key, () -> configuration));
    }

    /** How many actions a node may let through before it synchronises a bucket of {@code capacity}. */
    static int unsynchronised(int capacity) {
        return capacity / 10;
    }

    /** Whether the buckets are in the database, shared by the nodes. */
    public boolean sharedByNodes() {
        return database != null;
    }

    /** Removes expired rows, {@code batch} at a time; the number removed (0 in memory). */
    public int removeExpired(int batch) {
        if (database == null) {
            return 0;
        }
        int removed = 0;
        int last;
        do {
            last = database.removeExpired(batch);
            removed += last;
        } while (last >= batch);
        return removed;
    }

    static boolean isPostgreSQL(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database holds the rate limits", e);
        }
    }
}
