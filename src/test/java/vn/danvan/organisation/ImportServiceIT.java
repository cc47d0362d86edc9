package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.imports.ImportFileReader;
import vn.danvan.shared.imports.ImportResult;
import vn.danvan.organisation.imports.ImportKind;
import vn.danvan.organisation.imports.ImportService;
import vn.danvan.organisation.imports.Imported;

/**
 * A file of the largest allowed size (danvan.import.max-rows) against the database. It runs in a
 * transaction that is rolled back, so the shared database does not keep thousands of test rows.
 * How fast it goes is not asserted here: speed belongs to benchmarks, not to tests.
 */
@DanVanIntegrationTest
@Transactional
class ImportServiceIT {

    private final ImportFileReader reader;

    @Autowired
    ImportServiceIT(ImportFileReader reader) {
        this.reader = reader;
    }

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFullSizeFileWithParentsBelowTheirChildrenImportsWhole() {
        String prefix = "FULL" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
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

        ImportResult<Imported> result = imports.importFile(ImportKind.UNITS, "lon.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).hasSize(rows);
        assertThat(jdbc.sql("""
                select count(*) from unit c join unit p on p.id = c.parent_id
                where c.code like :prefix and p.code like :prefix""").param("prefix", prefix + "-%")
                .query(Long.class).single()).isEqualTo(rows - parents);
    }
}
