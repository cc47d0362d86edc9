import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting period's consolidated totals as one plain SQL aggregate (the same select as
 * Reports.totals: sum, mean and count per indicator code over the submitted and accepted reports),
 * on one plain DriverManager connection with a prepared statement, WARMUP runs then RUNS timed
 * runs (each: execute and read every row). Then compares the totals with the API's, given as lines
 * "code aggregation total reports" (aggregation SUM / YES_COUNT take the sum, MEAN the mean rounded
 * to 4 decimals, half up); exits 1 on any difference. Usage:
 *   java -cp postgresql.jar SqlTotals.java JDBC_URL USER PERIOD_ID WARMUP RUNS API_TOTALS_FILE
 */
public class SqlTotals {
    static final String SQL = """
            select v.indicator_code, sum(v.value_numeric) as total, avg(v.value_numeric) as mean,
                   count(v.value_numeric) as counted
            from report_value v join unit_report r on r.id = v.report_id
            where r.period_id = ? and r.state in ('SUBMITTED', 'ACCEPTED')
            group by v.indicator_code""";

    record Row(BigDecimal sum, BigDecimal mean, long count) {
    }

    public static void main(String[] a) throws Exception {
        String url = a[0], user = a[1];
        long period = Long.parseLong(a[2]);
        int warmup = Integer.parseInt(a[3]), runs = Integer.parseInt(a[4]);
        Path apiFile = Path.of(a[5]);
        Map<String, Row> rows = new HashMap<>();
        double[] ms = new double[runs];
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int i = 0; i < warmup + runs; i++) {
                rows.clear();
                ps.setLong(1, period);
                long t0 = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), new Row(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4)));
                    }
                }
                long t1 = System.nanoTime();
                if (i >= warmup) {
                    ms[i - warmup] = (t1 - t0) / 1e6;
                    System.out.printf("sql run %d: %.1f ms%n", i - warmup + 1, ms[i - warmup]);
                }
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf("sql runs=%d median_ms=%.1f max_ms=%.1f indicators=%d%n", runs, median, sorted[runs - 1],
                rows.size());

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String line : Files.readAllLines(apiFile)) {
            if (line.isBlank()) continue;
            String[] f = line.trim().split("\\s+");
            String code = f[0], aggregation = f[1];
            BigDecimal api = "null".equals(f[2]) ? null : new BigDecimal(f[2]);
            long apiReports = Long.parseLong(f[3]);
            Row r = rows.get(code);
            BigDecimal sql = r == null || r.count() == 0 ? null
                    : "MEAN".equals(aggregation) ? r.mean().setScale(4, RoundingMode.HALF_UP) : r.sum();
            long sqlReports = r == null ? 0 : r.count();
            compared++;
            boolean same = (api == null ? sql == null : sql != null && api.compareTo(sql) == 0) && apiReports == sqlReports;
            if (!same) mismatches.add(code + ": api=" + api + "/" + apiReports + " sql=" + sql + "/" + sqlReports);
        }
        if (compared != rows.size()) mismatches.add("api has " + compared + " indicators, sql " + rows.size());
        System.out.printf("compare indicators=%d mismatches=%d%n", compared, mismatches.size());
        mismatches.forEach(m -> System.out.println("MISMATCH " + m));
        if (!mismatches.isEmpty()) System.exit(1);
    }
}
