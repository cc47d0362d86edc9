import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * What the app does per request, as plain JDBC on one connection per thread (no pool, no framework): the floor the
 * app's figures are compared with. Usage:
 *   java -cp postgresql.jar JdbcLoop.java lookup JDBC_URL USER CODES_FILE THREADS WARMUP_S MEASURE_S
 *   java -cp postgresql.jar JdbcLoop.java insert JDBC_URL USER CATEGORY_ID THREADS WARMUP_S MEASURE_S
 * lookup: the public lookup's query by a random code of CODES_FILE. insert: a received petition and its first step
 * in one transaction per request, committed synchronously (the server's default), as an Open311 POST stores them.
 */
public class JdbcLoop {
    static final String LOOKUP = """
            select p.id, p.code, p.kind, p.category_id, p.channel, p.title, p.content, p.place, p.unit_id, p.status,
                   p.received_at, p.acceptance_due, p.answer_due, p.assignee_account_id, p.answer_draft, p.answer,
                   p.public_answer, p.published, p.answered_at, p.merged_into_id, p.version, p.rating,
                   p.rating_comment, p.rated_at, p.reopen_requested_at, c.name as category_name, u.name as unit_name
            from petition p join petition_category c on c.id = p.category_id left join unit u on u.id = p.unit_id
            where p.code = ?""";
    static final String INSERT_PETITION = """
            insert into petition (code, kind, category_id, channel, title, content, place, search_key, unit_id, status,
                                  received_at, acceptance_due, answer_due, published, created_at, updated_at, version)
            values (?, 'FEEDBACK', ?, 'OPEN311', ?, ?, ?, ?, null, 'RECEIVED', ?, ?, ?, false, ?, ?, 0)""";
    static final String INSERT_STEP = """
            insert into petition_step (petition_id, occurred_at, actor, action, from_status, to_status, note, public_step)
            values (?, ?, 'open311:benchmark', 'RECEIVE', null, 'RECEIVED', null, true)""";
    static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    interface Request {
        boolean run(ThreadLocalRandom rnd) throws Exception;
    }

    public static void main(String[] a) throws Exception {
        String mode = a[0], url = a[1], user = a[2], arg = a[3];
        int threads = Integer.parseInt(a[4]);
        long warmup = Long.parseLong(a[5]), measure = Long.parseLong(a[6]);
        List<String> codes = mode.equals("lookup") ? Files.readAllLines(Path.of(arg)) : List.of();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(measure);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong(); // warm-up included
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 21];
                int n = 0;
                long errors = 0;
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                try (Connection c = DriverManager.getConnection(url, user, "")) {
                    Request request = mode.equals("lookup") ? lookup(c, codes) : insert(c, Long.parseLong(arg));
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) break;
                        boolean ok = request.run(rnd);
                        done.incrementAndGet();
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
        System.out.printf("%s threads=%d requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f all=%d%n",
                mode.equals("lookup") ? "jdbc" : "jdbc_insert", threads, total, errors, total / (double) measure,
                pct(lat, 0.50), pct(lat, 0.99), done.get());
    }

    static Request lookup(Connection c, List<String> codes) throws Exception {
        PreparedStatement ps = c.prepareStatement(LOOKUP);
        return rnd -> {
            ps.setString(1, codes.get(rnd.nextInt(codes.size())));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return false;
                rs.getString("content"); rs.getString("category_name"); rs.getString("unit_name");
                return true;
            }
        };
    }

    /** As the app's VietnameseText.searchKey: without accents, lower case, single spaces. */
    static String searchKey(String text) {
        String bare = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return bare.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static Request insert(Connection c, long categoryId) throws Exception {
        c.setAutoCommit(false);
        PreparedStatement petition = c.prepareStatement(INSERT_PETITION, new String[] {"id"});
        PreparedStatement step = c.prepareStatement(INSERT_STEP);
        return rnd -> {
            StringBuilder code = new StringBuilder("PB-");
            for (int k = 0; k < 10; k++) {
                if (k == 5) code.append('-');
                code.append(DIGITS.charAt(rnd.nextInt(32)));
            }
            Timestamp now = Timestamp.from(Instant.now());
            // the texts bench/open311.lua sends, and the search key the app makes of them (code, title, content, place)
            String description = "Benchmark: đèn đường hỏng trước nhà số " + rnd.nextInt(100000);
            String place = "Số " + rnd.nextInt(1000) + " đường Benchmark";
            petition.setString(1, code.toString());
            petition.setLong(2, categoryId);
            petition.setString(3, description);
            petition.setString(4, description);
            petition.setString(5, place);
            petition.setString(6, searchKey(code + " " + description + " " + description + " " + place));
            petition.setTimestamp(7, now);
            petition.setObject(8, java.time.LocalDate.now().plusDays(10));
            petition.setObject(9, java.time.LocalDate.now().plusDays(30));
            petition.setTimestamp(10, now);
            petition.setTimestamp(11, now);
            try {
                petition.executeUpdate();
                long id;
                try (ResultSet keys = petition.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                step.setLong(1, id);
                step.setTimestamp(2, now);
                step.executeUpdate();
                c.commit();
                return true;
            } catch (java.sql.SQLException e) {
                c.rollback();
                return false;
            }
        };
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }
}
