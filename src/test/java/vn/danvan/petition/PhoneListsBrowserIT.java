package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * Lists on a phone (390 x 844): no page of a fixed list of list pages scrolls sideways; the petition
 * inbox and the dossiers show each row as a card whose status and due date are seen; at desktop width
 * the same tables are still tables. Screenshots of the inbox and the dossiers at phone width go to
 * {@code <build dir>/browser-screenshots/}.
 */
@DanVanIntegrationTest
class PhoneListsBrowserIT extends BrowserTestSupport {

    /**
     * Each demo account with the list pages it opens; {@code @next-page} follows the pager of the page before,
     * {@code @follow:<css>} the first link the selector finds on the page before (a record of the list, whose
     * page holds tables of its own), {@code @reporting-period} opens the first reporting period of /reporting
     * (opening one when there is none).
     */
    private static final List<Visit> VISITS = List.of(
            new Visit("anbinh.canbo", List.of("/petitions", "/petitions?size=20", "@next-page", "/dossiers",
                    "/dossiers/figures", "/dossiers/procedures", "/petitions/figures", "/notifications", "/dialogue",
                    "/dialogue/reception", "/planning", "/reporting", "/friendly", "/consultations/areas",
                    "/account/tokens", "/jobs")),
            new Visit("noivu", List.of("/reporting", "@reporting-period", "/reporting/templates", "/planning/guides",
                    "/planning", "/models", "@follow:#model-list tbody a", "/models/criteria", "/commendation",
                    "@follow:#rounds-table tbody a", "/supervision", "@follow:#supervision-list tbody a", "/inspection",
                    "@follow:#inspection-list tbody a", "/inspection/plans", "/consultations",
                    "@follow:#consultation-list tbody a", "/dialogue", "@follow:#dialogue-list tbody a",
                    "/friendly/criteria", "/news", "/legal-rules", "/documents/register", "/audit", "/units")),
            new Visit("admin", List.of("/units", "/admin/people", "/admin/accounts", "/audit", "/admin/outbox", "/jobs",
                    "/admin/open311", "/admin/petition-settings", "/admin/document-issuers", "/admin/calendar")),
            new Visit(null, List.of("/", "/portal/answers", "/portal/figures", "/portal/models", "/portal/inspections",
                    "/portal/supervision", "/portal/dialogues", "/portal/consultations", "/portal/news")));

    private final ApplicationContext context;

    @Autowired
    PhoneListsBrowserIT(ApplicationContext context) {
        this.context = context;
    }

    @Test
    void noListPageScrollsSidewaysOnAPhone() {
        // enough petitions for a second page of twenty
        receivePetitions(21);
        // a notice whose title has a long word (a code, a link) must wrap, not widen the page
        context.getBean(vn.danvan.notification.NotificationService.class).notifyAccount(
                PetitionFixture.of(context).accountId("anbinh.canbo"), "Thông báo " + "PA-ABCDE-FGHIJ/".repeat(6) + " dài",
                "Nội dung", "/home");
        resizeWindow(390, 844);
        SoftAssertions softly = new SoftAssertions();
        for (Visit visit : VISITS) {
            driver.manage().deleteAllCookies();
            if (visit.username() != null) {
                signIn(visit.username(), DEMO_PASSWORD);
            }
            assertThat(((Number) script("return window.innerWidth")).intValue()).isLessThanOrEqualTo(390);
            for (String page : visit.pages()) {
                String shown = openPage(page);
                if (shown == null) {
                    softly.fail("%s: %s has nothing to open", visit.who(), page);
                    continue;
                }
                softly.assertThat(heading()).as("%s as %s is not an error page", shown, visit.who())
                        .doesNotStartWith("Lỗi ");
                Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
                Number innerWidth = (Number) script("return window.innerWidth");
                softly.assertThat(scrollWidth.intValue())
                        .as("%s as %s scrolls sideways at 390 px (page %d px wide)", shown, visit.who(), scrollWidth)
                        .isLessThanOrEqualTo(innerWidth.intValue());
                // for a person to look at: the page's first table (or its top) at phone width
                script("var t = document.querySelector('main table, table'); if (t) { t.scrollIntoView(); }");
                screenshot("list-" + (visit.who() + "-" + page).replaceAll("[^A-Za-z0-9.]+", "-"));
            }
        }
        softly.assertAll();
    }

    @Test
    void theInboxAndTheDossiersAreCardsWithStatusAndDueDateOnAPhone() {
        resizeWindow(390, 844);
        signIn("anbinh.canbo", DEMO_PASSWORD);

        String code = receivePetitions(1);
        open("/petitions?q=" + code);
        assertCardShowsStatusAndDueDate("#inbox-table", "Hạn trả lời");
        assertThat(text(By.xpath("//table[@id='inbox-table']//tr[td/a[text()='" + code + "']]"
                + "/td[contains(@class,'dv-status')]"))).isEqualTo("Đã tiếp nhận");
        screenshot("inbox-390");

        // a dossier received at the counter, on the phone
        open("/dossiers/new");
        select(By.id("procedureId"),
                "Cấp giấy xác nhận tình trạng hôn nhân (3 ngày làm việc, Ủy ban nhân dân xã An Bình)");
        type(By.id("applicantName"), "Huỳnh Thị Bích Ngân");
        type(By.id("applicantPhone"), "0908 123 456");
        type(By.id("applicantAddress"), "Ấp Bình Thắng, xã An Bình");
        type(By.id("documentsReceived"), "Tờ khai xác nhận tình trạng hôn nhân; bản chính; 1");
        type(By.id("setsCount"), "1");
        clickAndWaitForPage(By.id("receive"));
        waitForPathMatching("/dossiers/\\d+");
        code = text(By.id("dossier-code"));

        open("/dossiers?code=" + code);
        assertCardShowsStatusAndDueDate("#dossiers", "Ngày hẹn trả");
        assertThat(text(By.cssSelector("#dossier-" + code + " .dv-status"))).isEqualTo("Đã tiếp nhận");
        screenshot("dossiers-390");
    }

