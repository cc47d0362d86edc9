package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * Five wrong passwords lock a fresh account (created through the admin screens) for 15 minutes;
 * an administrator sees it locked and unlocks it, after which the person signs in again.
 */
@DanVanIntegrationTest
class AccountLockBrowserIT extends BrowserTestSupport {

    static final String UNIT = "Ủy ban nhân dân xã Vĩnh Hòa";
    static final Pattern LOCKED_UNTIL = Pattern.compile("Bị khóa đến (\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})");

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        String suffix = uniqueSuffix();
        String personName = "Trần Thị Khóa " + suffix;
        String username = "khoa." + suffix.toLowerCase();
        String password = "BanDau@" + suffix + "-Tre-Xanh";

        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
        open("/admin/people/new");
        savePerson(personName, "Công chức Tư pháp - Hộ tịch", "— " + UNIT);
        createAccount(username, personName + " — " + UNIT, "Cán bộ, công chức, viên chức", password);
        signOut();

        open("/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            submitLogin(username, "SaiMatKhau" + attempt);
            assertThat(currentPath()).as("attempt " + attempt).startsWith("/login?error=");
            assertThat(text(By.id("login-error"))).as("attempt " + attempt)
                    .startsWith("Tên đăng nhập hoặc mật khẩu không đúng.");
        }

        // now even the right password is refused, with the lock explained
        submitLogin(username, password);
        assertThat(currentPath()).isEqualTo("/login?error=locked");
        assertThat(text(By.id("login-error")))
                .contains("bị khóa")
                .isEqualTo("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.");
        assertThat(isPresent(By.id("user-menu"))).isFalse();

        // the administrator sees the lock, with its end in Vietnam's time, and lifts it
        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
        open("/admin/accounts");
        type(By.id("q"), username);
        clickAndWaitForPage(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(findAll(By.cssSelector("#accounts-table tbody tr"))).hasSize(1);
        assertThat(text(By.cssSelector("#accounts-table tbody tr"))).contains(username, personName, "Bị khóa đến");

        clickAndWaitForPage(By.linkText(username));
        String status = text(By.id("account-status"));
        Matcher until = LOCKED_UNTIL.matcher(status);
        assertThat(until.matches()).as(status).isTrue();
        LocalDateTime lockEnd = LocalDateTime.parse(until.group(1), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        LocalDateTime expected = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(15);
        assertThat(Duration.between(lockEnd, expected).abs()).isLessThan(Duration.ofMinutes(3));
        assertThat(bodyText()).contains("Số lần đăng nhập sai liên tiếp");

        clickAndWaitForPage(By.id("unlock"));
        assertThat(text(By.cssSelector(".alert-success"))).isEqualTo("Đã mở khóa tài khoản.");
        assertThat(text(By.id("account-status"))).doesNotContain("Bị khóa").isEqualTo("Phải đổi mật khẩu");
        assertThat(isPresent(By.id("unlock"))).isFalse();
        signOut();

        // and the person signs in again (to the forced change of the initial password)
        submitLogin(username, password);
        waitForPath("/account/password");
        assertThat(text(By.id("user-menu"))).isEqualTo(personName);
        assertThat(heading()).isEqualTo("Đổi mật khẩu");
    }
}
