import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Load generator (JDK only). Usage:
 *   java LoadTest.java lookup BASE_URL CODES_FILE THREADS WARMUP_S MEASURE_S
 *   java LoadTest.java open311 BASE_URL API_KEY THREADS WARMUP_S MEASURE_S [ACKS_FILE]
 *   java LoadTest.java portal BASE_URL UNIT_NAME THREADS WARMUP_S MEASURE_S [ACKS_FILE]
 *   java LoadTest.java photos PHOTOS_FILE COOKIE BASE_URL...
 * The first three print one line: mode, threads, requests, errors, rps, p50_ms, p99_ms, set_cookie, answered
 * (acknowledged requests, warm-up included). With ACKS_FILE, each acknowledged request adds a line to it: Open311,
 * the service_request_id (the tracking code); portal, "code sha256 bytes" of the photo sent with it.
 * portal: a citizen's public petition with a photo: GET /portal/petitions/new (its own cookies, the form's _csrf,
 * submissionKey, the first category and the unit whose name contains UNIT_NAME), then a multipart POST with a PNG made
 * for that request (its pixels differ every time); acknowledged = the receipt page with its tracking code.
 * photos: PHOTOS_FILE has lines "petition_id attachment_id sha256"; each file is downloaded from every BASE_URL
 * (GET /petitions/{id}/files/{attachment}, with the Cookie header COOKIE of a signed-in officer) and compared with
 * the SHA-256; prints "photos checked=N" and per base "ok=" and "bad=" counts, and names each bad download on stderr.
 */
public class LoadTest {
    static final String[] SERVICES = {"DAT_DAI", "XAY_DUNG", "MOI_TRUONG", "GIAO_THONG", "KHAC"};

