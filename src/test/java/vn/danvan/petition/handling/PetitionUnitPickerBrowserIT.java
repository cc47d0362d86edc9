package vn.danvan.petition.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.ManyUnits;
import vn.danvan.organisation.UnitPicker;
import vn.danvan.petition.PetitionFixture;

/**
 * The chairman of a deployment with more units than a list holds filters the inbox by a unit: types part of its
 * name without accents, chooses the suggestion with the keyboard (then another with the mouse), sends the filter
 * and reads that unit's petitions.
 */
@DanVanIntegrationTest
class PetitionUnitPickerBrowserIT extends BrowserTestSupport {

    private static final By UNIT = By.id("unitId");
    private static final By OPTIONS = By.cssSelector("#unitId-options .dv-unit-option");

    @Autowired
    ApplicationContext context;

    @Test
    void theChairmanTypesPartOfAUnitsNameChoosesItAndReadsItsPetitions() {
        String token = "chon" + uniqueSuffix().toLowerCase();
        var fixture = PetitionFixture.of(context);
        for (int i = 0; i < 3; i++) {
            fixture.received("Đèn đường không sáng điểm " + i + " " + token, null);
        }
        Petition moved = fixture.after(fixture.received("Cống thoát nước tắc " + token, null),
                p -> p.transfer(fixture.unitId("ALINH"), "Thuộc địa bàn xã An Linh", true));

        try (ManyUnits many = ManyUnits.create(context, UnitPicker.LIST_LIMIT + 1)) {
            signIn("chutich", DEMO_PASSWORD);
            open("/petitions");
            assertThat(isPresent(By.cssSelector("select[name=unitId]"))).as("no list of every unit").isFalse();
            type(By.id("q"), token);

            // by the keyboard: a part of the name without accents, the arrow down to the suggestion, Enter
            type(UNIT, "xa an bin");
            WebElement anBinh = waitUntil(d -> suggestion("Ủy ban nhân dân xã An Bình"), "the suggestion of An Bình");
            for (int i = 0; i < UnitPicker.SUGGESTIONS && !anBinh.getAttribute("class").contains("active"); i++) {
                find(UNIT).sendKeys(Keys.ARROW_DOWN);
            }
            assertThat(anBinh.getAttribute("class")).as("the suggestion reached by the arrows").contains("active");
            find(UNIT).sendKeys(Keys.ENTER);
            waitUntil(d -> findAll(OPTIONS).isEmpty(), "the suggestions to close");
            assertThat(value(UNIT)).isEqualTo("Ủy ban nhân dân xã An Bình");
            assertThat(value(By.cssSelector("input[type=hidden][name=unitId]")))
                    .isEqualTo(String.valueOf(fixture.unitId("ABINH")));
            assertThat(currentPath()).as("Enter chose, it did not send the filter").isEqualTo("/petitions");

            clickAndWaitForPage(By.id("inbox-filter-submit"));
            assertThat(text(By.cssSelector(".dv-page-summary .dv-page-range"))).isEqualTo("Hiển thị 1–3 trên tổng 3");
            assertThat(codes()).hasSize(3).doesNotContain(moved.code());
            assertThat(value(UNIT)).as("the unit stays chosen").isEqualTo("Ủy ban nhân dân xã An Bình");

            // by the mouse, with accents this time
            type(UNIT, "Ân Lin");
            waitUntil(d -> suggestion("Ủy ban nhân dân xã An Linh"), "the suggestion of An Linh").click();
            clickAndWaitForPage(By.id("inbox-filter-submit"));
            assertThat(text(By.cssSelector(".dv-page-summary .dv-page-range"))).isEqualTo("Hiển thị 1–1 trên tổng 1");
            assertThat(codes()).containsExactly(moved.code());

            // the country's many units: twenty suggestions at most, and a word to type more
            type(UNIT, many.token);
            waitUntil(d -> findAll(OPTIONS).size() == UnitPicker.SUGGESTIONS, "twenty suggestions");
            assertThat(text(By.id("unitId-options"))).contains("gõ thêm chữ để thu hẹp");
            find(UNIT).sendKeys(Keys.ESCAPE);
            waitUntil(d -> findAll(OPTIONS).isEmpty(), "Escape to close the suggestions");
        }
    }

    private WebElement suggestion(String name) {
        return findAll(OPTIONS).stream().filter(o -> o.getText().startsWith(name + "\n") || o.getText().equals(name))
                .findFirst().orElse(null);
    }

    private List<String> codes() {
        return findAll(By.cssSelector("#inbox-table tbody td:first-child a")).stream().map(WebElement::getText).toList();
    }
}
