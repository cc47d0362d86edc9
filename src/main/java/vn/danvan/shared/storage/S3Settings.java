package vn.danvan.shared.storage;

import java.util.ArrayList;
import java.util.List;

import vn.danvan.shared.text.TypedText;

/**
 * Where the bucket is and how to sign in to it: {@code DANVAN_S3_ENDPOINT} (blank: AWS's own), {@code _BUCKET},
 * {@code _ACCESS_KEY}, {@code _SECRET_KEY}, {@code _REGION}. The secret key is never shown.
 */
public record S3Settings(String endpoint, String bucket, String accessKey, String secretKey, String region) {

    public S3Settings {
        endpoint = TypedText.of(endpoint);
        bucket = TypedText.of(bucket);
        accessKey = TypedText.of(accessKey);
        secretKey = TypedText.of(secretKey);
        region = TypedText.isBlank(region) ? "us-east-1" : region.strip();
    }

    boolean hasEndpoint() {
        return endpoint != null;
    }

    /** The environment variables that must be set and are not. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (bucket == null) {
            missing.add("DANVAN_S3_BUCKET");
        }
        if (accessKey == null) {
            missing.add("DANVAN_S3_ACCESS_KEY");
        }
        if (secretKey == null) {
            missing.add("DANVAN_S3_SECRET_KEY");
        }
        return missing;
    }

    /** "S3 bucket danvan at http://127.0.0.1:9000 (region us-east-1)". */
    String describe() {
        return "S3 bucket " + bucket + " at " + (endpoint == null ? "AWS" : endpoint) + " (region " + region + ")";
    }

    @Override
    public String toString() {
        return describe() + ", access key " + accessKey;
    }
}
