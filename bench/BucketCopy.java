import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Copies the objects of an S3-compatible bucket through the S3 API only (JDK only: HTTP + AWS Signature V4,
 * path-style addresses), for backups of DanVan's file store and the restore drill. A bucket is named by a URL,
 * {@code http(s)://host:port/bucket}; the keys come from the environment: {@code S3_ACCESS_KEY}, {@code S3_SECRET_KEY},
 * {@code S3_REGION} (default us-east-1).
 *
 * <pre>
 *   java BucketCopy.java mb       URL          create the bucket (an existing one of ours is fine)
 *   java BucketCopy.java ls       URL          list keys and sizes, then "objects=N bytes=B"
 *   java BucketCopy.java get      URL KEY FILE download one object
 *   java BucketCopy.java download URL DIR      every object to DIR/KEY (a backup of the bucket)
 *   java BucketCopy.java upload   DIR URL      every file under DIR to the same key (a restore into a bucket)
 *   java BucketCopy.java copy     URL URL      every object of the first bucket into the second
 * </pre>
 * An upload signs each object's SHA-256 (x-amz-content-sha256), so a server that checks it refuses a body changed on the way; a
 * download is checked against the size the listing gave. download, upload and copy print
 * "copied=N bytes=B failed=F" and exit 1 when anything failed; a broken connection is tried again twice.
 */
public class BucketCopy {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final String ACCESS = env("S3_ACCESS_KEY", null);
    static final String SECRET = env("S3_SECRET_KEY", null);
    static final String REGION = env("S3_REGION", "us-east-1");

    record Bucket(URI endpoint, String name) {
        static Bucket of(String url) {
            URI u = URI.create(url);
            String name = u.getPath().replaceAll("^/+|/+$", "");
            if (name.isEmpty() || name.contains("/")) {
                throw new IllegalArgumentException("a bucket URL is http(s)://host:port/bucket: " + url);
            }
            return new Bucket(URI.create(u.getScheme() + "://" + u.getRawAuthority()), name);
        }
    }

    record Entry(String key, long size) {}

    public static void main(String[] a) throws Exception {
        if (a.length < 2 || ACCESS == null || SECRET == null) {
            System.err.println("usage: S3_ACCESS_KEY=... S3_SECRET_KEY=... java BucketCopy.java mb|ls|get|download|upload|copy ...");
            System.exit(2);
        }
        switch (a[0]) {
            case "mb" -> makeBucket(Bucket.of(a[1]));
            case "ls" -> {
                long bytes = 0;
                List<Entry> all = list(Bucket.of(a[1]));
                for (Entry e : all) {
                    System.out.println(e.size() + "\t" + e.key());
                    bytes += e.size();
                }
                System.out.println("objects=" + all.size() + " bytes=" + bytes);
            }
            case "get" -> {
                Path tmp = Path.of(a[3] + ".part");
                get(Bucket.of(a[1]), a[2], tmp);
                Files.move(tmp, Path.of(a[3]), StandardCopyOption.REPLACE_EXISTING);
            }
            case "download" -> System.exit(download(Bucket.of(a[1]), Path.of(a[2])));
            case "upload" -> System.exit(upload(Path.of(a[1]), Bucket.of(a[2])));
            case "copy" -> System.exit(copy(Bucket.of(a[1]), Bucket.of(a[2])));
            default -> {
                System.err.println("unknown command " + a[0]);
                System.exit(2);
            }
        }
    }

    static int download(Bucket from, Path dir) throws Exception {
        long copied = 0, bytes = 0, failed = 0;
        for (Entry e : list(from)) {
            Path target = dir.resolve(e.key()).normalize();
            if (!target.startsWith(dir.normalize())) {
                System.err.println("skipped, key leads outside the folder: " + e.key());
                failed++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try {
                get(from, e.key(), tmp);
                if (Files.size(tmp) != e.size()) {
                    throw new IOException("size " + Files.size(tmp) + " instead of " + e.size());
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                copied++;
                bytes += e.size();
            } catch (Exception ex) {
                System.err.println("failed: " + e.key() + ": " + ex.getMessage());
                Files.deleteIfExists(tmp);
                failed++;
            }
        }
        System.out.println("copied=" + copied + " bytes=" + bytes + " failed=" + failed);
        return failed == 0 ? 0 : 1;
    }

    static int upload(Path dir, Bucket to) throws Exception {
        long copied = 0, bytes = 0, failed = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".part")).sorted().toList();
        }
        for (Path f : files) {
            String key = dir.relativize(f).toString().replace('\\', '/');
            try {
                put(to, key, f);
                copied++;
                bytes += Files.size(f);
            } catch (Exception ex) {
                System.err.println("failed: " + key + ": " + ex.getMessage());
                failed++;
            }
        }
        System.out.println("copied=" + copied + " bytes=" + bytes + " failed=" + failed);
        return failed == 0 ? 0 : 1;
    }

    static int copy(Bucket from, Bucket to) throws Exception {
        Path tmp = Files.createTempFile("bucket-copy", ".part");
        long copied = 0, bytes = 0, failed = 0;
        try {
            for (Entry e : list(from)) {
                try {
                    get(from, e.key(), tmp);
                    if (Files.size(tmp) != e.size()) {
                        throw new IOException("size " + Files.size(tmp) + " instead of " + e.size());
                    }
                    put(to, e.key(), tmp);
                    copied++;
                    bytes += e.size();
                } catch (Exception ex) {
                    System.err.println("failed: " + e.key() + ": " + ex.getMessage());
                    failed++;
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.out.println("copied=" + copied + " bytes=" + bytes + " failed=" + failed);
        return failed == 0 ? 0 : 1;
    }

    // ---- S3 operations ----------------------------------------------------------------------------------

    static void makeBucket(Bucket b) throws Exception {
        HttpResponse<String> r = send("PUT", b, null, Map.of(), null, EMPTY_SHA256, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2 && !r.body().contains("BucketAlreadyOwnedByYou")) {
            throw new IOException("create bucket " + b.name() + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    static List<Entry> list(Bucket b) throws Exception {
        List<Entry> all = new ArrayList<>();
        String token = null;
        while (true) {
            Map<String, String> q = new TreeMap<>();
            q.put("list-type", "2");
            if (token != null) q.put("continuation-token", token);
            HttpResponse<byte[]> r = send("GET", b, null, q, null, EMPTY_SHA256, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IOException("list " + b.name() + ": HTTP " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(r.body()));
            NodeList contents = doc.getElementsByTagName("Contents");
            for (int i = 0; i < contents.getLength(); i++) {
                Element c = (Element) contents.item(i);
                all.add(new Entry(text(c, "Key"), Long.parseLong(text(c, "Size"))));
            }
            String truncated = text(doc.getDocumentElement(), "IsTruncated");
            token = text(doc.getDocumentElement(), "NextContinuationToken");
            if (!"true".equals(truncated) || token == null) break;
        }
        return all;
    }

    static void get(Bucket b, String key, Path out) throws Exception {
        HttpResponse<InputStream> r = send("GET", b, key, Map.of(), null, EMPTY_SHA256, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200) {
                throw new IOException("get " + key + ": HTTP " + r.statusCode() + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                in.transferTo(o);
            }
        }
    }

    static void put(Bucket b, String key, Path file) throws Exception {
        String sha = sha256(file);
        HttpResponse<String> r = send("PUT", b, key, Map.of(), file, sha, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException("put " + key + ": HTTP " + r.statusCode() + " " + r.body());
        }
    }

    // ---- AWS Signature Version 4 (header-based, the payload's SHA-256 signed) -------------------------

    static <T> HttpResponse<T> send(String method, Bucket b, String key, Map<String, String> query, Path body,
            String payloadSha256, HttpResponse.BodyHandler<T> handler) throws Exception {
        String path = "/" + enc(b.name(), false) + (key == null ? "" : "/" + enc(key, true));
        StringBuilder qs = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(query).entrySet()) {
            if (qs.length() > 0) qs.append('&');
            qs.append(enc(e.getKey(), false)).append('=').append(enc(e.getValue(), false));
        }
        URI endpoint = b.endpoint();
        String host = endpoint.getHost() + (endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort());
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String amzDate = now.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String day = amzDate.substring(0, 8);
        String scope = day + "/" + REGION + "/s3/aws4_request";
        String signedHeaders = "host;x-amz-content-sha256;x-amz-date";
        String canonical = method + "\n" + path + "\n" + qs + "\n"
                + "host:" + host + "\n" + "x-amz-content-sha256:" + payloadSha256 + "\n" + "x-amz-date:" + amzDate + "\n"
                + "\n" + signedHeaders + "\n" + payloadSha256;
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] k = hmac(("AWS4" + SECRET).getBytes(StandardCharsets.UTF_8), day);
        k = hmac(k, REGION);
        k = hmac(k, "s3");
        k = hmac(k, "aws4_request");
        String signature = hex(hmac(k, toSign));
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(endpoint + path + (qs.length() > 0 ? "?" + qs : "")))
                .timeout(Duration.ofMinutes(2))
                .header("x-amz-date", amzDate)
                .header("x-amz-content-sha256", payloadSha256)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + ACCESS + "/" + scope
                        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        rb.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(body));
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) { // a broken connection is tried again, as the app's client does
            try {
                return HTTP.send(rb.build(), handler);
            } catch (IOException e) {
                last = e;
                Thread.sleep(500L * attempt);
            }
        }
        throw last;
    }

    /** RFC 3986 encoding as SigV4 wants it: unreserved characters stay, '/' stays in an object key. */
    static String enc(String s, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte bt : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (bt & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", bt & 0xff));
            }
        }
        return out.toString();
    }

    static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return hex(md.digest());
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
