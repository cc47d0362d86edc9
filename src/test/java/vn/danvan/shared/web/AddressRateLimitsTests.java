package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The in-memory kind of per-address limits (the embedded database, one node). */
class AddressRateLimitsTests {

    private final AddressRateLimits limits = AddressRateLimits.inMemory();

    private static long allowed(AddressRateLimit limit, String address, int tries) {
        return IntStream.range(0, tries).filter(i -> limit.tryAcquire(address)).count();
    }

    @Test
    void anAddressGetsTheCapacityAndNoMore() {
        AddressRateLimit limit = limits.of("petition.lookup", 5, Duration.ofHours(1));
        assertThat(allowed(limit, "203.0.113.7", 8)).isEqualTo(5);
        assertThat(limit.tryAcquire("203.0.113.7")).isFalse();
        assertThat(limits.sharedByNodes()).isFalse();
    }

    @Test
    void addressesAndLimitsCountApart() {
        AddressRateLimit lookups = limits.of("petition.lookup", 2, Duration.ofHours(1));
        AddressRateLimit submissions = limits.of("petition.submission", 2, Duration.ofHours(1));
        assertThat(allowed(lookups, "203.0.113.7", 3)).isEqualTo(2);
        assertThat(allowed(lookups, "203.0.113.8", 3)).isEqualTo(2);
        assertThat(allowed(submissions, "203.0.113.7", 3)).isEqualTo(2);
    }

    @Test
    void aRequestWithoutAddressIsCountedToo() {
        AddressRateLimit limit = limits.of("sign-in", 1, Duration.ofMinutes(5));
        assertThat(limit.tryAcquire(null)).isTrue();
        assertThat(limit.tryAcquire(null)).isFalse();
        assertThat(limit.tryAcquire("")).as("no address and an empty one are the same key").isFalse();
    }

    @Test
    void aLongAddressIsCutInTheKey() {
        AddressRateLimit limit = limits.of("dossier.lookup", 1, Duration.ofHours(1));
        String longAddress = "x".repeat(500);
        assertThat(limit.key(longAddress)).isEqualTo("dossier.lookup:" + "x".repeat(AddressRateLimit.MAX_ADDRESS));
        assertThat(limit.tryAcquire(longAddress)).isTrue();
        assertThat(limit.tryAcquire(longAddress + "y")).as("same first 64 characters").isFalse();
    }

    @Test
    void oneNameIsOneLimit() {
        AddressRateLimit first = limits.of("survey.answer", 3, Duration.ofHours(1));
        assertThat(limits.of("survey.answer", 3, Duration.ofHours(1))).isSameAs(first);
        assertThatThrownBy(() -> limits.of("survey.answer", 4, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.of("survey.answer", 3, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.of("a:b", 3, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits.of("zero", 0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensComeBackOverTheWindow() throws InterruptedException {
        AddressRateLimit limit = limits.of("quick", 2, Duration.ofMillis(200));
        assertThat(allowed(limit, "203.0.113.7", 3)).isEqualTo(2);
        Thread.sleep(350);
        assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
    }

    @Test
    void aStoreThatFailsLetsTheActionThrough() {
        AddressRateLimit limit = new AddressRateLimit("broken", 1, Duration.ofHours(1), key -> {
            throw new IllegalStateException("database down");
        });
        assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
        assertThat(limit.tryAcquire("203.0.113.7")).isTrue();
    }

    @Test
    void aNodeSynchronisesAfterATenthOfTheCapacity() {
        assertThat(AddressRateLimits.unsynchronised(60)).isEqualTo(6);
        assertThat(AddressRateLimits.unsynchronised(9)).as("small limits are exact").isZero();
        assertThat(AddressRateLimits.SYNC_EVERY).isEqualTo(Duration.ofSeconds(1));
        assertThat(limits.removeExpired(1_000)).isZero();
    }
}
