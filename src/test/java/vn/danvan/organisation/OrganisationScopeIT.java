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
import vn.danvan.organisation.units.UnitAdministration;
import vn.danvan.organisation.units.UnitData;
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
    void aParentUnitOutsideTheBranchIsNamedNotLinked() throws Exception {
        UnitView anBinh = organisation.unitByCode("ABINH").orElseThrow();
        UnitView district = organisation.unitByCode("UBND-PG").orElseThrow();
        assertThat(anBinh.parentId()).isEqualTo(district.id());
        String parentLink = "href=\"/units/" + district.id() + "\"";
        mvc.perform(get("/units/{id}", anBinh.id()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(district.name())))
                .andExpect(content().string(not(containsString(parentLink))));
        mvc.perform(get("/units/{id}", district.id()).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}", anBinh.id()).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(parentLink)));
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

    /**
     * A country-wide tree (since July 2025 a province has about a hundred communes and one deployment may hold
     * many provinces): Home Affairs of a province (a department under its People's Committee) and a commune's
     * Chairman see their committee's branch; the country's leader, at the top, sees everything.
     */
    @Test
    void districtWideRolesSeeTheBranchOfTheirCommitteeInACountryWideTree() throws Exception {
        UnitAdministration admin = context.getBean(UnitAdministration.class);
        OrganisationFixture fixture = OrganisationFixture.of(context);
        String tag = OrganisationFixture.unique("Q").toUpperCase();
        long country = admin.create(new UnitData(tag, "Cả nước " + tag, UnitKind.PEOPLES_COMMITTEE, null, null, null, null));
        long p1 = admin.create(new UnitData(tag + "-T1", "Ủy ban nhân dân tỉnh Một " + tag, UnitKind.PEOPLES_COMMITTEE,
                country, null, null, null));
        long s1 = admin.create(new UnitData(tag + "-T1-SNV", "Sở Nội vụ tỉnh Một " + tag, UnitKind.SPECIALISED_OFFICE,
                p1, null, null, null));
        long c1 = admin.create(new UnitData(tag + "-T1-X1", "Ủy ban nhân dân xã Một " + tag, UnitKind.COMMUNE_COMMITTEE,
                p1, null, null, null));
        long c1Office = admin.create(new UnitData(tag + "-T1-X1-KT", "Phòng Kinh tế xã Một " + tag,
                UnitKind.SPECIALISED_OFFICE, c1, null, null, null));
        long p2 = admin.create(new UnitData(tag + "-T2", "Ủy ban nhân dân tỉnh Hai " + tag, UnitKind.PEOPLES_COMMITTEE,
                country, null, null, null));
        long c2 = admin.create(new UnitData(tag + "-T2-X1", "Ủy ban nhân dân xã Hai " + tag, UnitKind.COMMUNE_COMMITTEE,
                p2, null, null, null));
        String homeAffairs = fixture.staff().in(s1).role(Role.HOME_AFFAIRS).create().username();
        String communeChairman = fixture.staff().in(c1).role(Role.LEADER).create().username();
        String countryLeader = fixture.staff().in(country).role(Role.LEADER).create().username();

        assertThat(fixture.actingAs(homeAffairs, () -> scope.visibleUnits().unitIds()))
                .containsExactlyInAnyOrder(p1, s1, c1, c1Office);
        assertThat(fixture.actingAs(communeChairman, () -> scope.visibleUnits().unitIds()))
                .containsExactlyInAnyOrder(c1, c1Office);
        assertThat(fixture.actingAs(countryLeader, () -> scope.visibleUnits().all())).isTrue();

        mvc.perform(get("/units/{id}", c1).with(fixture.as(homeAffairs))).andExpect(status().isOk());
        mvc.perform(get("/units/{id}", c2).with(fixture.as(homeAffairs)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("xã Hai " + tag))));
        mvc.perform(get("/units/{id}", p1).with(fixture.as(communeChairman))).andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}", c2).with(fixture.as(countryLeader))).andExpect(status().isOk());
        String list = mvc.perform(get("/units").with(fixture.as(homeAffairs)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Ủy ban nhân dân xã Một " + tag).doesNotContain("tỉnh Hai " + tag)
                .doesNotContain("Phòng Nội vụ");
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
