package vn.danvan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DanVanTime;

/**
 * Asks every module's {@link DueNotices} every {@link #EVERY} and sends what is due. db-scheduler gives
 * each execution to one node; were two runs ever to overlap, the insert-first record in
 * {@link NoticeService#notifyOnce} still sends each notice once.
 */
@Component
class DueNoticesRun {

    static final Duration EVERY = Duration.ofMinutes(15);

    private final List<DueNotices> sources;
    private final NoticeService notices;
    private final Clock clock;

    DueNoticesRun(List<DueNotices> sources, NoticeService notices, Clock clock) {
        this.sources = sources;
        this.notices = notices;
        this.clock = clock;
    }

    /** Sends the notices of every module due on {@code today}; the number sent. */
    int run(LocalDate today) {
        int count = 0;
        for (DueNotices source : sources) {
            count += notices.sendDue(source, today); // never throws: one module's trouble stops no other
        }
        return count;
    }

    int runToday() {
        return run(LocalDate.now(clock.withZone(DanVanTime.ZONE)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dueNoticesTask(DueNoticesRun run) {
            return Tasks.recurring("due-notices", FixedDelay.of(EVERY))
                    .execute((instance, context) -> run.runToday());
        }
    }
}