    public static void main(String[] a) throws Exception {
        if (a[0].equals("photos")) {
            photos(a);
            return;
        }
        String mode = a[0], base = a[1], arg = a[2];
        java.io.PrintWriter acks = a.length > 6
                ? new java.io.PrintWriter(Files.newBufferedWriter(Path.of(a[6]), StandardCharsets.UTF_8), true) : null;
        int threads = Integer.parseInt(a[3]);
        long warmup = Long.parseLong(a[4]), measure = Long.parseLong(a[5]);
        List<String> codes = mode.equals("lookup") ? Files.readAllLines(Path.of(arg)) : List.of();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measure);
        boolean[] cookieSeen = new boolean[1];
        java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                long errors = 0;
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                // a citizen's own cookies (the form's session and CSRF token), kept per thread
                HttpClient own = mode.equals("portal") ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new java.net.CookieManager()).build() : client;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) break;
                    HttpRequest req;
                    if (mode.equals("portal")) {
                        boolean ok = portal(own, base, arg, rnd, acks);
                        if (ok) answered.incrementAndGet();
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (!ok) errors++;
                            else if (n < lat.length) lat[n++] = (t1 - t0) / 1000;
                        }
                        continue;
                    }
                    if (mode.equals("lookup")) {
                        String code = codes.get(rnd.nextInt(codes.size()));
                        req = HttpRequest.newBuilder(URI.create(base + "/portal/petitions/lookup?code=" + code))
                                .timeout(Duration.ofSeconds(10)).GET().build();
                    } else {
                        String body = "api_key=" + enc(arg) + "&service_code=" + SERVICES[rnd.nextInt(SERVICES.length)]
                                + "&description=" + enc("Benchmark: den duong hong truoc nha so " + rnd.nextInt(100000))
                                + "&address_string=" + enc("So " + rnd.nextInt(1000) + " duong Benchmark");
                        req = HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    }
                    boolean ok;
                    try {
                        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() / 100 == 2;
                        if (ok) answered.incrementAndGet(); // acknowledged, warm-up included
                        if (ok && acks != null) {
                            java.util.regex.Matcher m = O311_ID
                                    .matcher(new String(r.body(), StandardCharsets.UTF_8));
                            if (m.find()) acks.println(m.group(1));
                        }
                        if (r.headers().firstValue("set-cookie").isPresent()) cookieSeen[0] = true;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom && t1 <= end) {
                        if (!ok) errors++;
                        else if (n < lat.length) lat[n++] = (t1 - t0) / 1000;
                    }
                }
                long[] res = Arrays.copyOf(lat, n + 1);
                res[n] = errors; // last element carries the error count
                return res;
            }));
        }
        long total = 0, errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            errors += r[r.length - 1];
            all.add(r);
            total += r.length - 1;
        }
        pool.shutdown();
        long[] lat = new long[(int) total];
        int i = 0;
        for (long[] r : all) { System.arraycopy(r, 0, lat, i, r.length - 1); i += r.length - 1; }
        Arrays.sort(lat);
        double rps = total / (double) measure;
        System.out.printf("%s threads=%d requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f set_cookie=%s answered=%d%n",
                mode, threads, total, errors, rps, pct(lat, 0.50), pct(lat, 0.99), cookieSeen[0], answered.get());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static final java.util.regex.Pattern O311_ID = java.util.regex.Pattern.compile("\"service_request_id\":\"([^\"]+)\"");
    static final java.util.regex.Pattern CSRF = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("name=\"submissionKey\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"submissionKey\"");
    static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("name=\"categoryId\".*?<option value=\"(\\d+)\"", java.util.regex.Pattern.DOTALL);
    static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]*)<");
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("id=\"tracking-code\"[^>]*>([^<]+)<");

    /** One public petition with a photo; true when the receipt with its tracking code came back. */
    static boolean portal(HttpClient client, String base, String unitName, ThreadLocalRandom rnd, java.io.PrintWriter acks) {
        try {
            HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/portal/petitions/new"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (form.statusCode() != 200) return false;
            String html = form.body();
            java.util.regex.Matcher csrf = CSRF.matcher(html), key = KEY.matcher(html), cat = CATEGORY.matcher(html);
            if (!csrf.find() || !key.find() || !cat.find()) return false;
            String unit = "";
            java.util.regex.Matcher opt = OPTION.matcher(html.substring(html.indexOf("name=\"unitId\"")));
            while (opt.find()) {
                if (opt.group(2).contains(unitName)) { unit = opt.group(1); break; }
            }
            byte[] photo = png(rnd);
            String boundary = "----danvan" + Long.toHexString(rnd.nextLong());
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            String[][] fields = {{"_csrf", csrf.group(1)}, {"submissionKey", key.group(1) != null ? key.group(1) : key.group(2)},
                    {"kind", "FEEDBACK"}, {"categoryId", cat.group(1)}, {"unitId", unit},
                    {"title", "Đèn đường hỏng trước nhà số " + rnd.nextInt(1000)},
                    {"content", "Đèn đường hỏng nhiều ngày, buổi tối đi lại khó khăn. Ảnh chụp kèm theo (bench/cluster)."},
                    {"place", "Ấp " + rnd.nextInt(10) + ", xã An Bình"}, {"consent", "true"}, {"_consent", "on"}};
            for (String[] f : fields) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n"
                        + f[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"anh-hien-truong.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photo);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/portal/petitions"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher code = CODE.matcher(r.body());
            if (r.statusCode() != 200 || !code.find()) return false;
            if (acks != null) acks.println(code.group(1).trim() + " " + sha256(photo) + " " + photo.length);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** A small PNG whose pixels differ every time (a gradient with random noise), made with the JDK's ImageIO. */
    static byte[] png(ThreadLocalRandom rnd) throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(48, 32, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, ((x * 5) << 16) | ((y * 7) << 8) | rnd.nextInt(256));
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static String sha256(byte[] data) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    /** Downloads each listed file through every base URL as the signed-in officer and compares its SHA-256. */
    static void photos(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a[1]));
        String cookie = a[2];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        StringBuilder out = new StringBuilder("photos checked=" + lines.stream().filter(l -> !l.isBlank()).count());
        for (int b = 3; b < a.length; b++) {
            long ok = 0, bad = 0;
            for (String line : lines) {
                if (line.isBlank()) continue;
                String[] f = line.trim().split("\\s+");
                String url = a[b] + "/petitions/" + f[0] + "/files/" + f[1];
                String why;
                try {
                    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    why = r.statusCode() != 200 ? "HTTP " + r.statusCode()
                            : !sha256(r.body()).equals(f[2]) ? "different bytes (" + r.body().length + " bytes)" : null;
                } catch (Exception e) {
                    why = e.getClass().getSimpleName();
                }
                if (why == null) ok++;
                else {
                    bad++;
                    System.err.println("photo " + url + ": " + why);
                }
            }
            out.append(" base").append(b - 2).append("_ok=").append(ok).append(" base").append(b - 2).append("_bad=").append(bad);
        }
        System.out.println(out);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
