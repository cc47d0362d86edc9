package vn.danvan.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/** Every request is checked on the server by role and by organisation scope. */
@DanVanIntegrationTest
class OrganisationScopeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationService organisation;

    @Test
    void officerSeesTheirOwnUnit() throws Exception {
        long anBinh = organisation.unitByCode("ABINH").orElseThrow().id();
        mvc.perform(get("/units/{id}", anBinh).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")));
    }

    @Test
    void officerGetsForbiddenAndNoDataForAnotherUnit() throws Exception {
        long tnmt = organisation.unitByCode("TNMT").orElseThrow().id();
        mvc.perform(get("/units/{id}", tnmt).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Phòng Tài nguyên và Môi trường"))));
    }

    @Test
    void officerListSeesOnlyTheirBranch() throws Exception {
        mvc.perform(get("/units").with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ủy ban nhân dân xã An Bình")))
                .andExpect(content().string(not(containsString("Ủy ban nhân dân xã An Linh"))))
                .andExpect(content().string(not(containsString("Phòng Nội vụ"))));
    }

    @Test
    void districtWideRolesSeeEveryUnit() throws Exception {
        long tnmt = organisation.unitByCode("TNMT").orElseThrow().id();
        for (String user : new String[] {"noivu", "chutich", "admin"}) {
            mvc.perform(get("/units/{id}", tnmt).with(SignedIn.as(context, user))).andExpect(status().isOk());
        }
    }

    @Test
    void frontMemberSeesTheOrganisationsUnderTheFront() throws Exception {
        long farmers = organisation.unitByCode("HND").orElseThrow().id();
        long anBinh = organisation.unitByCode("ABINH").orElseThrow().id();
        mvc.perform(get("/units/{id}", farmers).with(SignedIn.as(context, "mttq"))).andExpect(status().isOk());
        mvc.perform(get("/units/{id}", anBinh).with(SignedIn.as(context, "mttq"))).andExpect(status().isForbidden());
    }

    @Test
    void adminPagesAreForbiddenToOthers() throws Exception {
        mvc.perform(get("/admin/units/new").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(SignedIn.as(context, "anbinh.truong"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(SignedIn.as(context, "noivu"))).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void unknownUnitIsNotFound() throws Exception {
        mvc.perform(get("/units/{id}", 987654321L).with(SignedIn.as(context, "admin")))
                .andExpect(status().isNotFound());
    }
}
