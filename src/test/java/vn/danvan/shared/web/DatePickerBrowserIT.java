package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * In a browser whose language is English, the calendar beside a date field (here an API token's expiry) shows
 * Vietnamese month and weekday names, weeks from Monday, and writes the day chosen as dd/MM/yyyy, with the mouse
 * and with the keyboard; the token saved shows its expiry as dd/MM/yyyy; typing by hand still works.
 */
@DanVanIntegrationTest
@BrowserTestSupport.BrowserLanguage("en-US")
class DatePickerBrowserIT extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theCalendarWritesDdMmYyyyWhateverTheBrowsersLanguage() {
        assertThat((String) script("return navigator.language")).startsWith("en");
        signIn("mttq", DEMO_PASSWORD);
        open("/account/tokens");
        String name = "Lịch " + uniqueSuffix();
        type(By.id("name"), name);

        // the calendar opens on the day in the field (the form's proposed expiry)
        LocalDate proposed = LocalDate.parse(value(By.id("expiresOn")), DAY);
        click(By.id("expiresOn-pick"));
        WebElement calendar = visible(By.id("expiresOn-calendar"));
        assertThat(text(By.cssSelector("#expiresOn-calendar .dv-datepicker-title")))
                .isEqualTo("Tháng " + proposed.getMonthValue() + " " + proposed.getYear());
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-date")).isEqualTo(proposed.format(DAY));
        assertThat(driver.switchTo().activeElement().getDomAttribute("aria-label")).contains("đang chọn");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil(d -> !calendar.isDisplayed(), "the calendar to close");

        // the field empty: this month, today marked, weeks from Monday
        find(By.id("expiresOn")).clear();
        LocalDate today = LocalDate.now();
        click(By.id("expiresOn-pick"));
        waitUntil(d -> calendar.isDisplayed(), "the calendar to open");
        assertThat(text(By.cssSelector("#expiresOn-calendar .dv-datepicker-title")))
                .isEqualTo("Tháng " + today.getMonthValue() + " " + today.getYear());
        assertThat(calendar.findElements(By.cssSelector("thead th")).get(0).getText()).isEqualTo("T2");
        assertThat(find(By.cssSelector("#expiresOn-calendar [aria-current=date]")).getText())
                .isEqualTo(Integer.toString(today.getDayOfMonth()));
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-date")).isEqualTo(today.format(DAY));
        screenshot("calendar-open");
        assertNoSeriousAccessibilityViolation("the token form with the calendar open");

        // next month, the 15th with the mouse
        LocalDate next = today.plusMonths(1).withDayOfMonth(15);
        click(By.cssSelector("#expiresOn-calendar .dv-datepicker-next"));
        waitUntil(d -> text(By.cssSelector("#expiresOn-calendar .dv-datepicker-title"))
                .equals("Tháng " + next.getMonthValue() + " " + next.getYear()), "the next month");
        click(By.cssSelector("#expiresOn-calendar [data-date='" + next.format(DAY) + "']"));
        assertThat(value(By.id("expiresOn"))).isEqualTo(next.format(DAY));
        assertThat(calendar.isDisplayed()).isFalse();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("expiresOn-pick");

        // again with the keyboard: it opens on the day in the field; a day on, a week on, Enter
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(d -> calendar.isDisplayed(), "the calendar to open again");
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-date")).isEqualTo(next.format(DAY));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        LocalDate chosen = next.plusDays(8);
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-date")).isEqualTo(chosen.format(DAY));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(value(By.id("expiresOn"))).isEqualTo(chosen.format(DAY));
        assertThat(calendar.isDisplayed()).isFalse();

        // Escape closes without changing the field, focus back on the button
        click(By.id("expiresOn-pick"));
        waitUntil(d -> calendar.isDisplayed(), "the calendar to open");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil(d -> !calendar.isDisplayed(), "the calendar to close");
        assertThat(value(By.id("expiresOn"))).isEqualTo(chosen.format(DAY));
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("expiresOn-pick");

        clickAndWaitForPage(By.id("create-token"));
        assertThat(text(By.id("token-secret-box"))).contains(name);
        WebElement row = find(By.xpath("//table[@id='tokens-table']//tr[td[1][normalize-space()='" + name + "']]"));
        assertThat(row.findElements(By.tagName("td")).get(2).getText().strip()).isEqualTo(chosen.format(DAY));

        // on a phone the calendar stays inside the window
        resizeWindow(390, 844);
        click(By.id("expiresOn-pick"));
        WebElement phoneCalendar = visible(By.id("expiresOn-calendar"));
        assertThat((Boolean) script("var r = arguments[0].getBoundingClientRect();"
                + " return r.left >= 0 && r.right <= document.documentElement.clientWidth;", phoneCalendar)).isTrue();
        screenshot("calendar-phone");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntil(d -> !phoneCalendar.isDisplayed(), "the calendar to close");
        resizeWindow(1280, 900);

        // typed by hand as before
        String typedName = "Gõ tay " + uniqueSuffix();
        LocalDate typed = today.plusDays(20);
        type(By.id("name"), typedName);
        type(By.id("expiresOn"), typed.format(DAY));
        clickAndWaitForPage(By.id("create-token"));
        WebElement typedRow = find(By.xpath("//table[@id='tokens-table']//tr[td[1][normalize-space()='" + typedName + "']]"));
        assertThat(typedRow.findElements(By.tagName("td")).get(2).getText().strip()).isEqualTo(typed.format(DAY));
    }
}
