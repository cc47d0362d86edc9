package vn.danvan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;

/**
 * A model clicked through as people do: An Bình's officer registers it with a photo and submits it;
 * Home Affairs scores it (a score above its maximum refused first) and recognises it; the portal
 * shows it with its photo.
 */
@DanVanIntegrationTest
class ModelBrowserIT extends BrowserTestSupport {

    @Autowired
    Clock clock;

    @Test
    void anOfficerRegistersAModelHomeAffairsRecognisesItAndThePortalShowsIt() throws Exception {
        String name = "Dân vận khéo trong xây dựng đường giao thông " + uniqueSuffix();
        Path photo = Files.createTempFile("duong-giao-thong", ".png");
        Files.write(photo, ModelIT.png());
        int year = LocalDate.now(clock.withZone(DanVanTime.ZONE)).getYear();

        signIn("anbinh.canbo", DEMO_PASSWORD);
        clickMenu("nav-models");
        clickAndWaitForPage(By.id("model-new"));
        type(By.id("name"), name);
        select(By.id("field"), "Kinh tế");
        type(By.id("description"), "Vận động các hộ hiến đất, góp công làm đường bê tông.");
        type(By.id("results"), "Hoàn thành 3,2 km đường bê tông.");
        type(By.id("resultLines"), "Số hộ hiến đất; 86; hộ");
        type(By.id("peopleInvolved"), "Ban nhân dân ấp Bình Thắng");
        find(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        clickAndWaitForPage(By.id("save-model"));
        waitForPathMatching("/models/\\d+");
        String path = currentPath();
        assertThat(text(By.id("model-state"))).isEqualTo("Dự thảo");
        assertThat(text(By.id("result-lines"))).contains("Số hộ hiến đất", "86");
        assertThat(findAll(By.cssSelector("#model-photos img"))).hasSize(1);
        // a figure typed wrong is corrected in the draft before it is sent
        clickAndWaitForPage(By.id("edit-model"));
        assertThat(value(By.id("resultLines"))).isEqualTo("Số hộ hiến đất; 86; hộ");
        type(By.id("resultLines"), "Số hộ hiến đất; 96; hộ");
        clickAndWaitForPage(By.id("save-model"));
        assertThat(currentPath()).isEqualTo(path);
        assertThat(text(By.id("result-lines"))).contains("Số hộ hiến đất", "96");
        clickAndWaitForPage(By.id("submit-model"));
        assertThat(text(By.id("model-state"))).isEqualTo("Đã gửi, chờ đánh giá");
        signOut();

        signIn("noivu", DEMO_PASSWORD);
        open(path);
        List<WebElement> scores = findAll(By.cssSelector("#evaluation-form input[id^=score-]"));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(4);
        String[] points = {"35", "22", "21", "16"};
        for (int i = 0; i < scores.size(); i++) {
            scores.get(i).clear();
            scores.get(i).sendKeys(i < points.length ? points[i] : "0");
        }
        click(By.id("result-recognised"));
        click(By.id("save-evaluation"));
        confirmAction();
        assertThat(text(By.cssSelector("#evaluation-form #form-errors"))).contains("vượt quá điểm tối đa 30");
        WebElement first = find(By.cssSelector("#evaluation-form input[id^=score-]"));
        assertThat(first.getAttribute("value")).isEqualTo("35");
        first.clear();
        first.sendKeys("28");
        click(By.id("result-recognised"));
        click(By.id("save-evaluation"));
        confirmAction();
        assertThat(text(By.id("model-state"))).isEqualTo("Được công nhận");
        assertThat(text(By.id("model-total"))).isEqualTo("87");
        signOut();

        open("/");
        clickAndWaitForPage(By.id("portal-models"));
        clickAndWaitForPage(By.linkText(name));
        assertThat(text(By.id("portal-recognised"))).contains("Ủy ban nhân dân xã An Bình", Integer.toString(year));
        assertThat(text(By.id("portal-model"))).contains("Vận động các hộ hiến đất");
        WebElement img = find(By.cssSelector("#portal-photos img"));
        Object width = waitUntil(d -> {
            Object w = script("return arguments[0].complete && arguments[0].naturalWidth", img);
            return w instanceof Number n && n.intValue() > 0 ? w : null;
        }, "the photo to load");
        assertThat(((Number) width).intValue()).isEqualTo(4);
        assertThat(bodyText()).doesNotContain("Dự thảo");
    }
}
