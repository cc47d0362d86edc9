package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.shared.DanVanTime;

/**
 * The dashboard opens on a row per child unit, each the figures of the child's whole branch: a root
 * with two provinces, the first with two communes (three overdue petitions, one approved plan), the
 * second with one (one overdue petition). Its head sees the provinces, sums, yes/no as "n/m đơn vị",
 * the units needing attention first, sorts, drills down, and is refused outside the root.
 */
@DanVanIntegrationTest
class DashboardSummaryIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    DashboardSnapshotTask task;
    OverduePetitions petitions;
    java.util.Map<Long, String> officers = new java.util.HashMap<>();

    OrganisationFixture organisation;
    long root;
    long first;
    long second;
    long communeA;
    long communeB;
    long communeC;
    String rootHead;
    String firstHead;
    int year;

    @BeforeEach
    void tree() throws Exception {
        organisation = OrganisationFixture.of(context);
        task = context.getBean(DashboardSnapshotTask.class);
        petitions = new OverduePetitions(mvc, context, jdbc);
        year = LocalDate.now(DanVanTime.ZONE).getYear();
        root = unit("Ủy ban nhân dân Trung ương thử", UnitKind.PEOPLES_COMMITTEE, null);
        first = unit("Ủy ban nhân dân tỉnh Một", UnitKind.PEOPLES_COMMITTEE, root);
        second = unit("Ủy ban nhân dân tỉnh Hai", UnitKind.PEOPLES_COMMITTEE, root);
        communeA = unit("Ủy ban nhân dân xã A", UnitKind.COMMUNE_COMMITTEE, first);
        communeB = unit("Ủy ban nhân dân xã B", UnitKind.COMMUNE_COMMITTEE, first);
        communeC = unit("Ủy ban nhân dân xã C", UnitKind.COMMUNE_COMMITTEE, second);
        rootHead = organisation.staff().in(root).role(Role.UNIT_HEAD).usernameStartingWith("tw.truong").create()
                .username();
        firstHead = organisation.staff().in(first).role(Role.UNIT_HEAD).usernameStartingWith("tinh1.truong").create()
                .username();
    }

    /** A unit made on the administration screen, as the administrator does; its id. */
    private long unit(String name, UnitKind kind, Long parent) throws Exception {
        String code = OrganisationFixture.unique("T").toUpperCase();
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", name).param("kind", kind.name())
                        .param("parentId", parent == null ? "" : String.valueOf(parent)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return organisation.unit(code);
    }

    /** A petition of the unit, received at its counter by its officer, whose answer fell due three days ago. */
    private void overdue(long unit) throws Exception {
        String officer = officers.computeIfAbsent(unit, u -> organisation.staff().in(u).role(Role.OFFICER)
                .usernameStartingWith("xa.canbo").create().username());
        petitions.of(officer, unit, "Đường liên xã hư hỏng " + java.util.UUID.randomUUID());
    }

    /** The commune's plan of the year, approved (the approval's own flow is planning's tests'). */
    private void approvedPlan(long unit) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into annual_plan (unit_id, plan_year, status, approved_at, created_at, updated_at)
                values (:unit, :year, 'APPROVED', :now, :now, :now)""")
                .param("unit", unit).param("year", year).param("now", now).update();
    }

    private Document page(String user, String query) throws Exception {
        String html = mvc.perform(get("/dashboard" + query).with(SignedIn.as(context, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<String> rowIds(Document page) {
        return page.select("#dashboard-table tbody tr[id^=unit-]").stream().map(Element::id).toList();
    }

    /** The text of the row's cell in the column sorted by the code (its header link's id). */
    private static String cell(Document page, long unit, String code) {
        Element header = page.selectFirst("#sort-" + code.replace(".", "\\.")).closest("th");
        int column = header.elementSiblingIndex();
        return page.getElementById("unit-" + unit).child(column).text();
    }

    @Test
    void theRootSeesItsProvincesWithTheirBranchesAddedUp() throws Exception {
        overdue(communeA);
        overdue(communeA);
        overdue(communeB);
        overdue(communeC);
        approvedPlan(communeA);
        task.run();

        Document page = page(rootHead, "");
        // one row per province, and the root's own figures; no commune at this level
        assertThat(rowIds(page)).containsExactlyInAnyOrder("unit-" + root, "unit-" + first, "unit-" + second);
        assertThat(page.getElementById("dashboard-refreshed").text()).startsWith("Số liệu cập nhật lúc ");
        // counts summed over the branch: 3 overdue petitions in the first province, 1 in the second
        assertThat(cell(page, first, "petition.overdueNow")).isEqualTo("3");
        assertThat(cell(page, second, "petition.overdueNow")).isEqualTo("1");
        assertThat(page.getElementById("unit-" + first).text()).contains("(3 đơn vị)");
        // yes/no as units with yes of the units asked, red when one says no
        assertThat(cell(page, first, "planning.planApproved")).isEqualTo("1/3 đơn vị");
        assertThat(cell(page, second, "planning.planApproved")).isEqualTo("0/2 đơn vị");
        assertThat(page.getElementById("unit-" + first).select(".text-bg-danger").text()).contains("1/3 đơn vị");
        // the total is the whole root: 4 overdue, 1 of 6 units with an approved plan
        Element total = page.getElementById("dashboard-total");
        assertThat(total.text()).contains("4", "1/6 đơn vị");
        // units needing attention: province 1 (no plan), commune A (overdue), commune B (both): 3;
        // province 2 and commune C: 2 — the first province first
        assertThat(cell(page, first, "attention")).isEqualTo("3");
        assertThat(cell(page, second, "attention")).isEqualTo("2");
        assertThat(rowIds(page).indexOf("unit-" + first)).isLessThan(rowIds(page).indexOf("unit-" + second));
        assertThat(page.select("th:has(#sort-petition\\.answeredOnTimeRate)").text()).isEmpty(); // not at a glance
    }

    @Test
    void sortingByAColumnBothWaysAndByName() throws Exception {
        overdue(communeC);
        overdue(communeC);
        overdue(communeA);
        task.run();
        Document byOverdue = page(rootHead, "?sort=petition.overdueNow&dir=desc");
        List<String> down = rowIds(byOverdue);
        assertThat(down.indexOf("unit-" + second)).isLessThan(down.indexOf("unit-" + first));
        // the header links the other way round, the arrow on the column sorted
        Element header = byOverdue.getElementById("sort-petition.overdueNow");
        assertThat(header.attr("href")).contains("sort=petition.overdueNow").contains("dir=asc");
        assertThat(header.text()).endsWith("▼");
        List<String> up = rowIds(page(rootHead, "?sort=petition.overdueNow&dir=asc"));
        assertThat(up.indexOf("unit-" + first)).isLessThan(up.indexOf("unit-" + second));
        List<String> byName = rowIds(page(rootHead, "?sort=name&dir=asc"));
        assertThat(byName.indexOf("unit-" + second)).as("tỉnh Hai before tỉnh Một")
                .isLessThan(byName.indexOf("unit-" + first));
        List<String> byNameDown = rowIds(page(rootHead, "?sort=name&dir=desc"));
        assertThat(byNameDown.indexOf("unit-" + first)).isLessThan(byNameDown.indexOf("unit-" + second));
    }

    @Test
    void drillingDownShowsTheCommunesAndTheWayBack() throws Exception {
        overdue(communeB);
        task.run();
        Document province = page(rootHead, "?unit=" + first);
        assertThat(rowIds(province)).containsExactlyInAnyOrder("unit-" + first, "unit-" + communeA, "unit-" + communeB);
        var crumbs = province.select("#summary-breadcrumb li");
        assertThat(crumbs.eachText()).containsExactly("Ủy ban nhân dân Trung ương thử", "Ủy ban nhân dân tỉnh Một");
        assertThat(crumbs.get(0).selectFirst("a").attr("href")).contains("unit=" + root);
        assertThat(cell(province, communeB, "petition.overdueNow")).isEqualTo("1");
        // a commune: its own figures, live, linked to its records
        Document commune = page(rootHead, "?unit=" + communeB);
        assertThat(rowIds(commune)).containsExactly("unit-" + communeB);
        assertThat(commune.getElementById("unit-" + communeB).select("a[href]").eachAttr("href"))
                .contains("/petitions?unitId=" + communeB + "&overdue=true");
        // the province's head starts at the province and may not see the other one
        assertThat(rowIds(page(firstHead, ""))).contains("unit-" + communeA);
        mvc.perform(get("/dashboard").param("unit", String.valueOf(second)).with(SignedIn.as(context, firstHead)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").param("unit", String.valueOf(root)).with(SignedIn.as(context, firstHead)))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreRefusedInVietnamese() throws Exception {
        for (String[] bad : new String[][] {{"unit", "abc"}, {"unit", "999999999"}, {"sort", "password"},
                {"dir", "sideways"}}) {
            String body = mvc.perform(get("/dashboard").param(bad[0], bad[1]).with(SignedIn.as(context, rootHead)))
                    .andExpect(status().isBadRequest()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(bad[0] + "=" + bad[1]).containsAnyOf("không hợp lệ", "Không có đơn vị",
                    "Không sắp xếp được");
        }
    }

    @Test
    void aChangeShowsAfterTheRefreshRun() throws Exception {
        task.run();
        String before = cell(page(rootHead, ""), second, "petition.overdueNow");
        overdue(communeC);
        assertThat(cell(page(rootHead, ""), second, "petition.overdueNow")).as("until the next run").isEqualTo(before);
        task.run();
        assertThat(cell(page(rootHead, ""), second, "petition.overdueNow"))
                .isEqualTo(String.valueOf(Integer.parseInt(before) + 1));
    }

    @Test
    void theExportIsWhatThePageShows() throws Exception {
        overdue(communeA);
        task.run();
        byte[] xlsx = mvc.perform(get("/dashboard/export").param("year", String.valueOf(year))
                        .param("unit", String.valueOf(root)).with(SignedIn.as(context, rootHead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            sheet.forEach(r -> names.add(r.getCell(0).toString()));
            assertThat(names).contains("Toàn bộ Ủy ban nhân dân Trung ương thử", "Ủy ban nhân dân tỉnh Một",
                    "Ủy ban nhân dân tỉnh Hai").doesNotContain("Ủy ban nhân dân xã A");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.toString()));
            assertThat(header).contains("Đơn vị cần chú ý");
        }
    }
}
