package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.DanVanIntegrationTest;

/**
 * A full-size file (the default limit of 5000 rows) against the database, timed. Each test runs in
 * a transaction that is rolled back, so the shared database does not keep thousands of test rows.
 */
@DanVanIntegrationTest
@Transactional
class ImportServiceIT {

    /**
     * "A few seconds at most". Measured as the CPU time of the importing thread (the embedded
     * database works in it too), which a build machine busy with other builds does not inflate.
     */
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    ImportService imports;
    @Autowired
    ImportFileReader reader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveThousandUnitsWithParentsBelowTheirChildrenImportInAFewSeconds() {
        String prefix = "PERF" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        int rows = reader.maxRows();
        int parents = 50;
        var csv = new StringBuilder("Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên;Thư điện tử\n");
        for (int i = parents; i < rows; i++) {
            csv.append("%s-%d;Ấp số %d;Đơn vị sự nghiệp công lập;%s-%d;ap%d@phugiao.gov.vn\n"
                    .formatted(prefix, i, i, prefix, i % parents, i));
        }
        for (int i = 0; i < parents; i++) {
            csv.append("%s-%d;Xã số %d;COMMUNE_COMMITTEE;UBND-PG;\n".formatted(prefix, i, i));
        }

        ImportResult result = timedImport(ImportKind.UNITS, csv);

        assertThat(result.imported()).hasSize(rows);
        assertThat(jdbc.sql("""
                select count(*) from unit c join unit p on p.id = c.parent_id
                where c.code like :prefix and p.code like :prefix""").param("prefix", prefix + "-%")
                .query(Long.class).single()).isEqualTo(rows - parents);
    }

    @Test
    void fiveThousandPeopleImportInAFewSeconds() {
        int rows = reader.maxRows();
        String[] units = {"ABINH", "ALINH", "ALONG", "ATHAI", "PHOA"};
        var csv = new StringBuilder("Họ và tên,Chức vụ,Mã đơn vị,Thư điện tử,Điện thoại,Người đứng đầu\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Người Thử %d,Công chức,%s,nguoi%d@phugiao.gov.vn,0912 %06d,\n"
                    .formatted(i, units[i % units.length], i, i));
        }

        ImportResult result = timedImport(ImportKind.PEOPLE, csv);

        assertThat(result.imported()).hasSize(rows);
    }

    private ImportResult timedImport(ImportKind kind, CharSequence csv) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        ImportResult result = imports.importFile(kind, "lon.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpuStart);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("Imported %d %s in %d ms (%d ms CPU)%n", result.imported().size(), kind, took.toMillis(),
                cpu.toMillis());
        assertThat(result.problems()).isEmpty();
        assertThat(cpu).isLessThan(LIMIT);
        return result;
    }
}
