package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.petition.handling.Petition;

/**
 * The head of An Bình signs in and finds on "Việc của tôi" the draft answer waiting for approval, opens it from
 * there and lands on the petition; the page reads well on a phone (no sideways scroll) and axe-core finds no
 * serious violation. Screenshots under {@code <build dir>/browser-screenshots/}.
 */
@DanVanIntegrationTest
class MyWorkBrowserIT extends BrowserTestSupport {

    private final PetitionFixture petitions;

    MyWorkBrowserIT(ApplicationContext context) {
        this.petitions = PetitionFixture.of(context);
    }

    @Test
    void theHeadOpensADraftWaitingForApprovalFromHisHome() {
        long officer = petitions.accountId("anbinh.canbo");
        Petition drafted = petitions.after(petitions.received("Rác thải tồn đọng ở chợ An Bình", null), p -> {
            p.accept();
            p.assign(officer, "Lê Thị Hoa");
            p.draftAnswer("Đã thu gom rác và bố trí thêm thùng rác.");
        });

        signIn("anbinh.truong", DEMO_PASSWORD);
        waitForPath("/home");
        assertThat(text(By.id("my-work"))).isEqualTo("Việc của tôi");
        By card = By.id("queue-work.petition.approve");
        assertThat(text(card)).contains("Dự thảo trả lời chờ duyệt", drafted.code());
        assertNoSeriousAccessibilityViolation("Việc của tôi");
        screenshot("desktop");

        resizeWindow(390, 844);
        open("/home");
        assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                .as("no sideways scroll on a phone").isLessThanOrEqualTo(390);
        screenshot("phone");

        clickAndWaitForPage(By.cssSelector("[id='queue-work.petition.approve'] a[href='/petitions/" + drafted.id()
                + "']"));
        waitForPath("/petitions/" + drafted.id());
        assertThat(bodyText()).contains(drafted.code());
    }
}
