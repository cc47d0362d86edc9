package vn.danvan.jobs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

import vn.danvan.DanVanIntegrationTest;

/**
 * The application with low thresholds, so that a test's few rows make a background job: exports of more than
 * 50 rows, imports of more than 3 rows; and a scheduler that polls often and takes over a dead node's work
 * after 6 missed heartbeats of one second. The tests that carry it share one Spring context (and the shared
 * test database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DanVanIntegrationTest
@TestPropertySource(properties = {"danvan.jobs.export-threshold=50", "danvan.jobs.import-threshold=3",
    "db-scheduler.heartbeat-interval=1s", "db-scheduler.polling-interval=500ms"})
public @interface LowJobThresholds {

    int EXPORT = 50;
    int IMPORT = 3;
}
