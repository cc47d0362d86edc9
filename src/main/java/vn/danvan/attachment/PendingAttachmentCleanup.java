package vn.danvan.attachment;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every hour, on one node: the pending files of forms never sent again, a day after they were chosen. */
@Configuration(proxyBeanMethods = false)
class PendingAttachmentCleanup {

    static final Duration EVERY = Duration.ofHours(1);
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(PendingAttachmentCleanup.class);

    @Bean
    RecurringTask<Void> pendingAttachmentCleanupTask(PendingAttachments pending) {
        return Tasks.recurring("pending-attachment-cleanup", FixedDelay.of(EVERY))
                .execute((instance, context) -> {
                    int removed = pending.removeExpired(BATCH);
                    if (removed > 0) {
                        log.info("Removed {} batches of pending files older than {}", removed, PendingAttachments.KEEP);
                    }
                });
    }
}
