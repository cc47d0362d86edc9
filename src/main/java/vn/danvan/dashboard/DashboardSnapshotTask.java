package vn.danvan.dashboard;

import java.time.Duration;
import java.time.OffsetDateTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's figures fresh: every {@code danvan.dashboard.refresh-every} (5 minutes by
 * default) the current year's, and one past year whose figures are more than a day old (a report
 * accepted late changes a past year too), and the months of the chart by month ({@link DashboardMonths}).
 * db-scheduler gives each run to one node of a cluster.
 */
@Component
class DashboardSnapshotTask {

    static final Duration PAST_YEARS_EVERY = Duration.ofDays(1);

    private final DashboardSnapshots snapshots;
    private final DashboardMonths months;

    DashboardSnapshotTask(DashboardSnapshots snapshots, DashboardMonths months) {
        this.snapshots = snapshots;
        this.months = months;
    }

    /** One run: the current year, then the stalest past year if one is due; then the months of the chart. */
    void run() {
        int thisYear = snapshots.today().getYear();
        OffsetDateTime done = snapshots.refresh(thisYear);
        snapshots.staleYears(done.minus(PAST_YEARS_EVERY), thisYear).stream().findFirst()
                .ifPresent(snapshots::refresh);
        months.refresh();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> dashboardSnapshotRecurring(DashboardSnapshotTask task,
                @Value("${danvan.dashboard.refresh-every:5m}") Duration every) {
            return Tasks.recurring("dashboard-snapshot", FixedDelay.of(every))
                    .execute((instance, context) -> task.run());
        }
    }
}
