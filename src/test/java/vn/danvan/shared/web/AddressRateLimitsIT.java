package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.DanVanIntegrationTest;

/**
 * Per-address limits on the suite's database. On PostgreSQL (CI's second run, -Ppostgres) two independent
 * {@link AddressRateLimits}, as two nodes on one database, together let one address through at most the capacity
 * plus the documented bound (a tenth of the capacity per node); on the embedded database each instance is a node of
 * its own, in memory.
 */
@DanVanIntegrationTest
class AddressRateLimitsIT {

    private static final int CAPACITY = 100;
    private static final String ADDRESS = "198.51.100.23";

    @Autowired
    AddressRateLimits limits;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private static String name() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Both nodes try {@code tries} times each, from four threads each, all at once; how many got through. */
    private static int allowedTogether(AddressRateLimit one, AddressRateLimit two, int tries) throws Exception {
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                AddressRateLimit node = t % 2 == 0 ? one : two;
                work.add(() -> {
                    for (int i = 0; i < tries / 4; i++) {
                        if (node.tryAcquire(ADDRESS)) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return allowed.get();
    }

    @Test
    void theApplicationKeepsItsLimitsWhereItsDatabaseIs() {
        assertThat(limits.sharedByNodes()).isEqualTo(AddressRateLimits.isPostgreSQL(dataSource));
    }

    @Test
    void twoNodesTogetherAllowOneAddressTheCapacityPlusTheBound() throws Exception {
        String name = name();
        AddressRateLimits nodeOne = new AddressRateLimits(dataSource);
        AddressRateLimits nodeTwo = new AddressRateLimits(dataSource);
        AddressRateLimit one = nodeOne.of(name, CAPACITY, Duration.ofHours(1));
        AddressRateLimit two = nodeTwo.of(name, CAPACITY, Duration.ofHours(1));

        int allowed = allowedTogether(one, two, 400);

        if (AddressRateLimits.isPostgreSQL(dataSource)) {
            int bound = 2 * AddressRateLimits.unsynchronised(CAPACITY);
            assertThat(allowed).as("shared in the database: not 2 x %d", CAPACITY)
                    .isBetween(CAPACITY, CAPACITY + bound);
            // a second later each node has synchronised: the address stays refused on both
            Thread.sleep(AddressRateLimits.SYNC_EVERY.toMillis() + 200);
            assertThat(one.tryAcquire(ADDRESS)).isFalse();
            assertThat(two.tryAcquire(ADDRESS)).isFalse();
            assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id = :id")
                    .param("id", name + ":" + ADDRESS).query(Long.class).single()).isEqualTo(1);
            // another address is untouched
            assertThat(one.tryAcquire("198.51.100.24")).isTrue();
        } else {
            assertThat(allowed).as("in memory each node counts on its own").isEqualTo(2 * CAPACITY);
        }
    }

    @Test
    void aNodeThatDoesNotSyncStillCannotPassTheCapacityAlone() throws Exception {
        AddressRateLimit alone = new AddressRateLimits(dataSource).of(name(), 20, Duration.ofHours(1));
        long allowed = java.util.stream.IntStream.range(0, 60).filter(i -> alone.tryAcquire(ADDRESS)).count();
        assertThat(allowed).isEqualTo(20);
    }

    @Test
    void expiredBucketsAreRemoved() throws Exception {
        if (!AddressRateLimits.isPostgreSQL(dataSource)) {
            assertThat(limits.removeExpired(10)).isZero();
            return;
        }
        String name = name();
        AddressRateLimits node = new AddressRateLimits(dataSource, Duration.ZERO);
        AddressRateLimit quick = node.of(name, 1, Duration.ofMillis(100));
        assertThat(quick.tryAcquire(ADDRESS)).isTrue();
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id like :n").param("n", name + ":%")
                .query(Long.class).single()).isEqualTo(1);
        Thread.sleep(400);
        assertThat(node.removeExpired(10)).isPositive();
        assertThat(jdbc.sql("select count(*) from rate_limit_bucket where id like :n").param("n", name + ":%")
                .query(Long.class).single()).isZero();
    }
}
