package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;

/** An administrator creates units through the form, meets its errors, and retires a unit with a reason. */
@DanVanIntegrationTest
class UnitAdministrationBrowserIT extends BrowserTestSupport {

    static final String DISTRICT = "Ủy ban nhân dân huyện Phú Giáo";
    static final String COMMUNE_KIND = "Ủy ban nhân dân cấp xã";

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
    }

    @Test
    void adminCreatesAUnitUnderTheDistrictAndFindsItInTheTree() {
        String suffix = uniqueSuffix();
        String name = "Ủy ban nhân dân xã Thử Nghiệm " + suffix;

        open("/units");
        assertThat(text(By.id("new-unit"))).isEqualTo("Thêm đơn vị");
        clickAndWaitForPage(By.id("new-unit"));
        waitForPath("/admin/units/new");
        assertThat(heading()).isEqualTo("Thêm đơn vị");

        type(By.id("code"), "TN" + suffix);
        type(By.id("name"), name);
        select(By.id("kind"), COMMUNE_KIND);
        select(By.id("parentId"), DISTRICT);
        type(By.id("address"), "Ấp 2, xã Thử Nghiệm, huyện Phú Giáo");
        clickAndWaitForPage(By.id("save-unit"));

        waitForPathMatching("/units/\\d+");
        assertThat(text(By.cssSelector(".alert-success"))).isEqualTo("Đã thêm đơn vị.");
        assertThat(text(By.id("unit-name"))).isEqualTo(name);
        assertThat(driver.getTitle()).isEqualTo(name);
        assertThat(text(By.id("unit-status"))).isEqualTo("Đang hoạt động");
        assertThat(bodyText()).contains("TN" + suffix, COMMUNE_KIND, "Ấp 2, xã Thử Nghiệm, huyện Phú Giáo");
        assertThat(text(By.linkText(DISTRICT))).isEqualTo(DISTRICT);

        // the tree lists it under the district, and the search finds it typed without accents
        open("/units");
        type(By.id("q"), "thu nghiem " + suffix.toLowerCase());
        clickAndWaitForPage(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(findAll(By.cssSelector("#units-table tbody tr"))).hasSize(1);
        assertThat(text(By.cssSelector("#units-table tbody tr"))).contains(name, "TN" + suffix, "Đang hoạt động");
        assertThat(find(By.xpath("//a[normalize-space()='" + name + "']/parent::td")).getDomAttribute("class"))
                .isEqualTo("dv-tree-depth-1");
    }

    @Test
    void aFormWithMissingFieldsShowsTheErrorsKeepsWhatWasTypedAndCreatesNothing() {
        String suffix = uniqueSuffix();
        String name = "Đơn vị chưa lưu " + suffix;

        open("/admin/units/new");
        clickAndWaitForPage(By.id("save-unit"));
        assertThat(text(By.cssSelector("#form-errors p"))).isEqualTo("Vui lòng sửa các lỗi sau:");
        assertThat(text(By.id("form-errors"))).contains("Trường này là bắt buộc.");
        assertThat(text(By.id("code-error"))).isEqualTo("Trường này là bắt buộc.");
        assertThat(text(By.id("name-error"))).isEqualTo("Trường này là bắt buộc.");
        assertThat(text(By.id("kind-error"))).isEqualTo("Trường này là bắt buộc.");
        assertThat(find(By.id("code")).getDomAttribute("class")).contains("is-invalid");

        // fill part of the form: what was typed comes back, only the missing fields are flagged
        type(By.id("name"), name);
        select(By.id("parentId"), DISTRICT);
        type(By.id("address"), "Khu phố 3, thị trấn Phước Vĩnh");
        type(By.id("phone"), "0274 3672 123");
        clickAndWaitForPage(By.id("save-unit"));

        assertThat(visible(By.id("form-errors")).isDisplayed()).isTrue();
        assertThat(text(By.id("code-error"))).isEqualTo("Trường này là bắt buộc.");
        assertThat(text(By.id("kind-error"))).isEqualTo("Trường này là bắt buộc.");
        assertThat(isPresent(By.id("name-error"))).isFalse();
        assertThat(value(By.id("name"))).isEqualTo(name);
        assertThat(value(By.id("address"))).isEqualTo("Khu phố 3, thị trấn Phước Vĩnh");
        assertThat(value(By.id("phone"))).isEqualTo("0274 3672 123");
        assertThat(selected(By.id("parentId"))).isEqualTo(DISTRICT);

        // a code with accents is refused with its own message, the rest still kept
        type(By.id("code"), "MÃ-SAI");
        select(By.id("kind"), COMMUNE_KIND);
        clickAndWaitForPage(By.id("save-unit"));
        assertThat(text(By.id("code-error")))
                .isEqualTo("Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -");
        assertThat(value(By.id("code"))).isEqualTo("MÃ-SAI");
        assertThat(selected(By.id("kind"))).isEqualTo(COMMUNE_KIND);
        assertThat(value(By.id("name"))).isEqualTo(name);

        open("/units?retired=true&q=" + suffix);
        assertThat(text(By.cssSelector("#units-table tbody"))).isEqualTo("Không có dữ liệu.");
        assertThat(bodyText()).doesNotContain(name);
    }

    @Test
    void aUnitIsRetiredOnlyWithAReasonAndThenShowsAsRetired() {
        String suffix = uniqueSuffix();
        String name = "Tổ công tác dân vận " + suffix;
        open("/admin/units/new");
        type(By.id("code"), "TCT" + suffix);
        type(By.id("name"), name);
        select(By.id("kind"), "Đơn vị sự nghiệp công lập");
        select(By.id("parentId"), DISTRICT);
        clickAndWaitForPage(By.id("save-unit"));
        waitForPathMatching("/units/\\d+");
        String unitPath = currentPath();

        // without a reason nothing happens but a Vietnamese message, beside the field and above the form
        clickAndWaitForPage(By.id("retire-unit"));
        assertThat(text(By.id("reason-error"))).isEqualTo("Vui lòng nhập lý do ngừng hoạt động.");
        assertThat(text(By.id("form-errors"))).contains("Lý do ngừng hoạt động: Vui lòng nhập lý do ngừng hoạt động.");
        assertThat(text(By.id("unit-status"))).isEqualTo("Đang hoạt động");

        type(By.id("reason"), "Sáp nhập vào Văn phòng HĐND-UBND huyện");
        clickAndWaitForPage(By.id("retire-unit"));
        assertThat(currentPath()).isEqualTo(unitPath);
        assertThat(text(By.cssSelector(".alert-success"))).isEqualTo("Đã chuyển đơn vị sang ngừng hoạt động.");
        assertThat(text(By.id("unit-status")))
                .startsWith("Ngừng hoạt động")
                .matches("Ngừng hoạt động từ \\d{2}/\\d{2}/\\d{4}: Sáp nhập vào Văn phòng HĐND-UBND huyện");
        assertThat(isPresent(By.id("retire-form"))).isFalse();
        assertThat(visible(By.id("reactivate-unit")).isDisplayed()).isTrue();

        // the list hides it until "show retired units" is chosen, then labels it
        open("/units?q=" + suffix);
        assertThat(text(By.cssSelector("#units-table tbody"))).isEqualTo("Không có dữ liệu.");
        select(By.id("retired"), "Có");
        clickAndWaitForPage(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(text(By.cssSelector("#units-table tbody tr"))).contains(name, "Ngừng hoạt động");
    }
}
