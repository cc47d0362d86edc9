package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** The administrator's page of the local government: what documents will print, checked, audited, admins only. */
@DanVanIntegrationTest
class LocalGovernmentIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoSetsThePhuGiaoDistrictAndThePageShowsWhatDocumentsPrint() throws Exception {
        LocalGovernment g = organisation.localGovernment().orElseThrow();
        assertThat(g.stored()).isTrue();
        assertThat(g.committee().code()).isEqualTo("UBND-PG");
        assertThat(g.chairTitle()).isEqualTo("Chủ tịch Ủy ban nhân dân huyện Phú Giáo");
        assertThat(g.committeeShortName()).isEqualTo("UBND huyện Phú Giáo");
        assertThat(g.homeAffairsName()).isEqualTo("Phòng Nội vụ");
        assertThat(g.homeAffairsHeadTitle()).isEqualTo("Trưởng phòng Nội vụ");
        assertThat(g.reportRecipients()).startsWith("Thường trực Huyện ủy");
        mvc.perform(get("/admin/local-government").with(SignedIn.as(context, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview-chair\">Chủ tịch Ủy ban nhân dân huyện Phú Giáo<")))
                .andExpect(content().string(containsString("Phòng Nội vụ (Trưởng phòng Nội vụ)")))
                .andExpect(content().string(not(containsString("id=\"local-government-derived\""))));
    }

    @Test
    void wrongUnitsAndMissingValuesComeBackBesideTheirFieldsAndNothingIsSaved() throws Exception {
        LocalGovernment before = organisation.localGovernment().orElseThrow();
        long office = organisation.unitByCode("TNMT").orElseThrow().id();
        mvc.perform(save(before).param("committeeUnitId", String.valueOf(office))
                        .param("frontUnitId", String.valueOf(office)).param("locality", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"locality-error\"")))
                .andExpect(content().string(containsString("Trường này là bắt buộc.")));
        mvc.perform(save(before).param("committeeUnitId", String.valueOf(office))
                        .param("frontUnitId", String.valueOf(office)).param("locality", "huyen Phu Giao"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn một Ủy ban nhân dân đang hoạt động.")))
                .andExpect(content().string(containsString("Chọn một Ủy ban Mặt trận Tổ quốc đang hoạt động.")))
                .andExpect(content().string(containsString("value=\"huyen Phu Giao\"")));
        mvc.perform(save(before).param("committeeUnitId", "abc").param("frontUnitId", "")
                        .param("locality", "huyen Phu Giao"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"committeeUnitId-error\"")));
        assertThat(organisation.localGovernment().orElseThrow()).isEqualTo(before);
    }

    @Test
    void aSaveIsAuditedAndAStalePageIsRefused() throws Exception {
        LocalGovernment before = organisation.localGovernment().orElseThrow();
        long audits = audits();
        mvc.perform(save(before).param("committeeUnitId", String.valueOf(before.committee().id()))
                        .param("frontUnitId", String.valueOf(before.front().id()))
                        .param("locality", "huyện Phú Giáo (thử)"))
                .andExpect(status().is3xxRedirection());
        LocalGovernment changed = organisation.localGovernment().orElseThrow();
        assertThat(changed.locality()).isEqualTo("huyện Phú Giáo (thử)");
        assertThat(audits()).isEqualTo(audits + 1);
        mvc.perform(save(before).param("committeeUnitId", String.valueOf(before.committee().id()))
                        .param("locality", "huyện Phú Giáo"))
                .andExpect(status().isConflict());
        mvc.perform(save(changed).param("committeeUnitId", String.valueOf(before.committee().id()))
                        .param("frontUnitId", String.valueOf(before.front().id()))
                        .param("locality", before.locality()))
                .andExpect(status().is3xxRedirection());
        assertThat(organisation.localGovernment().orElseThrow().locality()).isEqualTo(before.locality());
    }

    @Test
    void onlyAdministratorsSeeOrEditIt() throws Exception {
        for (String user : new String[] {"noivu", "chutich", "anbinh.truong"}) {
            mvc.perform(get("/admin/local-government").with(SignedIn.as(context, user)))
                    .andExpect(status().isForbidden());
        }
        LocalGovernment before = organisation.localGovernment().orElseThrow();
        mvc.perform(post("/admin/local-government").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("committeeUnitId", String.valueOf(before.committee().id()))
                        .param("homeAffairsUnitId", String.valueOf(before.homeAffairs().id()))
                        .param("locality", "xã khác").param("version", String.valueOf(before.version())))
                .andExpect(status().isForbidden());
        assertThat(organisation.localGovernment().orElseThrow()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder save(LocalGovernment g) {
        return post("/admin/local-government").with(SignedIn.as(context, "admin")).with(csrf())
                .param("homeAffairsUnitId", String.valueOf(g.homeAffairs().id()))
                .param("partyCommittee", g.partyCommittee())
                .param("directiveBasis", g.directiveBasis())
                .param("reportRecipients", String.join("\n", g.reportRecipients()))
                .param("version", String.valueOf(g.version()));
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'LocalGovernment'").query(Long.class).single();
    }
}
