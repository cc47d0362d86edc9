package vn.danvan.shared.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code fileStore} in {@code /actuator/health} (and the readiness probe): DOWN while the store cannot be reached
 * (the bucket is gone or unreachable, the data folder not writable), so that a load balancer stops sending
 * requests to a node that could not serve their files.
 */
@Component("fileStoreHealthIndicator")
class FileStoreHealth extends AbstractHealthIndicator {

    private final FileStore store;

    FileStoreHealth(FileStore store) {
        super("The file store cannot be reached");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.check();
        builder.up().withDetail("store", store.describe());
    }
}
