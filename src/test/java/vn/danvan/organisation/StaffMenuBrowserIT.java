package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/**
 * The staff menu by task (issue 18, point 3), in Chromium: at most seven groups for every demo role, no entry the
 * person would be refused, an office that holds no consultations and an officer with no inspection records see none,
 * the groups open with the keyboard, and the same menu works on a phone behind the menu button.
 */
@DanVanIntegrationTest
class StaffMenuBrowserIT extends BrowserTestSupport {

    private final JdbcClient jdbc;

    StaffMenuBrowserIT(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** Every demo account. */
    private static final List<String> ACCOUNTS = List.of("admin", "noivu", "chutich", "anbinh.truong", "anbinh.canbo",
            "tnmt.truong", "mttq", "vhtt");

    @Test
    void everyRoleSeesAtMostSevenGroupsAndNoEntryItWouldBeRefused() {
        for (String account : ACCOUNTS) {
            signIn(account, DEMO_PASSWORD);
            List<WebElement> groups = findAll(By.cssSelector("#dv-nav > ul > li"));
            assertThat(groups).as("top-level groups of %s", account).isNotEmpty().hasSizeLessThanOrEqualTo(7);
            List<String> links = findAll(By.cssSelector("#dv-nav a[href]")).stream()
                    .map(a -> a.getDomAttribute("href")).toList();
            assertThat(links).as("entries of %s", account).contains("/home").doesNotHaveDuplicates();
            for (String link : links) {
                assertThat(status(link)).as("%s opens %s from the menu", account, link).isEqualTo(200);
            }
            if (account.equals("noivu")) {
                assertThat(links).contains("/petitions", "/dialogue/reception", "/consultations", "/inspection",
                        "/commendation", "/audit");
                assertThat(text(By.id("nav-group-citizens"))).isEqualTo("Tiếp dân và phản ánh");
            }
            if (account.equals("tnmt.truong")) {
                assertThat(links).as("an office holds no consultations").doesNotContain("/consultations")
                        .as("a unit's head answers for its inspections").contains("/inspection");
            }
            if (account.equals("anbinh.canbo")) {
                assertThat(links).as("a commune's officer holds consultations").contains("/consultations")
                        .doesNotContain("/admin/people", "/commendation", "/dashboard");
                // inspection only while on an inspection or plan team or named in a case (other tests may put her there)
                if (inspectionRecords(account) == 0) {
                    assertThat(links).as("an officer on no inspection team and in no case").doesNotContain("/inspection");
                } else {
                    assertThat(links).as("an officer with inspection records").contains("/inspection");
                }
            }
            if (account.equals("mttq")) {
                assertThat(links).contains("/supervision").doesNotContain("/petitions", "/dossiers");
            }
            signOut();
        }
    }

    @Test
    void aGroupOpensWithTheKeyboard() {
        signIn("chutich", DEMO_PASSWORD);
        WebElement group = find(By.id("nav-group-citizens"));
        assertThat(group.getDomAttribute("aria-expanded")).isEqualTo("false");
        group.sendKeys(Keys.ENTER);
        waitUntil(d -> "true".equals(group.getDomAttribute("aria-expanded")), "the group to open");
        assertThat(find(By.id("nav-petitions")).isDisplayed()).isTrue();
        group.sendKeys(Keys.ARROW_DOWN);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("id")).isEqualTo("nav-petitions");
        screenshot("keyboard");
        focused.sendKeys(Keys.ENTER);
        waitForPath("/petitions");
    }

    @Test
    void onAPhoneTheMenuOpensBehindItsButton() {
        resizeWindow(390, 844);
        signIn("anbinh.canbo", DEMO_PASSWORD);
        assertThat(find(By.id("nav-group-citizens")).isDisplayed()).as("collapsed on a phone").isFalse();
        WebElement toggler = find(By.cssSelector(".dv-nav .navbar-toggler"));
        toggler.click();
        click(By.id("nav-group-citizens"));
        waitUntil(d -> find(By.id("nav-consultations")).isDisplayed(), "the group's entries");
        screenshot("phone");
        clickAndWaitForPage(By.id("nav-consultations"));
        waitForPath("/consultations");
        assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scroll").isLessThanOrEqualTo(390);
    }

    /** The inspection records (team, plan team, case) of the account's person. */
    private long inspectionRecords(String username) {
        return jdbc.sql("""
                select count(*) from (
                  select 1 from inspection_member m join account a on a.person_id = m.person_id where a.username = :u
                  union all select 1 from inspection_plan_member m join account a on a.person_id = m.person_id
                    where a.username = :u
                  union all select 1 from inspection_violation v join account a on a.person_id = v.official_person_id
                    where a.username = :u) r""").param("u", username).query(Long.class).single();
    }

    /** The status the signed-in browser gets for a page (after its redirects), without leaving the current one. */
    private int status(String path) {
        Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.url.includes('/login') ? 401 : r.status))"
                        + ".catch(e => done(-1));",
                path);
        return ((Number) result).intValue();
    }

}
