package vn.danvan.petition.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.imports.ImportFixtures;
import vn.danvan.shared.imports.ImportResult;

/**
 * A file of 2,000 petitions imports in one request, in seconds. It runs in a transaction that is
 * rolled back, so the shared database does not keep thousands of test petitions; the bound on the
 * time is generous (the build machine is shared), the measured time is printed.
 */
@DanVanIntegrationTest
@Transactional
class PetitionImportSizeIT {

    private static final int ROWS = 2_000;

    @Autowired
    PetitionImport imports;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        var officer = accounts.loadUserByUsername("anbinh.canbo");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoThousandRowsImportInOneRequestInSeconds() throws IOException {
        String suffix = PetitionImportIT.uniqueSuffix();
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        byte[] xlsx = ImportFixtures.workbook(sheet -> {
            ImportFixtures.row(sheet, 0, "Loại", "Lĩnh vực", "Mã đơn vị", "Tiêu đề", "Nội dung", "Địa điểm",
                    "Ngày tiếp nhận", "Họ tên", "Điện thoại", "Thư điện tử", "Địa chỉ");
            for (int i = 1; i <= ROWS; i++) {
                ImportFixtures.row(sheet, i, i % 2 == 0 ? "Phản ánh" : "Kiến nghị", i % 3 == 0 ? "Đất đai" : "Môi trường",
                        "ABINH", "Đơn số " + i + " " + suffix, "Nội dung của đơn số " + i + ".", "Ấp " + (i % 7),
                        DanVanTime.DATE.format(today.minusDays(i % 400)), "Người dân " + i, "09" + (10_000_000 + i),
                        "", "Ấp " + (i % 7) + ", xã An Bình");
            }
        });

        long start = System.nanoTime();
        ImportResult<ImportedPetition> result = imports.importFile("lon.xlsx", xlsx);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Imported %d petitions in %d ms%n", result.imported().size(), took.toMillis());

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).hasSize(ROWS);
        assertThat(jdbc.sql("select count(*) from petition where channel = 'IMPORT' and title like :t")
                .param("t", "% " + suffix).query(Long.class).single()).isEqualTo(ROWS);
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }
}
