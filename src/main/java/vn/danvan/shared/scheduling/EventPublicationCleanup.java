package vn.danvan.shared.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Completed module-event publications stay in the database (Spring Modulith keeps them for
 * diagnosis); this removes those completed more than a week ago, once a day, on one node only.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationCleanup {

    static final Duration KEEP = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(EventPublicationCleanup.class);

    @Bean
    RecurringTask<Void> completedEventPublicationCleanup(JdbcClient jdbc, Clock clock) {
        return Tasks.recurring("completed-event-publication-cleanup", FixedDelay.of(Duration.ofHours(24)))
                .execute((instance, context) -> {
                    int removed = removeCompleted(jdbc, clock);
                    if (removed > 0) {
                        log.info("Removed {} completed event publications older than {} days", removed,
                                KEEP.toDays());
                    }
                });
    }

    static int removeCompleted(JdbcClient jdbc, Clock clock) {
        return jdbc.sql("delete from event_publication where completion_date is not null and completion_date < :before")
                .param("before", OffsetDateTime.now(clock).minus(KEEP))
                .update();
    }
}
