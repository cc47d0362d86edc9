package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.shared.DanVanTime;
import vn.danvan.organisation.accounts.AccountAdministration;
import vn.danvan.organisation.accounts.AccountRepository;
import vn.danvan.organisation.accounts.AccountView;
import vn.danvan.organisation.people.PersonRepository;

/** Administrators create and edit accounts, reset passwords and unlock accounts through /admin/accounts. */
@DanVanIntegrationTest
class AccountAdministrationIT {

    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password\"[^>]*>([^<]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRepository accounts;

    OrganisationFixture fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = OrganisationFixture.of(context);
    }

    @Test
    void adminCreatesAPersonAndThenTheirAccountBothAudited() throws Exception {
        String name = "Hồ Thị " + OrganisationFixture.unique("Tạo");
        long unit = fixtures.unit("ABINH");
        mvc.perform(post("/admin/people").with(fixtures.as("admin")).with(csrf())
                        .param("fullName", name).param("unitId", String.valueOf(unit)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long person = context.getBean(PersonRepository.class).search(null, name, 2).get(0).id();
        String username = OrganisationFixture.unique("tao.");

        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", " " + username.toUpperCase() + " ").param("personId", String.valueOf(person))
                        .param("unitId", "").param("roles", "OFFICER", "UNIT_HEAD").param("_roles", "1")
                        .param("password", OrganisationFixture.PASSWORD))
                .andExpect(status().is3xxRedirection());

        AccountView account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.personId()).isEqualTo(person);
        assertThat(account.unitId()).as("the person's unit by default").isEqualTo(unit);
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.UNIT_HEAD);
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.enabled()).isTrue();
        assertThat(audited("Person", person, "CREATE")).isEqualTo(1);
        assertThat(audited("Account", account.id(), "CREATE")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_change c join audit_entry e on e.id = c.entry_id
                where e.entity_type = 'Account' and e.entity_id = :id and lower(c.field) like '%password%'
                  and c.field <> 'mustChangePassword'""")
                .param("id", String.valueOf(account.id())).query(Long.class).single())
                .as("no password in the audit log").isZero();

        mvc.perform(get("/admin/accounts/{id}", account.id()).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Phải đổi mật khẩu")));
    }

    @Test
    void aShortPasswordIsShownAgainInVietnameseAndNothingIsSaved() throws Exception {
        String username = OrganisationFixture.unique("ngan.");
        long person = fixtures.person(OrganisationFixture.unique("Người "), "ABINH");
        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", username).param("personId", String.valueOf(person))
                        .param("roles", "OFFICER").param("password", "ngan123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(not(containsString("ngan123"))));
        assertThat(countAccounts(username)).isZero();
    }

    @Test
    void aTakenUsernameIsRefusedAndNothingIsSaved() throws Exception {
        long person = fixtures.person(OrganisationFixture.unique("Người "), "ABINH");
        long before = countAccountsOf(person);
        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", "anbinh.canbo").param("personId", String.valueOf(person))
                        .param("roles", "OFFICER").param("password", OrganisationFixture.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập &quot;anbinh.canbo&quot; đã có người dùng.")));
        assertThat(countAccountsOf(person)).isEqualTo(before).isZero();
    }

    @Test
    void anAccountWithoutARoleIsRefusedAndNothingIsSaved() throws Exception {
        String username = OrganisationFixture.unique("khong.");
        long person = fixtures.person(OrganisationFixture.unique("Người "), "ABINH");
        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", username).param("personId", String.valueOf(person)).param("_roles", "1")
                        .param("password", OrganisationFixture.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn ít nhất một vai trò.")));
        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", username).param("personId", String.valueOf(person))
                        .param("password", OrganisationFixture.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn ít nhất một vai trò.")));
        assertThat(countAccounts(username)).isZero();
    }

    @Test
    void aWrongTypedOrOverLongValueComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        String username = OrganisationFixture.unique("dai.") + "x".repeat(50);
        long before = jdbc.sql("select count(*) from account").query(Long.class).single();
        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", "tao.sai.kieu").param("personId", "abc").param("unitId", "31/02/2026")
                        .param("roles", "XSS").param("_roles", "1").param("password", OrganisationFixture.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"personId-error\"")))
                .andExpect(content().string(containsString("id=\"unitId-error\"")))
                .andExpect(content().string(containsString("id=\"roles-error\"")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"tao.sai.kieu\"")));
        long person = fixtures.person(OrganisationFixture.unique("Người "), "ABINH");
        mvc.perform(post("/admin/accounts").with(fixtures.as("admin")).with(csrf())
                        .param("username", username).param("personId", String.valueOf(person))
                        .param("roles", "OFFICER").param("password", "x".repeat(129)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 50 ký tự.")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("Mật khẩu không được dài quá 128 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(not(containsString("x".repeat(129)))));
        assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);

        AccountView officer = fixtures.officer();
        mvc.perform(post("/admin/accounts/{id}", officer.id()).with(fixtures.as("admin")).with(csrf())
                        .param("unitId", "abc").param("roles", "OFFICER", "XSS").param("enabled", "maybe")
                        .param("version", String.valueOf(officer.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unitId-error\"")))
                .andExpect(content().string(containsString("id=\"roles-error\"")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")));
        AccountView after = accounts.find(officer.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(officer.version());
        assertThat(after.unitId()).isEqualTo(officer.unitId());
        assertThat(after.roles()).isEqualTo(officer.roles());
    }

    @Test
    void onlyAnAdministratorReachesTheAccountScreens() throws Exception {
        AccountView officer = fixtures.officer();
        for (String user : new String[] {"noivu", "chutich", "anbinh.truong", officer.username()}) {
            mvc.perform(get("/admin/accounts").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/{id}", officer.id()).with(fixtures.as(user)))
                    .andExpect(status().isForbidden());
        }
        String hash = accounts.passwordHash(officer.id()).orElseThrow();
        mvc.perform(post("/admin/accounts/{id}/reset-password", officer.id()).with(fixtures.as(officer.username()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.passwordHash(officer.id())).contains(hash);
    }

    @Test
    void theListShowsEachStatusAsAWordAndFilters() throws Exception {
        AccountView active = fixtures.officer();
        AccountView disabled = fixtures.officer();
        context.getBean(AccountAdministration.class).update(disabled.id(), disabled.version(), disabled.unitId(),
                disabled.roles(), false);
        AccountView locked = fixtures.officer();
        OffsetDateTime until = OffsetDateTime.parse("2099-04-05T07:30:00Z");
        lock(locked.username(), until);

        String page = mvc.perform(get("/admin/accounts").param("q", "tk.").param("unitId",
                        String.valueOf(fixtures.unit("ABINH"))).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(row(page, active.username())).contains("Đang hoạt động").contains("text-bg-success");
        assertThat(row(page, disabled.username())).contains("Đã vô hiệu hóa");
        assertThat(row(page, locked.username())).contains("Bị khóa đến 05/04/2099 14:30").contains("text-bg-danger");
        assertThat(page).doesNotContain(">anbinh.canbo<").doesNotContain(">tnmt.truong<");

        mvc.perform(get("/admin/accounts").param("q", active.username()).with(fixtures.as("admin")))
                .andExpect(content().string(containsString(active.username())))
                .andExpect(content().string(containsString("/admin/accounts/export?q=" + active.username())))
                .andExpect(content().string(not(containsString(disabled.username()))));
    }

    @Test
    void theListIsExportedWithItsFilter() throws Exception {
        AccountView officer = fixtures.officer();
        byte[] csv = mvc.perform(get("/admin/accounts/export").param("q", officer.username()).param("format", "csv")
                        .with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("tai-khoan.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains("Tên đăng nhập").contains(officer.username())
                .contains("Cán bộ, công chức, viên chức").contains("Đang hoạt động");
        mvc.perform(get("/admin/accounts/export").param("q", officer.username()).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("tai-khoan.xlsx")));
    }

    @Test
    void adminChangesUnitRolesAndDisablesAnAccountWhichThenCannotSignIn() throws Exception {
        AccountView officer = fixtures.officer();
        long tnmt = fixtures.unit("TNMT");
        mvc.perform(get("/admin/accounts/{id}/edit", officer.id()).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*value=\"OFFICER\"[^>]*checked=\"checked\".*")))
                .andExpect(content().string(not(matchesPattern("(?s).*value=\"ADMIN\"[^>]*checked=\"checked\".*"))));
        mvc.perform(post("/admin/accounts/{id}", officer.id()).with(fixtures.as("admin")).with(csrf())
                        .param("unitId", String.valueOf(tnmt)).param("roles", "FRONT_MEMBER").param("_roles", "1")
                        .param("_enabled", "on").param("version", String.valueOf(officer.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/accounts/" + officer.id()));

        AccountView after = accounts.find(officer.id()).orElseThrow();
        assertThat(after.unitId()).isEqualTo(tnmt);
        assertThat(after.roles()).containsExactly(Role.FRONT_MEMBER);
        assertThat(after.enabled()).isFalse();
        assertThat(audited("Account", officer.id(), "UPDATE")).isEqualTo(1);
        assertThat(OrganisationFixture.signIn(mvc, officer.username(), OrganisationFixture.PASSWORD)).isNull();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccountNorDropTheirAdminRole() throws Exception {
        AccountView admin = fixtures.account(false, EnumSet.of(Role.ADMIN));
        mvc.perform(post("/admin/accounts/{id}", admin.id()).with(fixtures.as(admin.username())).with(csrf())
                        .param("unitId", String.valueOf(admin.unitId())).param("roles", "ADMIN")
                        .param("_enabled", "on").param("version", String.valueOf(admin.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn không thể vô hiệu hóa tài khoản của chính mình.")));
        mvc.perform(post("/admin/accounts/{id}", admin.id()).with(fixtures.as(admin.username())).with(csrf())
                        .param("unitId", String.valueOf(admin.unitId())).param("roles", "OFFICER")
                        .param("enabled", "true").param("version", String.valueOf(admin.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn không thể bỏ vai trò Quản trị hệ thống")));
        AccountView after = accounts.find(admin.id()).orElseThrow();
        assertThat(after.enabled()).isTrue();
        assertThat(after.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aResetShowsATemporaryPasswordOnceThatSignsInAndForcesAChange() throws Exception {
        AccountView officer = fixtures.officer();
        String page = mvc.perform(post("/admin/accounts/{id}/reset-password", officer.id())
                        .with(fixtures.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("phải đổi mật khẩu ngay ở lần đăng nhập tiếp theo")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = TEMPORARY.matcher(page);
        assertThat(m.find()).as("the temporary password is on the page").isTrue();
        String temporary = m.group(1);
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(10);

        mvc.perform(get("/admin/accounts/{id}", officer.id()).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(temporary))))
                .andExpect(content().string(containsString("Phải đổi mật khẩu")));
        assertThat(OrganisationFixture.signIn(mvc, officer.username(), OrganisationFixture.PASSWORD))
                .as("the old password no longer works").isNull();

        Cookie session = OrganisationFixture.signIn(mvc, officer.username(), temporary);
        assertThat(session).as("the temporary password signs in").isNotNull();
        mvc.perform(get("/home").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/units").cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cần đặt mật khẩu mới trước khi tiếp tục")));
        assertThat(audited("Account", officer.id(), "UPDATE")).isEqualTo(1);
    }

    @Test
    void unlockingLetsALockedAccountSignInAgain() throws Exception {
        AccountView officer = fixtures.officer();
        lock(officer.username(), OffsetDateTime.now(DanVanTime.ZONE).plusMinutes(15));
        assertThat(OrganisationFixture.signIn(mvc, officer.username(), OrganisationFixture.PASSWORD)).isNull();
        mvc.perform(get("/admin/accounts/{id}", officer.id()).with(fixtures.as("admin")))
                .andExpect(content().string(containsString("id=\"unlock-form\"")));

        mvc.perform(post("/admin/accounts/{id}/unlock", officer.id()).with(fixtures.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + officer.id()));

        assertThat(accounts.find(officer.id()).orElseThrow().lockedUntil()).isNull();
        mvc.perform(get("/admin/accounts/{id}", officer.id()).with(fixtures.as("admin")))
                .andExpect(content().string(not(containsString("id=\"unlock-form\""))));
        assertThat(OrganisationFixture.signIn(mvc, officer.username(), OrganisationFixture.PASSWORD)).isNotNull();
    }

    @Test
    void anUnknownAccountAnswers404() throws Exception {
        mvc.perform(get("/admin/accounts/{id}", Long.MAX_VALUE).with(fixtures.as("admin")))
                .andExpect(status().isNotFound());
    }

    /** Locks the account at the address the tests sign in from, as five failures there would. */
    private void lock(String username, OffsetDateTime until) {
        fixtures.lock(username, "127.0.0.1", until);
    }

    /** The table row of an account in the list page. */
    private static String row(String page, String username) {
        int at = page.indexOf(">" + username + "<");
        assertThat(at).as(username + " in the list").isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    private long audited(String type, long id, String action) {
        return jdbc.sql("""
                select count(*) from audit_entry
                where entity_type = :type and entity_id = :id and action = :action and actor = 'admin'""")
                .param("type", type).param("id", String.valueOf(id)).param("action", action)
                .query(Long.class).single();
    }

    private long countAccounts(String username) {
        return jdbc.sql("select count(*) from account where username = :u").param("u", username)
                .query(Long.class).single();
    }

    private long countAccountsOf(long person) {
        return jdbc.sql("select count(*) from account where person_id = :p").param("p", person)
                .query(Long.class).single();
    }
}
