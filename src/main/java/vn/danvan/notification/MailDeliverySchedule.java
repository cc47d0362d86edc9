package vn.danvan.notification;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delivers the outbox every 30 seconds. db-scheduler runs a recurring task on one node at a time,
 * and each mail is claimed before it is sent, so several nodes never send a mail twice.
 */
@Configuration(proxyBeanMethods = false)
class MailDeliverySchedule {

    static final Duration EVERY = Duration.ofSeconds(30);

    @Bean
    RecurringTask<Void> mailOutboxDelivery(MailDelivery delivery) {
        return Tasks.recurring("mail-outbox-delivery", FixedDelay.of(EVERY))
                .execute((instance, context) -> delivery.deliverDue());
    }
}
