package vn.danvan.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The db-scheduler tasks of the jobs: {@code long-work}, one execution per job (its data the job's id), run on
 * one node; when that node dies its heartbeats stop and db-scheduler revives the execution on another node
 * ({@code onDeadExecutionRevive}), which runs the job again from the start. A failure is recorded on the job
 * by the runner, so an execution is never retried by db-scheduler. {@code long-work-cleanup}, hourly on one
 * node: removes jobs (and their files) ended more than {@code danvan.jobs.keep-days} ago, and schedules again
 * a job still queued after ten minutes whose execution was lost.
 */
@Configuration(proxyBeanMethods = false)
class LongWorkTask {

    static final TaskDescriptor<Long> LONG_WORK = TaskDescriptor.of("long-work", Long.class);

    private static final Logger log = LoggerFactory.getLogger(LongWorkTask.class);

    @Bean
    OneTimeTask<Long> longWorkExecution(LongWorkRunner runner) {
        return Tasks.oneTime(LONG_WORK).onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(instance.getData()));
    }

    @Bean
    RecurringTask<Void> longWorkCleanupTask(LongWorkCleanup cleanup) {
        return Tasks.recurring("long-work-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> cleanup.run());
    }

    @Configuration(proxyBeanMethods = false)
    static class Cleanup {

        @Bean
        LongWorkCleanup longWorkCleanup(LongWorkRepository repository, LongWorkFiles files, LongWorkService service,
                Clock clock, @Value("${danvan.jobs.keep-days:7}") int keepDays) {
            return new LongWorkCleanup(repository, files, service, clock, Duration.ofDays(keepDays));
        }
    }

    /** What the cleanup task does; a class of its own so that tests call it. */
    record LongWorkCleanup(LongWorkRepository repository, LongWorkFiles files, LongWorkService service, Clock clock,
            Duration keep) {

        static final Duration LOST_AFTER = Duration.ofMinutes(10);

        /** The number of jobs removed. */
        int run() {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int removed = 0;
            for (long id : repository.endedBefore(now.minus(keep))) {
                files.remove(id);
                repository.delete(id);
                removed++;
            }
            for (long id : repository.queuedBefore(now.minus(LOST_AFTER))) {
                service.schedule(id);
            }
            if (removed > 0) {
                log.info("Removed {} long-work jobs ended more than {} days ago", removed, keep.toDays());
            }
            return removed;
        }
    }
}
