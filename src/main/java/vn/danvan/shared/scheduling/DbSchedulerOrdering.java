package vn.danvan.shared.scheduling;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * db-scheduler 16.7.1 orders its auto-configuration by Boot 3 class names, so under Boot 4 it may
 * start before the data source exists or before Flyway has created its table. This re-imports it
 * after both; the original is excluded in {@code application.yml}.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import(DbSchedulerAutoConfiguration.class)
class DbSchedulerOrdering {
}
