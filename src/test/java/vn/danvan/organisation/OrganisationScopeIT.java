package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

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
    @Autowired
    OrganisationScope scope;

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
        List<UnitView> every = organisation.tree();
        assertThat(every).extracting(UnitView::code).contains("UBND-PG", "NV", "TNMT", "ABINH", "ALINH", "MTTQ", "HND");
        OrganisationFixture fixture = OrganisationFixture.of(context);
        for (String user : new String[] {"noivu", "chutich", "admin"}) {
            for (UnitView unit : every) {
                mvc.perform(get("/units/{id}", unit.id()).with(SignedIn.as(context, user)))
                        .andExpect(status().isOk());
            }
            String list = mvc.perform(get("/units").param("retired", "true").with(SignedIn.as(context, user)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(list).as("the units list of " + user)
                    .contains(every.stream()
                            .map(u -> "href=\"/units/" + u.id() + "\">" + HtmlUtils.htmlEscape(u.name(), "UTF-8") + "<")
                            .toList());
            assertThat(fixture.actingAs(user, () -> every.stream().allMatch(u -> scope.canSee(u.id()))))
                    .as(user + " may see every unit").isTrue();
        }
    }

    @Test
    void aCommuneSeesItsOwnBranchAndNoOtherUnit() throws Exception {
        Set<Long> branch = organisation.branch(organisation.unitByCode("ABINH").orElseThrow().id());
        List<UnitView> others = organisation.tree().stream().filter(u -> !branch.contains(u.id())).toList();
        assertThat(others).extracting(UnitView::code).contains("ALINH", "TNMT", "UBND-PG");
        for (UnitView unit : organisation.tree()) {
            mvc.perform(get("/units/{id}", unit.id()).with(SignedIn.as(context, "anbinh.truong")))
                    .andExpect(branch.contains(unit.id()) ? status().isOk() : status().isForbidden());
        }
        String list = mvc.perform(get("/units").param("retired", "true").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("href=\"/units/" + organisation.unitByCode("ABINH").orElseThrow().id() + "\"")
                .doesNotContain(others.stream().map(u -> "href=\"/units/" + u.id() + "\"").toList());
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
