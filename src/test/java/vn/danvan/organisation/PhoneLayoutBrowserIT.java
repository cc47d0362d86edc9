package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/** The layout on a phone-sized window: the navigation folds behind the toggler, which opens it. */
@DanVanIntegrationTest
class PhoneLayoutBrowserIT extends BrowserTestSupport {

    @Test
    void onAPhoneTheNavigationCollapsesBehindTheTogglerAndOpensWithIt() {
        resizeWindow(390, 844);
        signIn("anbinh.truong", DEMO_PASSWORD);
        waitForPath("/home");
        assertThat(((Number) script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);
        assertThat(heading()).isEqualTo("Xin chào, Trần Văn Bình");

        WebElement toggler = visible(By.cssSelector("button.navbar-toggler"));
        assertThat(toggler.getDomAttribute("aria-label")).isEqualTo("Mở hoặc đóng menu");
        assertThat(toggler.getDomAttribute("aria-expanded")).isEqualTo("false");
        By unitsLink = By.cssSelector("#dv-nav a[href='/units']");
        assertThat(find(unitsLink).isDisplayed()).isFalse();
        assertNoHorizontalScroll();

        toggler.click();
        visible(unitsLink);
        waitUntil(d -> "true".equals(toggler.getDomAttribute("aria-expanded")), "the toggler to say it is open");
        assertThat(find(By.cssSelector("#dv-nav a[href='/home']")).getDomProperty("textContent")).isEqualTo("Trang chủ");

        clickAndWaitForPage(unitsLink);
        waitForPath("/units");
        assertThat(heading()).isEqualTo("Đơn vị");
        assertThat(find(unitsLink).isDisplayed()).isFalse();
        assertNoHorizontalScroll();

        // the user menu still works at this size
        signOut();
        assertThat(bodyText()).contains("Bạn đã đăng xuất.");
    }

    @Test
    void onADesktopTheNavigationIsShownWithoutAToggler() {
        signIn("anbinh.truong", DEMO_PASSWORD);
        waitForPath("/home");
        assertThat(find(By.cssSelector("button.navbar-toggler")).isDisplayed()).isFalse();
        assertThat(visible(By.cssSelector("#dv-nav a[href='/units']")).getText()).isEqualTo("Đơn vị");
    }

    private void assertNoHorizontalScroll() {
        Number overflow = (Number) script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("horizontal overflow in px on " + currentPath()).isLessThanOrEqualTo(0);
    }
}
