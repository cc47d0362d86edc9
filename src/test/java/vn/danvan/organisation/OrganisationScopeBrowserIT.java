package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.units.UnitRepository;

/**
 * An officer of xã An Bình sees their own unit only: another unit's record opened by its URL and the
 * administration pages answer with the 403 page, and nothing of the other unit leaks into it.
 */
@DanVanIntegrationTest
class OrganisationScopeBrowserIT extends BrowserTestSupport {

    static final String AN_BINH = "Ủy ban nhân dân xã An Bình";
    static final String TNMT = "Phòng Tài nguyên và Môi trường";

    @Autowired
    UnitRepository units;

    @BeforeEach
    void signInAsAnBinhOfficer() {
        signIn("anbinh.canbo", DEMO_PASSWORD);
        waitForPath("/home");
        assertThat(heading()).isEqualTo("Xin chào, Lê Thị Hoa");
    }

    @Test
    void theOfficerSeesOwnUnitButNotOthersInTheList() {
        assertThat(text(By.cssSelector(".dv-brand-unit"))).isEqualTo(AN_BINH);
        assertThat(bodyText()).contains("Bạn được xem dữ liệu của đơn vị mình và các đơn vị trực thuộc");

        clickAndWaitForPage(By.cssSelector("#dv-nav a[href='/units']"));
        waitForPath("/units");
        String table = text(By.id("units-table"));
        assertThat(table).contains(AN_BINH, "ABINH");
        assertThat(table).doesNotContain(TNMT, "Ủy ban nhân dân huyện Phú Giáo", "Ủy ban nhân dân xã An Linh");
        assertThat(isPresent(By.id("new-unit"))).isFalse();

        clickAndWaitForPage(By.linkText(AN_BINH));
        assertThat(text(By.id("unit-name"))).isEqualTo(AN_BINH);
        assertThat(text(By.id("people-table"))).contains("Lê Thị Hoa", "Trần Văn Bình");
        assertThat(isPresent(By.id("edit-unit"))).isFalse();
        assertThat(isPresent(By.id("retire-form"))).isFalse();
    }

    @Test
    void anotherUnitsRecordOpenedByUrlAnswers403WithoutItsData() {
        long tnmt = units.findByCode("TNMT").orElseThrow().id();

        open("/units/" + tnmt);
        assertThat(heading()).isEqualTo("Lỗi 403");
        assertThat(driver.getTitle()).isEqualTo("Lỗi 403");
        assertThat(bodyText()).contains("Bạn không có quyền truy cập trang này.");
        String source = pageSource();
        assertThat(source).doesNotContain(TNMT, "Phạm Minh Tuấn", "Trưởng phòng Tài nguyên và Môi trường");
        assertThat(isPresent(By.id("unit-name"))).isFalse();
        // still signed in as themself, offered a way back
        assertThat(text(By.id("user-menu"))).isEqualTo("Lê Thị Hoa");
        assertThat(isPresent(By.linkText("Về trang chủ"))).isTrue();

        // searching the list does not reveal the unit either
        open("/units?q=tai+nguyen");
        assertThat(text(By.cssSelector("#units-table tbody"))).isEqualTo("Không có dữ liệu.");
    }

    @Test
    void administrationPagesAnswer403ToTheOfficer() {
        assertThat(findAll(By.cssSelector("#dv-nav a[href='/admin/accounts']"))).isEmpty();

        for (String path : new String[] {"/admin/accounts", "/admin/units/new"}) {
            open(path);
            assertThat(heading()).as(path).isEqualTo("Lỗi 403");
            assertThat(bodyText()).as(path).contains("Bạn không có quyền truy cập trang này.");
            assertThat(isPresent(By.id("unit-form"))).as(path).isFalse();
        }
    }
}
