package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.SignedIn;
import vn.danvan.organisation.security.AccountPrincipal;

/**
 * The two-tier 2025 demo set, started as an installation would be with {@code DANVAN_DEMO_DATASET=two-tier-2025}:
 * the eight demo accounts sign in with the demo password at the units that play their parts in 2025, the
 * local government is the city's, every module has its demo data at the 2025 units, and no demo text names
 * the 2018 district level. The one context of its own in the suite, on an in-memory H2 database of its own
 * (on PostgreSQL runs too: the point is the data set, which the shared context loads on PostgreSQL).
 */
@SpringBootTest(properties = {"danvan.demo=true", "danvan.demo-dataset=two-tier-2025",
    "spring.datasource.url=jdbc:h2:mem:danvan-two-tier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc
class TwoTierDemoIT {

    /** What names the 2018 district and its bodies; none of it may appear in the 2025 set. */
    static final List<String> DISTRICT_2018 = List.of("huyện", "Huyện ủy", "Phòng Nội vụ", "thị trấn", "Phước Vĩnh",
            "Bình Dương", "An Bình", "02/CT-UBND");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEightAccountsSignInAtTheUnitsThatPlayTheirPartsIn2025() throws Exception {
        Map<String, Set<Role>> roles = Map.of("admin", Set.of(Role.ADMIN), "noivu", Set.of(Role.HOME_AFFAIRS),
                "chutich", Set.of(Role.LEADER), "anbinh.truong", Set.of(Role.UNIT_HEAD, Role.OFFICER),
                "anbinh.canbo", Set.of(Role.OFFICER), "tnmt.truong", Set.of(Role.UNIT_HEAD, Role.OFFICER),
                "mttq", Set.of(Role.FRONT_MEMBER), "vhtt", Set.of(Role.INFORMATION_OFFICER));
        Map<String, String> units = Map.of("admin", "Văn phòng Ủy ban nhân dân Thành phố", "noivu", "Sở Nội vụ",
                "chutich", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "anbinh.truong", "Ủy ban nhân dân xã Phú Giáo",
                "anbinh.canbo", "Ủy ban nhân dân xã Phú Giáo", "tnmt.truong", "Sở Nông nghiệp và Môi trường",
                "mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh", "vhtt", "Sở Văn hóa và Thể thao");
        for (String username : DemoData.ACCOUNTS) {
            mvc.perform(formLogin().user(username).password(DemoOrganisation.PASSWORD))
                    .andExpect(redirectedUrl("/home"))
                    .andExpect(authenticated().withAuthentication(a -> {
                        CurrentUser user = ((AccountPrincipal) a.getPrincipal()).user();
                        assertThat(user.roles()).as(username).containsExactlyInAnyOrderElementsOf(roles.get(username));
                        assertThat(organisation.unit(user.unitId()).orElseThrow().name()).as(username)
                                .isEqualTo(units.get(username));
                    }));
            mvc.perform(get("/home").with(SignedIn.as(context, username))).andExpect(status().isOk())
                    .andExpect(content().string(containsString(units.get(username))));
        }
        assertThat(organisation.demoUnit(DemoPart.COMMITTEE).orElseThrow().headName()).isEqualTo("Đoàn Văn Đông");
        assertThat(organisation.demoUnit(DemoPart.FIRST_COMMUNE).orElseThrow().headName()).isEqualTo("Trần Văn Bình");
        assertThat(organisation.demoUnit(DemoPart.ENVIRONMENT_OFFICE).orElseThrow().headName())
                .isEqualTo("Phạm Minh Tuấn");
    }

    @Test
    void theCityServesAndItsCommunesHaveTheOfficesOfDecree150AndHamlets() {
        LocalGovernment g = organisation.localGovernment().orElseThrow();
        assertThat(g.stored()).isTrue();
        assertThat(g.committeeName()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(g.committeeShortName()).isEqualTo("UBND Thành phố Hồ Chí Minh");
        assertThat(g.homeAffairsName()).isEqualTo("Sở Nội vụ");
        assertThat(g.homeAffairsHeadTitle()).isEqualTo("Giám đốc Sở Nội vụ");
        assertThat(g.frontName()).isEqualTo("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh");
        assertThat(g.partyCommittee()).isEqualTo("Thành ủy");
        assertThat(g.locality()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(g.directiveBasis()).startsWith("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ");
        assertThat(g.reportRecipients()).contains("Thường trực Thành ủy", "UBND các xã, phường, đặc khu");

        List<UnitView> tree = organisation.tree();
        assertThat(tree).noneMatch(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE && u.parentId() != null);
        List<UnitView> communes = tree.stream().filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE).toList();
        assertThat(communes).extracting(UnitView::name).containsExactlyInAnyOrder("Ủy ban nhân dân xã Phú Giáo",
                "Ủy ban nhân dân xã Phước Hòa", "Ủy ban nhân dân xã Phước Thành", "Ủy ban nhân dân xã An Long");
        for (UnitView commune : communes) {
            String area = LocalGovernment.area(commune.name());
            assertThat(commune.parentId()).isEqualTo(g.committee().id());
            assertThat(tree.stream().filter(u -> commune.id() == (u.parentId() == null ? -1 : u.parentId())))
                    .extracting(UnitView::name).containsExactlyInAnyOrder("Văn phòng HĐND và UBND " + area,
                            "Phòng Kinh tế " + area, "Phòng Văn hóa - Xã hội " + area,
                            "Trung tâm Phục vụ hành chính công " + area);
        }
        assertThat(tree).filteredOn(u -> u.kind() == UnitKind.SOCIO_POLITICAL_ORGANISATION)
                .allMatch(u -> u.parentId() == g.front().id()).hasSize(5);
        for (DemoPart part : List.of(DemoPart.FIRST_COMMUNE, DemoPart.SECOND_COMMUNE, DemoPart.THIRD_COMMUNE)) {
            long commune = organisation.demoUnit(part).orElseThrow().id();
            assertThat(jdbc.sql("select count(*) from consultation_area where unit_id = :u").param("u", commune)
                    .query(Long.class).single()).as(part.name()).isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void everyModuleHasItsDemoAtThe2025UnitsAndNoTextNamesTheDistrict() {
        DemoData.assertEveryModuleHasItsDemo(jdbc, organisation);
        List<String> texts = DemoData.texts(jdbc, DemoData.ORGANISATION);
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(DemoData.naming(texts, DISTRICT_2018)).isEmpty();
    }

    /**
     * What a person of a 2025 installation sees: every page each demo account (and an anonymous visitor)
     * can reach, and every document those pages link to, names no body or level of the 2018 district.
     */
    @Test
    void noPageOrDocumentOfThe2025SetNamesThe2018DistrictLevel() throws Exception {
        LevelCrawl crawl = DemoCrawls.everything(mvc, context);
        assertThat(crawl.pages()).isGreaterThan(100);
        assertThat(crawl.documents()).isGreaterThan(5);
        assertThat(crawl.naming(DemoCrawls.DISTRICT_2018_LEVEL)).isEmpty();
        // the walk reads what it should: the set's own level is named on pages and in documents
        var own = crawl.naming(DemoCrawls.CITY_2025_LEVEL);
        assertThat(own.keySet()).anyMatch(where -> where.endsWith("/conclusion.docx"));
        assertThat(own.keySet()).anyMatch(where -> where.endsWith("/radio.docx"));
        assertThat(own.keySet()).anyMatch(where -> where.endsWith(" /admin/local-government"));
    }
}
