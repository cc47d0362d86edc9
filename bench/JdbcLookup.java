import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The public lookup as a plain JDBC query, one connection per thread (no pool). Usage:
 *   java -cp postgresql.jar JdbcLookup.java JDBC_URL USER CODES_FILE THREADS WARMUP_S MEASURE_S
 */
public class JdbcLookup {
    static final String SQL = """
            select p.id, p.code, p.kind, p.category_id, p.channel, p.title, p.content, p.place, p.unit_id, p.status,
                   p.received_at, p.acceptance_due, p.answer_due, p.assignee_account_id, p.answer_draft, p.answer,
                   p.public_answer, p.published, p.answered_at, p.merged_into_id, p.version, p.rating,
                   p.rating_comment, p.rated_at, p.reopen_requested_at, c.name as category_name, u.name as unit_name
            from petition p join petition_category c on c.id = p.category_id left join unit u on u.id = p.unit_id
            where p.code = ?""";

    public static void main(String[] a) throws Exception {
        String url = a[0], user = a[1];
        List<String> codes = Files.readAllLines(Path.of(a[2]));
        int threads = Integer.parseInt(a[3]);
        long warmup = Long.parseLong(a[4]), measure = Long.parseLong(a[5]);
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measure);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 21];
                int n = 0;
                long errors = 0;
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                try (Connection c = DriverManager.getConnection(url, user, "");
                     PreparedStatement ps = c.prepareStatement(SQL)) {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) break;
                        boolean ok;
                        ps.setString(1, codes.get(rnd.nextInt(codes.size())));
                        try (ResultSet rs = ps.executeQuery()) {
                            ok = rs.next();
                            if (ok) { rs.getString("content"); rs.getString("category_name"); rs.getString("unit_name"); }
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (!ok) errors++;
                            else if (n < lat.length) lat[n++] = (t1 - t0) / 1000;
                        }
                    }
                }
                long[] res = Arrays.copyOf(lat, n + 1);
                res[n] = errors;
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
        System.out.printf("jdbc threads=%d requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f%n",
                threads, total, errors, total / (double) measure, pct(lat, 0.50), pct(lat, 0.99));
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
