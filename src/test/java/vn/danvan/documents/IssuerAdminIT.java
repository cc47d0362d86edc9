package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationService;

/** An administrator renames an office's abbreviation; its next document carries it; a committee stays UBND. */
@DanVanIntegrationTest
class IssuerAdminIT {

    private final OrganisationService organisation;

    @Autowired
    IssuerAdminIT(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSetsAnOfficesAbbreviation() throws Exception {
        long office = organisation.unitByCode("KTHT").orElseThrow().id();
        mvc.perform(get("/admin/document-issuers").with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Kinh tế - Hạ tầng")));
        mvc.perform(get("/admin/document-issuers/{id}/edit", office).with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"KTHT\"")));

        mvc.perform(post("/admin/document-issuers/{id}", office).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("abbreviation", "P KT").param("placeName", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chữ viết tắt chỉ gồm chữ và số")));

        mvc.perform(post("/admin/document-issuers/{id}", office).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("abbreviation", "pkt").param("placeName", "").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.issue(IssueRequest.of(office, DocumentType.BAO_CAO, LocalDate.of(2046, 1, 1), "Báo cáo"))
                .text()).isEqualTo("01/BC-PKT");

        // the same form sent again, with the version it was read at, has been overtaken
        mvc.perform(post("/admin/document-issuers/{id}", office).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("abbreviation", "KT").param("placeName", "").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void aCommitteeAlwaysSignsAsUbnd() throws Exception {
        long commune = organisation.unitByCode("ALINH").orElseThrow().id();
        mvc.perform(post("/admin/document-issuers/{id}", commune).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("abbreviation", "XAL").param("placeName", "An Linh").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(register.issue(IssueRequest.of(commune, DocumentType.BIEN_BAN, LocalDate.of(2046, 1, 1), "Biên bản"))
                .text()).isEqualTo("01/BB-UBND");
    }

    @Test
    void aWrongTypedOrOverLongValueComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        long office = organisation.unitByCode("TCKH").orElseThrow().id();
        long before = issuers();
        mvc.perform(post("/admin/document-issuers/{id}", office).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("abbreviation", "TC" + "K".repeat(30)).param("placeName", "Phước Vĩnh".repeat(11))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được dài quá 20 ký tự.")))
                .andExpect(content().string(containsString("Không được dài quá 100 ký tự.")))
                .andExpect(content().string(containsString("id=\"placeName-error\"")))
                .andExpect(content().string(containsString("value=\"" + "Phước Vĩnh".repeat(11) + "\"")));
        mvc.perform(post("/admin/document-issuers/{id}", office).with(SignedIn.as(context, "admin")).with(csrf())
                        .param("abbreviation", "TCKH").param("placeName", "").param("version", "abc<b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giá trị đã chọn hoặc đã nhập không hợp lệ.")))
                .andExpect(content().string(containsString("value=\"TCKH\"")));
        assertThat(issuers()).isEqualTo(before);
    }

    private long issuers() {
        return jdbc.sql("select count(*) from document_issuer").query(Long.class).single();
    }

    @Test
    void onlyAdministratorsEditIssuers() throws Exception {
        mvc.perform(get("/admin/document-issuers").with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
    }
}
