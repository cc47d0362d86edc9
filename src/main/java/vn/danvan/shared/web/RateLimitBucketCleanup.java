package vn.danvan.shared.web;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rows of {@code rate_limit_bucket} whose bucket has been full again for a while are deleted every ten minutes, on
 * one node, a thousand at a time (nothing to do when the limits are in memory).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitBucketCleanup {

    static final Duration EVERY = Duration.ofMinutes(10);
    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(RateLimitBucketCleanup.class);

    @Bean
    RecurringTask<Void> rateLimitBucketCleanupTask(AddressRateLimits limits) {
        return Tasks.recurring("rate-limit-bucket-cleanup", FixedDelay.of(EVERY))
                .execute((instance, context) -> {
                    int removed = limits.removeExpired(BATCH);
                    if (removed > 0) {
                        log.info("Removed {} expired rate limit buckets", removed);
                    }
                });
    }
}
