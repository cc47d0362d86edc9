package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.petition.handling.Petition;
import vn.danvan.petition.handling.PetitionRepository;

/**
 * A citizen places the petition on the map and attaches a photo; the form comes back for a forgotten title with the
 * photo and the place kept; sent again, the petition has both. The officer sees the place on a map; once the answer
 * is published, the portal's map of answers shows a marker that links to it. The tiles are the application's own test
 * tile (src/test/resources/static/test-map), never the internet.
 */
@DanVanIntegrationTest
class PetitionMapBrowserIT extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private Path photo() throws Exception {
        Path photo = Files.createTempFile("anh-hien-truong", ".png");
        try (InputStream tile = getClass().getResourceAsStream("/static/test-map/tile.png")) {
            Files.write(photo, tile.readAllBytes());
        }
        return photo;
    }

    /** Waits until the map's tiles have loaded (a map drawn, not an empty box). */
    private WebElement drawnMap(String id) {
        WebElement map = visible(By.id(id));
        waitUntil(d -> !map.findElements(By.cssSelector(".leaflet-tile-loaded")).isEmpty(), "the tiles of " + id);
        return map;
    }

    /** The markers of a map whose picture has loaded (not a broken image showing its alternative text). */
    private long loadedMarkers(WebElement map) {
        return (Long) script("return Array.from(arguments[0].querySelectorAll('img.leaflet-marker-icon'))"
                + ".filter(function (i) { return i.complete && i.naturalWidth > 0; }).length", map);
    }

    @Test
    void aCitizenPlacesThePetitionOnTheMapAndKeepsThePhotoThroughAnError() throws Exception {
        String title = "Ổ gà trên đường liên ấp " + uniqueSuffix();
        Path photo = photo();

        open("/portal/petitions/new");
        select(By.id("categoryId"), "Giao thông");
        select(By.id("unitId"), "Ủy ban nhân dân xã An Bình");
        type(By.id("content"), "Ổ gà lớn giữa đường, xe máy dễ té ngã vào ban đêm.");
        find(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
        click(By.name("consent"));
        WebElement map = drawnMap("petition-map");
        new Actions(driver).moveToElement(map, 40, -30).click().perform();
        waitUntil(d -> !find(By.id("latitude")).getDomProperty("value").isEmpty(), "the latitude filled by the map");
        String latitude = find(By.id("latitude")).getDomProperty("value");
        String longitude = find(By.id("longitude")).getDomProperty("value");
        assertThat(latitude).matches("-?\\d{1,2}\\.\\d{6}");
        assertThat(longitude).matches("-?\\d{1,3}\\.\\d{6}");
        waitUntil(d -> loadedMarkers(map) == 1, "the marker placed by the click");
        assertNoSeriousAccessibilityViolation("the petition form with its map");

        // the title forgotten: the form comes back naming it, with the photo and the place kept
        clickAndWaitForPage(By.id("submit-petition"));
        assertThat(text(By.id("form-errors"))).contains("Tiêu đề");
        assertThat(text(By.id("files-kept"))).contains("anh-hien-truong");
        assertThat(find(By.id("latitude")).getDomProperty("value")).isEqualTo(latitude);
        assertThat(drawnMap("petition-map").findElements(By.cssSelector(".leaflet-marker-icon"))).hasSize(1);
        screenshot("form-came-back-with-the-photo-kept");
        script("arguments[0].scrollIntoView()", find(By.id("petition-location")));
        screenshot("form-came-back-map-and-files-kept");
        assertNoSeriousAccessibilityViolation("the petition form come back with errors");

        type(By.id("title"), title);
        if (!find(By.name("consent")).isSelected()) {
            click(By.name("consent"));
        }
        clickAndWaitForPage(By.id("submit-petition"));
        String code = text(By.id("tracking-code"));
        long id = jdbc.sql("select id from petition where code = :c").param("c", code).query(Long.class).single();
        assertThat(jdbc.sql("select file_name from attachment where owner_type = 'Petition' and owner_id = :id")
                .param("id", id).query(String.class).list()).singleElement().asString().startsWith("anh-hien-truong");
        Petition saved = context.getBean(PetitionRepository.class).find(id).orElseThrow();
        assertThat(saved.location().latitude()).isEqualByComparingTo(new BigDecimal(latitude));
        assertThat(saved.location().longitude()).isEqualByComparingTo(new BigDecimal(longitude));

        // the officer sees the place, in figures and on a map
        signIn("anbinh.canbo", DEMO_PASSWORD);
        open("/petitions/" + id);
        assertThat(text(By.id("petition-coordinates"))).isEqualTo(latitude + ", " + longitude);
        WebElement staffMap = drawnMap("petition-map");
        waitUntil(d -> loadedMarkers(staffMap) == 1, "the petition's marker on the staff page");
        assertThat(text(By.id("petition-files"))).contains("anh-hien-truong");
        screenshot("staff-page-with-the-place");
        signOut();

        // answered and published: a marker on the portal's map of answers, its popup linking to the answer
        PetitionFixture fixture = PetitionFixture.of(context);
        long officer = fixture.accountId("anbinh.canbo");
        fixture.after(saved, p -> {
            p.accept();
            p.assign(officer, null);
            p.draftAnswer("Kính gửi ông bà: xã đã vá ổ gà.");
            p.approveAnswer(true, "Xã đã vá ổ gà trên đường liên ấp.", OffsetDateTime.now());
        });
        open("/portal/answers?q=" + code);
        WebElement answers = drawnMap("answers-map");
        waitUntil(d -> "1".equals(answers.getDomAttribute("data-markers")) && loadedMarkers(answers) == 1,
                "the answer's marker");
        answers.findElement(By.cssSelector(".leaflet-marker-icon")).click();
        WebElement link = visible(By.cssSelector("#answers-map .leaflet-popup-content a"));
        assertThat(link.getText()).isEqualTo(title);
        assertThat(text(By.cssSelector("#answers-map .leaflet-popup-content"))).contains(code)
                .doesNotContain("ông bà");
        screenshot("answers-map-with-the-marker");
        assertNoSeriousAccessibilityViolation("the published answers with their map");
        clickAndWaitForPage(By.cssSelector("#answers-map .leaflet-popup-content a"));
        waitForPath("/portal/answers/" + code);
    }
}
