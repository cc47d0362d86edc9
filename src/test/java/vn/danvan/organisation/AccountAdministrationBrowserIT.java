package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.BrowserTestSupport;
import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.units.UnitRepository;

/**
 * The whole road of a new officer: the administrator creates a unit, a person in it and their
 * account; the officer signs in, must first change the initial password, and then sees their own
 * unit only.
 */
@DanVanIntegrationTest
class AccountAdministrationBrowserIT extends BrowserTestSupport {

    static final String OFFICER_ROLE = "Cán bộ, công chức, viên chức";

    @Autowired
    UnitRepository units;

    @Test
    void anOfficerCreatedByTheAdminChangesTheInitialPasswordAndSeesOnlyTheirUnit() {
        String suffix = uniqueSuffix();
        String unitName = "Ủy ban nhân dân xã Tân Thử " + suffix;
        String personName = "Nguyễn Văn Thử " + suffix;
        String username = "tanthu." + suffix.toLowerCase();
        String initialPassword = "KhoiTao@" + suffix + "-Tre-Xanh";
        String newPassword = "MatKhauMoi#" + suffix + "-Bong-Mat";

        // the administrator: a unit, a person in it, an account for the person
        signIn("admin", DEMO_PASSWORD);
        waitForPath("/home");
        open("/units");
        clickAndWaitForPage(By.id("new-unit"));
        type(By.id("code"), "TT" + suffix);
        type(By.id("name"), unitName);
        select(By.id("kind"), "Ủy ban nhân dân cấp xã");
        select(By.id("parentId"), "Ủy ban nhân dân huyện Phú Giáo");
        clickAndWaitForPage(By.id("save-unit"));
        waitForPathMatching("/units/\\d+");
        assertThat(text(By.id("unit-name"))).isEqualTo(unitName);
        String unitPath = currentPath();

        clickAndWaitForPage(By.linkText("Thêm cán bộ"));
        waitForPath("/admin/people/new");
        assertThat(heading()).isEqualTo("Thêm cán bộ");
        assertThat(selected(By.id("unitId"))).isEqualTo("— " + unitName);
        savePerson(personName, "Công chức Văn phòng - Thống kê", null);
        assertThat(currentPath()).isEqualTo(unitPath);
        assertThat(text(By.cssSelector(".alert-success"))).isEqualTo("Đã thêm cán bộ.");
        assertThat(text(By.id("people-table"))).contains(personName, "Công chức Văn phòng - Thống kê");

        createAccount(username, personName + " — " + unitName, OFFICER_ROLE, initialPassword);
        assertThat(text(By.cssSelector(".alert-success"))).startsWith("Đã tạo tài khoản.");
        assertThat(text(By.id("account-username"))).isEqualTo(username);
        assertThat(bodyText()).contains(personName, unitName, OFFICER_ROLE);
        assertThat(text(By.id("account-status"))).isEqualTo("Phải đổi mật khẩu");
        assertThat(pageSource()).doesNotContain(initialPassword);
        signOut();

        // the officer: the first sign-in leads to the password change, and nowhere else
        signIn(username, initialPassword);
        waitForPath("/account/password");
        assertThat(heading()).isEqualTo("Đổi mật khẩu");
        assertThat(text(By.id("password-forced"))).startsWith("Mật khẩu của tài khoản " + username + " vừa được cấp");
        open("/units");
        waitForPath("/account/password");

        type(By.id("currentPassword"), initialPassword);
        type(By.id("newPassword"), newPassword);
        type(By.id("confirmation"), newPassword + "x");
        clickAndWaitForPage(By.id("change-password"));
        assertThat(text(By.id("form-errors"))).contains("Mật khẩu nhập lại không khớp.");
        assertThat(value(By.id("newPassword"))).isEmpty();

        type(By.id("currentPassword"), initialPassword);
        type(By.id("newPassword"), newPassword);
        type(By.id("confirmation"), newPassword);
        clickAndWaitForPage(By.id("change-password"));
        waitForPath("/home");
        assertThat(text(By.cssSelector(".alert-success"))).isEqualTo("Đã đổi mật khẩu.");
        assertThat(heading()).isEqualTo("Xin chào, " + personName);
        assertThat(text(By.cssSelector(".dv-brand-unit"))).isEqualTo(unitName);

        // their scope: their unit, not An Bình, neither in the list nor by URL
        clickMenu("nav-units");
        waitForPath("/units");
        String table = text(By.id("units-table"));
        assertThat(table).contains(unitName);
        assertThat(table).doesNotContain("Ủy ban nhân dân xã An Bình", "Ủy ban nhân dân huyện Phú Giáo");
        assertThat(findAll(By.cssSelector("#units-table tbody tr"))).hasSize(1);

        long anBinh = units.findByCode("ABINH").orElseThrow().id();
        open("/units/" + anBinh);
        assertThat(heading()).isEqualTo("Lỗi 403");
        assertThat(bodyText()).contains("Bạn không có quyền truy cập trang này.");
        assertThat(pageSource()).doesNotContain("An Bình", "ABINH", "Trần Văn Bình", "Lê Thị Hoa");

        // the new password is the one that works from now on, without another forced change
        signOut();
        signIn(username, newPassword);
        waitForPath("/home");
        assertThat(heading()).isEqualTo("Xin chào, " + personName);
    }
}