    @Test
    void onADesktopTheInboxIsStillATable() {
        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/petitions");
        WebElement row = find(By.cssSelector("#inbox-table tbody tr"));
        assertThat(script("return getComputedStyle(arguments[0]).display", row)).isEqualTo("table-row");
        assertThat(visible(By.cssSelector("#inbox-table thead th")).getText()).isEqualTo("Mã tra cứu");
    }

    /**
     * The first row with a due date is a card (a flex block, not a table row) whose status and due date are
     * on screen, labelled, within the window's width, and above the other cells.
     */
    private void assertCardShowsStatusAndDueDate(String table, String dueLabel) {
        assertThat(isPresent(By.cssSelector(table + " thead th"))).isTrue();
        assertThat(find(By.cssSelector(table + " thead")).getRect().getHeight())
                .as("the header row is for screen readers only").isLessThanOrEqualTo(1);
        WebElement card = findAll(By.cssSelector(table + " tbody tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(".dv-due")).stream()
                        .anyMatch(due -> due.getText().matches("(?s).*\\d{2}/\\d{2}/\\d{4}.*")))
                .findFirst().orElseThrow(() -> new AssertionError("no row with a due date in " + table));
        assertThat(script("return getComputedStyle(arguments[0]).display", card)).isEqualTo("flex");
        script("arguments[0].scrollIntoView({block: 'center'})", card);
        WebElement status = card.findElement(By.cssSelector(".dv-status"));
        WebElement due = card.findElement(By.cssSelector(".dv-due"));
        assertThat(status.isDisplayed()).isTrue();
        assertThat(status.getText()).as("the status word").matches("\\p{L}.*");
        assertThat(label(status)).isNotBlank();
        assertThat(due.isDisplayed()).isTrue();
        assertThat(label(due)).isEqualTo(dueLabel + ": ");
        int innerWidth = ((Number) script("return window.innerWidth")).intValue();
        for (WebElement cell : List.of(status, due)) {
            assertThat(cell.getRect().getX() + cell.getRect().getWidth()).isLessThanOrEqualTo(innerWidth);
        }
        // status and due date come right after the card's first line, before the other cells
        int firstOther = card.findElements(By.cssSelector("td:not(.dv-card-lead)")).stream().skip(1)
                .filter(WebElement::isDisplayed)
                .mapToInt(c -> c.getRect().getY()).min().orElseThrow();
        assertThat(status.getRect().getY()).isLessThan(firstOther);
        assertThat(due.getRect().getY()).isLessThan(firstOther);
    }

    /**
     * Petitions for An Bình received at the counter, their titles long with one word wider than a phone;
     * the last one's code.
     */
    private String receivePetitions(int count) {
        var petitions = PetitionFixture.of(context);
        String code = null;
        for (int i = 0; i < count; i++) {
            code = petitions.received("Đường liên ấp Bình Hòa – Bình Phú sạt lở nghiêm trọng đoạn " + i + " "
                    + "KHUVUCSATLODAIKHONGCOKHOANGTRANGGIUACACTU" + uniqueSuffix(), null).code();
        }
        return code;
    }

    private String label(WebElement cell) {
        return (String) script("return getComputedStyle(arguments[0], '::before').content.replace(/^\"|\"$/g, '')",
                cell);
    }

    /** Opens a page of the list; returns the path shown, or null when a page to follow is not there. */
    private String openPage(String page) {
        switch (page) {
            case "@next-page" -> {
                if (!isPresent(By.cssSelector("a.dv-page-next"))) {
                    return null;
                }
                clickAndWaitForPage(By.cssSelector("a.dv-page-next"));
            }
            case "@reporting-period" -> {
                open("/reporting");
                By period = By.cssSelector("#periods-table a[href^='/reporting/periods/']");
                if (isPresent(period)) {
                    clickAndWaitForPage(period);
                } else {
                    clickAndWaitForPage(By.id("open-period"));
                    // a deadline not yet past, as a period is opened before its reports are due
                    LocalDate tomorrow = LocalDate.now(DanVanTime.ZONE).plusDays(1);
                    if (LocalDate.parse(value(By.id("deadline")), DanVanTime.DATE).isBefore(tomorrow)) {
                        type(By.id("deadline"), tomorrow.format(DanVanTime.DATE));
                    }
                    clickAndWaitForPage(By.id("save-period"));
                }
                if (!currentPath().matches("/reporting/periods/\\d+")) {
                    return null;
                }
            }
            default -> {
                if (page.startsWith("@follow:")) {
                    By link = By.cssSelector(page.substring("@follow:".length()));
                    if (!isPresent(link)) {
                        return null;
                    }
                    clickAndWaitForPage(link);
                } else {
                    open(page);
                }
            }
        }
        find(By.tagName("h1"));
        return currentPath();
    }

    /** A demo account (null: a citizen, not signed in) and the pages it opens. */
    private record Visit(String username, List<String> pages) {

        String who() {
            return username == null ? "citizen" : username;
        }
    }
}
