package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/** Signing in and out through the login form, in Vietnamese by default and in English on request. */
@DanVanIntegrationTest
class SignInBrowserIT extends BrowserTestSupport {

    @Test
    void wrongPasswordIsRefusedRightOneGreetsByNameAndSignOutEndsTheSession() {
        open("/units");
        // a protected page sends a signed-out person to the login page, in Vietnamese
        waitForPath("/login");
        assertThat(driver.getTitle()).isEqualTo("Đăng nhập - DanVan");
        assertThat(heading()).isEqualTo("Đăng nhập hệ thống");
        assertThat(text(By.cssSelector("label[for=username]"))).startsWith("Tên đăng nhập");
        assertThat(text(By.cssSelector("label[for=password]"))).startsWith("Mật khẩu");
        assertThat(text(By.id("login-submit"))).isEqualTo("Đăng nhập");

        submitLogin("vhtt", "mat-khau-sai");
        assertThat(currentPath()).isEqualTo("/login?error=credentials");
        assertThat(text(By.id("login-error")))
                .startsWith("Tên đăng nhập hoặc mật khẩu không đúng.")
                .contains("Sau 5 lần sai liên tiếp, tài khoản bị khóa 15 phút.");
        assertThat(bodyText()).doesNotContain("Xin chào");

        submitLogin("vhtt", DEMO_PASSWORD);
        waitForPath("/home");
        assertThat(heading()).isEqualTo("Xin chào, Huỳnh Văn Phúc");
        assertThat(text(By.id("user-menu"))).isEqualTo("Huỳnh Văn Phúc");
        assertThat(text(By.cssSelector(".dv-brand-unit"))).isEqualTo("Phòng Văn hóa và Thông tin");
        assertThat(bodyText()).contains("Cán bộ thông tin, tuyên truyền");

        signOut();
        assertThat(currentPath()).isEqualTo("/login?logout");
        assertThat(bodyText()).contains("Bạn đã đăng xuất.");
        assertThat(isPresent(By.id("user-menu"))).isFalse();

        // the session is really over: the home page asks to sign in again
        open("/home");
        waitForPath("/login");
        assertThat(heading()).isEqualTo("Đăng nhập hệ thống");
    }

    @Test
    void theLanguageLinkSwitchesToEnglishAndBack() {
        open("/login");
        assertThat(heading()).isEqualTo("Đăng nhập hệ thống");

        clickAndWaitForPage(By.linkText("English"));
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(text(By.cssSelector("label[for=username]"))).startsWith("Username");
        assertThat(text(By.id("login-submit"))).isEqualTo("Sign in");
        assertThat(find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");

        // the choice is remembered after signing in
        submitLogin("noivu", DEMO_PASSWORD);
        waitForPath("/home");
        assertThat(heading()).isEqualTo("Hello, Nguyễn Thị Thu");
        assertThat(find(By.cssSelector("#dv-nav a[href='/units']")).getDomProperty("textContent")).isEqualTo("Units");

        clickAndWaitForPage(By.linkText("Tiếng Việt"));
        assertThat(heading()).isEqualTo("Xin chào, Nguyễn Thị Thu");
        assertThat(find(By.cssSelector("#dv-nav a[href='/units']")).getDomProperty("textContent")).isEqualTo("Đơn vị");
        assertThat(find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
    }
}
