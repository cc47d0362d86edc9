package vn.danvan.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;

/**
 * A real S3 server in the test JVM: s3proxy in front of jclouds' in-memory "transient" blob store, on a free port
 * of the loopback address, signing checked (AWS v2 or v4) with its own keys. One per JVM, started by the first test
 * that asks for it and stopped when the JVM ends; each test class takes a bucket of its own.
 */
public final class S3Server {

    public static final String ACCESS_KEY = "danvan-test";
    public static final String SECRET_KEY = "danvan-test-secret-" + UUID.randomUUID();
    public static final String REGION = "us-east-1";

    private static S3Server running;

    private final S3Proxy proxy;
    private final BlobStore blobs;
    private final String endpoint;

    private S3Server(S3Proxy proxy, BlobStore blobs, String endpoint) {
        this.proxy = proxy;
        this.blobs = blobs;
        this.endpoint = endpoint;
    }

    /** The server, started on first use. */
    public static synchronized S3Server get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "s3proxy-stop"));
        }
        return running;
    }

    private static S3Server start() {
        // the API given as an object, not by its name: a lookup by name would load every provider s3proxy
        // declares, and the client libraries of Azure, Google Cloud and the others are left out of the test classpath
        BlobStoreContext context = ContextBuilder.newBuilder(new TransientApiMetadata())
                .credentials("identity", "credential").build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long until = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start s3proxy", e);
        }
        return new S3Server(proxy, context.getBlobStore(), "http://127.0.0.1:" + proxy.getPort());
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String endpoint() {
        return endpoint;
    }

    /** A new empty bucket with a name of its own. */
    public String newBucket(String name) {
        String bucket = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        blobs.createContainerInLocation(null, bucket);
        return bucket;
    }

    /** The settings of a store on the bucket. */
    public S3Settings settings(String bucket) {
        return new S3Settings(endpoint, bucket, ACCESS_KEY, SECRET_KEY, REGION);
    }

    /** A store on the bucket, as the application makes it, staging in a folder of its own. */
    public S3FileStore store(String bucket) {
        return store(settings(bucket));
    }

    /** A store with the settings, staging in a folder of its own. */
    public static S3FileStore store(S3Settings settings) {
        try {
            return S3FileStore.connect(settings, new StagingFolder(Files.createTempDirectory("danvan-s3-staging")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's settings ({@code danvan.storage.*}) for a store on the bucket. */
    public Map<String, String> properties(String bucket) {
        return Map.of("danvan.storage.kind", "s3", "danvan.storage.s3.endpoint", endpoint,
                "danvan.storage.s3.bucket", bucket, "danvan.storage.s3.access-key", ACCESS_KEY,
                "danvan.storage.s3.secret-key", SECRET_KEY, "danvan.storage.s3.region", REGION);
    }

    /** Removes an object behind the application's back, as someone emptying the bucket by hand would. */
    public void removeObject(String bucket, String key) {
        blobs.removeBlob(bucket, key);
    }

    private void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // the JVM is ending
        }
    }
}
