package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** Creating, moving and retiring units through the admin screens, each change audited. */
@DanVanIntegrationTest
class UnitAdministrationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;

    private String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void adminCreatesAUnitAndTheChangeIsAudited() throws Exception {
        String code = code();
        long parent = organisation.unitByCode("UBND-PG").orElseThrow().id();
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", "Ấp Bình  Thắng").param("kind", "COMMUNE_COMMITTEE")
                        .param("parentId", String.valueOf(parent)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        UnitView unit = organisation.unitByCode(code).orElseThrow();
        assertThat(unit.name()).isEqualTo("Ấp Bình Thắng");
        assertThat(unit.parentId()).isEqualTo(parent);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry e join audit_change c on c.entry_id = e.id
                where e.entity_type = 'Unit' and e.entity_id = :id and e.action = 'CREATE' and e.actor = 'admin'
                  and c.field = 'name' and c.after_value = 'Ấp Bình Thắng' and e.client_address is not null""")
                .param("id", String.valueOf(unit.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invalidFormIsShownAgainWithVietnameseMessagesAndNothingIsSaved() throws Exception {
        String code = code();
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", "").param("kind", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường này là bắt buộc.")))
                .andExpect(content().string(containsString("value=\"" + code + "\"")));
        assertThat(organisation.unitByCode(code)).isEmpty();
    }

    @Test
    void aWrongTypedOrOverLongValueComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        long before = units();
        String name = "Tổ thử " + code();
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code()).param("name", name).param("kind", "XSS").param("parentId", "abc")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("id=\"kind-error\"")))
                .andExpect(content().string(containsString("Giá trị này không hợp lệ; hãy chọn hoặc nhập lại.")))
                .andExpect(content().string(containsString("id=\"parentId-error\"")))
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")));
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", "X".repeat(31)).param("name", name).param("kind", "COMMUNE_COMMITTEE")
                        .param("address", "Ấp 2".repeat(126)).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 30 ký tự.")))
                .andExpect(content().string(containsString("id=\"address-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 500 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("value=\"" + "X".repeat(31) + "\"")));
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void aRetireFormWithErrorsShowsTheUnitAgainAndAReactivationWithoutItsVersionIsRefused() throws Exception {
        String code = code();
        var admin = SignedIn.as(context, "admin");
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", code).param("name", "Tổ tạm")
                .param("kind", "PUBLIC_SERVICE_UNIT").param("version", "0")).andExpect(status().is3xxRedirection());
        UnitView unit = organisation.unitByCode(code).orElseThrow();
        String reason = "Hợp nhất ".repeat(60);
        mvc.perform(post("/admin/units/{id}/retire", unit.id()).with(admin).with(csrf())
                        .param("version", String.valueOf(unit.version())).param("reason", reason))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("Không được dài quá 500 ký tự.")))
                .andExpect(content().string(containsString("value=\"" + reason.strip() + "\"")));
        mvc.perform(post("/admin/units/{id}/retire", unit.id()).with(admin).with(csrf())
                        .param("version", "abc").param("reason", "Sáp nhập"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(organisation.unit(unit.id()).orElseThrow().retired()).isFalse();

        mvc.perform(post("/admin/units/{id}/retire", unit.id()).with(admin).with(csrf())
                        .param("version", String.valueOf(unit.version())).param("reason", "Sáp nhập"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/units/{id}/reactivate", unit.id()).with(admin).with(csrf()).param("version", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/units/{id}/reactivate", unit.id()).with(admin).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(organisation.unit(unit.id()).orElseThrow().retired()).isTrue();
    }

    private long units() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    @Test
    void duplicateCodeIsRefused() throws Exception {
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", "ABINH").param("name", "Trùng mã").param("kind", "COMMUNE_COMMITTEE")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã đơn vị &quot;ABINH&quot; đã được dùng")));
    }

    @Test
    void aUnitCannotMoveUnderItsOwnChild() throws Exception {
        String parentCode = code();
        String childCode = code();
        var admin = SignedIn.as(context, "admin");
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", parentCode).param("name", "Cha")
                .param("kind", "SPECIALISED_OFFICE").param("version", "0")).andExpect(status().is3xxRedirection());
        long parent = organisation.unitByCode(parentCode).orElseThrow().id();
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", childCode).param("name", "Con")
                .param("kind", "SPECIALISED_OFFICE").param("parentId", String.valueOf(parent)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long child = organisation.unitByCode(childCode).orElseThrow().id();
        UnitView before = organisation.unit(parent).orElseThrow();
        mvc.perform(post("/admin/units/{id}", parent).with(admin).with(csrf()).param("code", parentCode)
                        .param("name", "Cha").param("kind", "SPECIALISED_OFFICE")
                        .param("parentId", String.valueOf(child)).param("version", String.valueOf(before.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể chuyển đơn vị vào chính nó")));
        assertThat(organisation.unit(parent).orElseThrow().parentId()).isNull();
    }

    @Test
    void retiringKeepsTheUnitAndRecordsTheReason() throws Exception {
        String code = code();
        var admin = SignedIn.as(context, "admin");
        mvc.perform(post("/admin/units").with(admin).with(csrf()).param("code", code).param("name", "Tổ công tác")
                .param("kind", "PUBLIC_SERVICE_UNIT").param("version", "0")).andExpect(status().is3xxRedirection());
        UnitView unit = organisation.unitByCode(code).orElseThrow();
        mvc.perform(post("/admin/units/{id}/retire", unit.id()).with(admin).with(csrf())
                        .param("version", String.valueOf(unit.version())).param("reason", "Sáp nhập"))
                .andExpect(status().is3xxRedirection());
        UnitView retired = organisation.unit(unit.id()).orElseThrow();
        assertThat(retired.retired()).isTrue();
        assertThat(retired.retiredReason()).isEqualTo("Sáp nhập");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Unit' and entity_id = :id and action = 'RETIRE'")
                .param("id", String.valueOf(unit.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aUnitWithActiveChildrenCannotBeRetired() throws Exception {
        UnitView district = organisation.unitByCode("UBND-PG").orElseThrow();
        mvc.perform(post("/admin/units/{id}/retire", district.id()).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("version", String.valueOf(district.version())).param("reason", "Thử"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị còn đơn vị trực thuộc đang hoạt động")))
                .andExpect(content().string(containsString("value=\"Thử\"")));
        assertThat(organisation.unit(district.id()).orElseThrow().retired()).isFalse();
    }

    @Test
    void postingWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).param("code", code()))
                .andExpect(status().isForbidden());
    }

    @Test
    void unitListExportsAsSpreadsheet() throws Exception {
        mvc.perform(get("/units/export").param("format", "xlsx").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/units/export").param("format", "csv").param("q", "an binh")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")));
    }
}
