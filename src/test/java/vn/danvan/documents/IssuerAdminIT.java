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
    void onlyAdministratorsEditIssuers() throws Exception {
        mvc.perform(get("/admin/document-issuers").with(SignedIn.as(context, "noivu"))).andExpect(status().isForbidden());
    }
}
