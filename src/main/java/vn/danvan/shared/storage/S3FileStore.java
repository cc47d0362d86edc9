package vn.danvan.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The store as a bucket of S3-compatible object storage (MinIO, Ceph, Garage, AWS S3...), shared by every node:
 * the key is the object's name. Path-style addresses ({@code http://host:9000/bucket/key}), which every such
 * server understands; the JDK's own HTTP client. An object appears whole when its upload completes, so a reader
 * never sees half a file.
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    /** S3 deletes at most this many keys in one request. */
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final String where;
    private final StagingFolder staging;

    S3FileStore(S3Client s3, String bucket, String where, StagingFolder staging) {
        this.s3 = s3;
        this.bucket = bucket;
        this.where = where;
        this.staging = staging;
    }

    /**
     * A store on the bucket at the endpoint (null or blank: AWS's own endpoint for the region); a stream to keep is
     * first written to the staging folder.
     */
    public static S3FileStore connect(S3Settings settings, StagingFolder staging) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                // path-style addresses; a body sent whole with its length, not in signed "aws-chunked" pieces:
                // some S3-compatible servers (s3proxy among them) leave the connection unusable after a chunked
                // upload, and the next request on it fails
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(false).build())
                // checksums only where S3 requires them: the newer default (trailing CRC checksums on every
                // upload) is not understood by every S3-compatible server
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)));
        if (settings.hasEndpoint()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return new S3FileStore(builder.build(), settings.bucket(), settings.describe(), staging);
    }

    @Override
    public void put(String key, Path staged) {
        try {
            long length = Files.size(staged);
            s3.putObject(r -> r.bucket(bucket).key(StorageKeys.checked(key)).contentLength(length),
                    RequestBody.fromFile(staged));
        } catch (IOException | SdkException e) {
            throw unavailable("Cannot store " + key, e);
        }
        StagingFolder.deleteQuietly(staged);
    }

    /**
     * Writes the stream to a staging file first, then uploads that: an upload read from a file can be signed (over
     * plain HTTP the signature covers the body) and sent again when a connection fails, which a stream cannot.
     */
    @Override
    public void put(String key, InputStream content, long length) {
        StorageKeys.checked(key);
        Path spooled = staging.newFile("s3-put");
        try {
            long written;
            try (OutputStream out = Files.newOutputStream(spooled)) {
                written = content.transferTo(out);
            }
            if (written != length) {
                throw new IOException("expected " + length + " bytes, read " + written);
            }
            put(key, spooled);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        } finally {
            StagingFolder.deleteQuietly(spooled);
        }
    }

    @Override
    public StoredFile open(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(StorageKeys.checked(key)));
            return new StoredFile(key, in, in.response().contentLength());
        } catch (SdkException e) {
            if (missingKey(e)) {
                throw new StoredFileMissingException(key);
            }
            throw unavailable("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(StorageKeys.checked(key)));
            return true;
        } catch (SdkException e) {
            if (missingKey(e)) {
                return false;
            }
            throw unavailable("Cannot look for " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(StorageKeys.checked(key)));
        } catch (SdkException e) {
            throw unavailable("Cannot delete " + key, e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        StorageKeys.checkedPrefix(prefix);
        try {
            List<StoredObject> found = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
                found.add(new StoredObject(o.key(), o.size()));
            }
            return found;
        } catch (SdkException e) {
            throw unavailable("Cannot list " + prefix, e);
        }
    }

    @Override
    public int deleteAll(String prefix) {
        List<StoredObject> all = list(prefix);
        try {
            for (int from = 0; from < all.size(); from += DELETE_BATCH) {
                List<ObjectIdentifier> batch = all.subList(from, Math.min(all.size(), from + DELETE_BATCH)).stream()
                        .map(o -> ObjectIdentifier.builder().key(o.key()).build()).toList();
                s3.deleteObjects(r -> r.bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build()));
            }
        } catch (SdkException e) {
            throw unavailable("Cannot remove " + prefix, e);
        }
        return all.size();
    }

    @Override
    public void check() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            throw new StorageUnavailableException("The bucket does not exist: " + describe(), e);
        } catch (S3Exception e) {
            throw new StorageUnavailableException(switch (e.statusCode()) {
                case 404 -> "The bucket does not exist: ";
                case 401, 403 -> "The access key or secret key is refused (HTTP " + e.statusCode() + ") by ";
                default -> "The bucket answers HTTP " + e.statusCode() + ": ";
            } + describe(), e);
        } catch (SdkException e) {
            throw new StorageUnavailableException("The bucket cannot be reached: " + describe() + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        s3.close();
    }

    /** No object has the key (a HEAD answers a bare 404), as opposed to no bucket of that name. */
    private static boolean missingKey(SdkException e) {
        return e instanceof NoSuchKeyException
                || e instanceof S3Exception s && s.statusCode() == 404 && !(e instanceof NoSuchBucketException);
    }

    private StorageUnavailableException unavailable(String what, Exception e) {
        return new StorageUnavailableException(what + " in " + describe() + ": " + e.getMessage(), e);
    }
}
