package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.people.PersonAdministration;
import vn.danvan.organisation.people.PersonData;
import vn.danvan.organisation.people.PersonRepository;
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;
import vn.danvan.organisation.units.UnitRepository;

/** Administrators add and edit people and appoint unit heads through /admin/people; each change audited. */
@DanVanIntegrationTest
class PersonAdministrationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRepository people;
    @Autowired
    UnitRepository units;

    OrganisationFixture fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = OrganisationFixture.of(context);
    }

    @Test
    void adminAddsAPersonAsHeadOfAUnitAndTheChangeIsAudited() throws Exception {
        String name = "Nguyễn Văn " + OrganisationFixture.unique("Thử");
        long unit = fixtures.unit("ALINH");
        mvc.perform(post("/admin/people").with(fixtures.as("admin")).with(csrf())
                        .param("fullName", "  " + name + " ").param("title", "Chủ tịch UBND xã")
                        .param("unitId", String.valueOf(unit)).param("email", "thu@anlinh.gov.vn")
                        .param("phone", "0274 3672 123").param("head", "true").param("_head", "on")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units/" + unit));

        PersonView person = only(name);
        assertThat(person.unitId()).isEqualTo(unit);
        assertThat(person.title()).isEqualTo("Chủ tịch UBND xã");
        assertThat(person.phone()).isEqualTo("0274 3672 123");
        assertThat(units.find(unit).orElseThrow().headPersonId()).isEqualTo(person.id());
        assertThat(jdbc.sql("""
                select count(*) from audit_entry e join audit_change c on c.entry_id = e.id
                where e.entity_type = 'Person' and e.entity_id = :id and e.action = 'CREATE' and e.actor = 'admin'
                  and c.field = 'fullName' and c.after_value = :name""")
                .param("id", String.valueOf(person.id())).param("name", name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aBlankNameOrBadEmailIsShownAgainInVietnameseAndNothingIsSaved() throws Exception {
        String title = OrganisationFixture.unique("Chức vụ ");
        long before = countWithTitle(title);
        mvc.perform(post("/admin/people").with(fixtures.as("admin")).with(csrf())
                        .param("fullName", " ").param("title", title).param("email", "khong-phai-email")
                        .param("unitId", String.valueOf(fixtures.unit("ABINH"))).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng sửa các lỗi sau:")))
                .andExpect(content().string(containsString("Trường này là bắt buộc.")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(countWithTitle(title)).isEqualTo(before).isZero();
    }

    @Test
    void aWrongTypedOrOverLongValueComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        String title = OrganisationFixture.unique("Chức vụ ");
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        mvc.perform(post("/admin/people").with(fixtures.as("admin")).with(csrf())
                        .param("fullName", "Nguyễn Văn A").param("title", title).param("unitId", "abc")
                        .param("head", "XSS").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unitId-error\"")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        mvc.perform(post("/admin/people").with(fixtures.as("admin")).with(csrf())
                        .param("fullName", "Nguyễn Văn A".repeat(20)).param("title", title)
                        .param("unitId", String.valueOf(fixtures.unit("ABINH"))).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"fullName-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 200 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + "Nguyễn Văn A".repeat(20) + "\"")));
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPersonCannotBePutInARetiredUnit() throws Exception {
        String code = OrganisationFixture.unique("R").toUpperCase();
        long retired = context.getBean(UnitAdministration.class).create(
                new UnitData(code, "Đơn vị đã giải thể " + code, UnitKind.SPECIALISED_OFFICE, null, null, null, null));
        context.getBean(UnitAdministration.class).retire(retired, 0, "Sáp nhập");
        String name = OrganisationFixture.unique("Người thử ");
        mvc.perform(post("/admin/people").with(fixtures.as("admin")).with(csrf())
                        .param("fullName", name).param("unitId", String.valueOf(retired)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị đã ngừng hoạt động.")));
        assertThat(people.search(null, name, 10)).isEmpty();
    }

    @Test
    void theNewPersonFormPreselectsTheUnitOfTheLinkFromTheUnitPage() throws Exception {
        long unit = fixtures.unit("TNMT");
        mvc.perform(get("/admin/people/new").param("unitId", String.valueOf(unit)).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + unit + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("class=\"form-label dv-required")));
    }

    @Test
    void editingMovesThePersonAndHandsOverTheHeadship() throws Exception {
        String name = OrganisationFixture.unique("Trần Thị ");
        long from = fixtures.unit("ABINH");
        long to = fixtures.unit("ALONG");
        long id = context.getBean(PersonAdministration.class)
                .create(new PersonData(name, "Công chức", from, null, null), false);
        mvc.perform(get("/admin/people/{id}/edit", id).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")));

        mvc.perform(post("/admin/people/{id}", id).with(fixtures.as("admin")).with(csrf())
                        .param("fullName", name).param("title", "Phó Chủ tịch").param("unitId", String.valueOf(to))
                        .param("head", "true").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        PersonView moved = people.find(id).orElseThrow();
        assertThat(moved.unitId()).isEqualTo(to);
        assertThat(moved.title()).isEqualTo("Phó Chủ tịch");
        assertThat(units.find(to).orElseThrow().headPersonId()).isEqualTo(id);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where entity_type = 'Person' and entity_id = :id
                  and action = 'UPDATE' and actor = 'admin'""")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefused() throws Exception {
        String name = OrganisationFixture.unique("Lê Văn ");
        long unit = fixtures.unit("ABINH");
        long id = context.getBean(PersonAdministration.class)
                .create(new PersonData(name, null, unit, null, null), false);
        context.getBean(PersonAdministration.class).update(id, 0, new PersonData(name, "Mới", unit, null, null), false);
        mvc.perform(post("/admin/people/{id}", id).with(fixtures.as("admin")).with(csrf())
                        .param("fullName", name).param("title", "Cũ").param("unitId", String.valueOf(unit))
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(people.find(id).orElseThrow().title()).isEqualTo("Mới");
    }

    @Test
    void theListFindsAPersonWithoutAccentsAndFiltersByUnit() throws Exception {
        String tag = OrganisationFixture.unique("x");
        String name = "Đặng Thị Ngọc Ánh " + tag;
        long id = fixtures.person(name, "VHOA");
        mvc.perform(get("/admin/people").param("q", "dang thi ngoc anh " + tag).with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("/admin/people/" + id + "/edit")))
                .andExpect(content().string(containsString("/admin/accounts/new?personId=" + id)))
                .andExpect(content().string(containsString("/admin/people/export?q=dang")));
        mvc.perform(get("/admin/people").param("q", tag).param("unitId", String.valueOf(fixtures.unit("VHOA")))
                        .with(fixtures.as("admin")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/admin/people").param("q", tag).param("unitId", String.valueOf(fixtures.unit("ABINH")))
                        .with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
    }

    @Test
    void theListIsExportedAsCsvWithItsFilter() throws Exception {
        String tag = OrganisationFixture.unique("x");
        String name = "Phan Văn Xuất " + tag;
        fixtures.person(name, "THIEP");
        byte[] csv = mvc.perform(get("/admin/people/export").param("q", tag).param("format", "csv")
                        .with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Họ và tên").contains(name).contains("Ủy ban nhân dân xã Tân Hiệp");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void onlyAnAdministratorReachesThePeopleScreens() throws Exception {
        for (String user : new String[] {"noivu", "chutich", "anbinh.truong", "anbinh.canbo"}) {
            mvc.perform(get("/admin/people").with(fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/people/new").with(fixtures.as(user))).andExpect(status().isForbidden());
        }
        String name = OrganisationFixture.unique("Không được thêm ");
        mvc.perform(post("/admin/people").with(fixtures.as("anbinh.truong")).with(csrf())
                        .param("fullName", name).param("unitId", String.valueOf(fixtures.unit("ABINH")))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(people.search(null, name, 10)).isEmpty();
    }

    private PersonView only(String name) {
        var found = people.search(null, name, 10);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private long countWithTitle(String title) {
        return jdbc.sql("select count(*) from person where title = :t").param("t", title).query(Long.class).single();
    }
}
