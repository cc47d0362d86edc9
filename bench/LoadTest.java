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
 *   java LoadTest.java open311 BASE_URL API_KEY THREADS WARMUP_S MEASURE_S
 * Prints one line: mode, threads, requests, errors, rps, p50_ms, p99_ms, set_cookie.
 */
public class LoadTest {
    static final String[] SERVICES = {"DAT_DAI", "XAY_DUNG", "MOI_TRUONG", "GIAO_THONG", "KHAC"};

    public static void main(String[] a) throws Exception {
        String mode = a[0], base = a[1], arg = a[2];
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
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) break;
                    HttpRequest req;
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

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
