package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorFormat;
import vn.danvan.shared.indicator.IndicatorKind;

/**
 * The cards and charts above the dashboard's table (issue 18 point 4): the cards say what the stored
 * summary says, each chart has its table with the rows' units, the communes filter keeps the communes'
 * committees, the traffic lights put the worst first, and no unit outside the viewer's scope appears.
 */
@DanVanIntegrationTest
class DashboardOverviewIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    OrganisationFixture organisation;
    int year;

    @BeforeEach
    void fixtures() {
        organisation = OrganisationFixture.of(context);
        year = LocalDate.now(DanVanTime.ZONE).getYear();
    }

    private Document page(String user, String query) throws Exception {
        String html = mvc.perform(get("/dashboard" + query).with(SignedIn.as(context, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<Long> rowUnits(Document page) {
        return page.select("#dashboard-table tbody tr[id^=unit-]:has(a.dv-drill)").stream()
                .map(r -> Long.parseLong(r.id().substring("unit-".length()))).toList();
    }

    private static String totalCell(Document page, String code) {
        Element header = page.selectFirst("#sort-" + code.replace(".", "\\.")).closest("th");
        return page.getElementById("dashboard-total").child(header.elementSiblingIndex()).text();
    }

    @Test
    void theCardsSayWhatTheSummarySaysForTheDemoData() throws Exception {
        context.getBean(DashboardSnapshotTask.class).run();
        int demoYear = 2018; // the year of the demo data
        Document glance = page("chutich", "?year=" + demoYear);
        Document petitions = page("chutich", "?year=" + demoYear + "&clause=1d");
        Document dossiers = page("chutich", "?year=" + demoYear + "&clause=1đ");
        // the cards against the table's total row (the branch's figures from the snapshot)
        assertThat(text(petitions, "card-petitions")).isEqualTo(totalCell(petitions, "petition.answeredOnTimeRate"));
        assertThat(text(dossiers, "card-dossiers")).isEqualTo(totalCell(dossiers, "dossier.onTimeRate"));
        // and against the stored summary itself
        long unit = Long.parseLong(glance.selectFirst("#dashboard-total").parent().selectFirst("tr.dv-own").id()
                .substring("unit-".length()));
        // the district's branch, and the Front's tree beside it (the Chairman sees both)
        var tree = context.getBean(OrganisationService.class).activeTree();
        Map<Long, Rollup> summary = context.getBean(DashboardSnapshots.class).read(demoYear,
                new java.util.HashSet<>(rowUnits(glance)));
        Rollup stored = context.getBean(DashboardSnapshots.class).read(demoYear, Set.of(unit)).get(unit);
        for (long row : rowUnits(glance)) {
            if (!tree.isUnder(row, unit)) {
                stored = stored.plus(summary.get(row));
            }
        }
        assertThat(totalCell(glance, "attention")).isEqualTo(stored.attentionIn(Rollup.GLANCE) + "/" + stored.units());
        assertThat(text(glance, "card-attention")).isEqualTo(
                stored.attentionIn(Rollup.GLANCE) + " trên " + stored.units() + " đơn vị");
        assertThat(stored.attentionIn(Rollup.GLANCE)).as("the demo district has units needing attention").isPositive();
        Rollup.Figure reports = stored.figure(DashboardOverview.REPORT_SUBMITTED);
        String submitted = reports.valued() == 0 ? "-" : reports.yes() + "/" + reports.valued();
        assertThat(text(glance, "card-reports")).isEqualTo(submitted);
        assertThat(totalCell(glance, "reporting.reportSubmitted"))
                .isEqualTo(reports.valued() == 0 ? "-" : submitted + " đơn vị");
        assertThat(text(glance, "card-petitions")).isEqualTo(IndicatorFormat.number(IndicatorKind.PERCENT,
                stored.figure(DashboardOverview.PETITIONS_ON_TIME).value(IndicatorKind.PERCENT)));
        assertThat(text(glance, "card-dossiers")).isEqualTo(IndicatorFormat.number(IndicatorKind.PERCENT,
                stored.figure(DashboardOverview.DOSSIERS_ON_TIME).value(IndicatorKind.PERCENT)));
        // each chart carries its figures and has its table, a row per unit in the table's order
        List<Long> rows = rowUnits(glance);
        assertThat(glance.select("#chart-on-time-table tbody tr")).hasSize(rows.size());
        assertThat(glance.select("#chart-reports-table tbody tr")).hasSize(rows.size());
        assertThat(glance.select("#chart-on-time-table tbody th").eachText()).isEqualTo(
                glance.select("#dashboard-table tbody tr:has(a.dv-drill) a.dv-drill").eachText());
        assertThat(glance.getElementById("chart-on-time").attr("data-chart")).contains("\"type\":\"bar\"",
                "Phản ánh trả lời đúng hạn", "unit=" + rows.get(0));
        assertThat(glance.select("script[src]").eachAttr("src")).anyMatch(s -> s.startsWith("/webjars/chart.js/"))
                .anyMatch(s -> s.startsWith("/static/js/dashboard-charts"));
        assertThat(glance.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(glance.select("[style]")).as("no inline style").isEmpty();
    }

    private static String text(Document page, String id) {
        return page.getElementById(id).text();
    }

    @Test
    void theCommunesFilterKeepsTheCommunesCommitteesAndTheSortLinksKeepIt() throws Exception {
        context.getBean(DashboardSnapshotTask.class).run();
        var tree = context.getBean(OrganisationService.class).activeTree();
        Set<Long> communes = tree.units().stream().filter(u -> u.kind() == UnitKind.COMMUNE_COMMITTEE)
                .map(UnitView::id).collect(Collectors.toSet());
        List<Long> all = rowUnits(page("chutich", ""));
        assertThat(all).anyMatch(u -> !communes.contains(u));

        Document filtered = page("chutich", "?communes=true");
        List<Long> rows = rowUnits(filtered);
        assertThat(rows).isNotEmpty().allMatch(communes::contains).contains(organisation.unit("ABINH"));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(all.stream().filter(communes::contains).toList());
        assertThat(filtered.getElementById("filter-communes").attr("aria-current")).isEqualTo("page");
        assertThat(filtered.getElementById("sort-name").attr("href")).contains("communes=true");
        assertThat(filtered.select("#chart-on-time-table tbody tr")).hasSize(rows.size());

        List<Long> byName = rowUnits(page("chutich", "?communes=true&sort=name&dir=asc"));
        var names = byName.stream().map(id -> vn.danvan.shared.text.VietnameseText.searchKey(tree.unit(id).orElseThrow().name()))
                .toList();
        assertThat(names).isSorted();
        assertThat(byName).containsExactlyInAnyOrderElementsOf(rows);
        // the unit's records
        Element row = filtered.getElementById("unit-" + organisation.unit("ABINH"));
        assertThat(row.select("a.dv-records-petitions").attr("href")).isEqualTo("/petitions?unitId=" + organisation.unit("ABINH"));
        assertThat(row.select("a.dv-records-dossiers").attr("href")).isEqualTo("/dossiers?unitId=" + organisation.unit("ABINH"));
    }

    /** A root with two provinces: the first's communes have overdue petitions, the second's none. */
    @Test
    void worstLightsComeFirstAndNothingOutsideTheScopeAppears() throws Exception {
        long root = unit("Ủy ban nhân dân Trung ương thử đèn", UnitKind.PEOPLES_COMMITTEE, null);
        long first = unit("Ủy ban nhân dân tỉnh Ba", UnitKind.PEOPLES_COMMITTEE, root);
        long second = unit("Ủy ban nhân dân tỉnh Bốn", UnitKind.PEOPLES_COMMITTEE, root);
        long communeA = unit("Ủy ban nhân dân xã Đèn A", UnitKind.COMMUNE_COMMITTEE, first);
        long communeB = unit("Ủy ban nhân dân xã Đèn B", UnitKind.COMMUNE_COMMITTEE, first);
        long communeC = unit("Ủy ban nhân dân xã Đèn C", UnitKind.COMMUNE_COMMITTEE, second);
        long office = unit("Phòng thử đèn", UnitKind.SPECIALISED_OFFICE, first);
        String rootHead = organisation.staff().in(root).role(Role.UNIT_HEAD).usernameStartingWith("den.tw").create()
                .username();
        String firstHead = organisation.staff().in(first).role(Role.UNIT_HEAD).usernameStartingWith("den.tinh")
                .create().username();
        String officer = organisation.staff().in(communeA).role(Role.OFFICER).usernameStartingWith("den.canbo")
                .create().username();
        new OverduePetitions(mvc, context, jdbc).of(officer, communeA, "Đèn đường hỏng " + UUID.randomUUID());
        context.getBean(DashboardSnapshotTask.class).run();

        Document provinces = page(rootHead, "?sort=name&dir=desc");
        assertThat(rowUnits(provinces)).containsExactly(second, first); // "Bốn" after "Ba": descending
        Document byLight = page(rootHead, "");
        // the first province: commune A overdue, and no unit has an approved plan: red, first
        assertThat(rowUnits(byLight).get(0)).isEqualTo(first);
        Element firstRow = byLight.getElementById("unit-" + first);
        assertThat(firstRow.select(".dv-light").text()).isIn("Cần chú ý", "Theo dõi", "Tốt");
        assertThat(firstRow.select(".dv-light").text()).isEqualTo("Cần chú ý");
        assertThat(firstRow.select(".dv-light.text-bg-danger")).hasSize(1);

        // the province's head: its communes only with the filter, never the other province's
        Document own = page(firstHead, "?communes=true");
        assertThat(rowUnits(own)).containsExactlyInAnyOrder(communeA, communeB).doesNotContain(office);
        assertThat(own.html()).doesNotContain("unit=" + communeC, "unit-" + communeC, "unit=" + second + "\"",
                "Ủy ban nhân dân xã Đèn C", "Ủy ban nhân dân tỉnh Bốn");
        mvc.perform(get("/dashboard").param("unit", String.valueOf(second)).param("communes", "true")
                .with(SignedIn.as(context, firstHead))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export").param("year", String.valueOf(year)).param("unit", String.valueOf(communeC))
                .param("communes", "true").with(SignedIn.as(context, firstHead))).andExpect(status().isForbidden());
        // roles without the dashboard
        mvc.perform(get("/dashboard").with(SignedIn.as(context, officer))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").param("communes", "true").with(SignedIn.as(context, officer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theChartByMonthReadsTheLastTwelveMonthsOfTheUnitsBranch() throws Exception {
        long root = unit("Ủy ban nhân dân thử theo tháng", UnitKind.PEOPLES_COMMITTEE, null);
        long commune = unit("Ủy ban nhân dân xã Tháng", UnitKind.COMMUNE_COMMITTEE, root);
        String head = organisation.staff().in(root).role(Role.UNIT_HEAD).usernameStartingWith("thang.truong").create()
                .username();
        context.getBean(DashboardSnapshotTask.class).run();
        DashboardMonths months = context.getBean(DashboardMonths.class);
        java.time.YearMonth now = java.time.YearMonth.now(DanVanTime.ZONE);
        // the run worked out the current month for every unit: the root's row is there
        assertThat(jdbc.sql("select count(*) from dashboard_month_figures where unit_id = :u and figures_month = :m")
                .param("u", root).param("m", now.atDay(1)).query(Long.class).single()).isEqualTo(1);
        // two units' rates last month, 80% and 95%: the chart's table says 87,5%
        java.time.YearMonth last = now.minusMonths(1);
        jdbc.sql("delete from dashboard_month_figures where unit_id = :u and figures_month = :m").param("u", root)
                .param("m", last.atDay(1)).update();
        jdbc.sql("insert into dashboard_month_figures (figures_month, unit_id, figures, created_at) values (:m, :u, :f, :now)")
                .param("m", last.atDay(1)).param("u", root).param("now", java.time.OffsetDateTime.now())
                .param("f", "#=2;" + DashboardOverview.PETITIONS_ON_TIME + "=175,2,2,0").update();
        Document page = page(head, "");
        List<String> labels = page.select("#chart-months-table tbody th").eachText();
        assertThat(labels).hasSize(12).endsWith(String.format("%02d/%d", now.getMonthValue(), now.getYear()));
        assertThat(page.select("#chart-months-table tbody tr").get(10).text())
                .isEqualTo(String.format("%02d/%d", last.getMonthValue(), last.getYear()) + " 87,5% -");
        assertThat(page.getElementById("chart-months").attr("data-chart")).contains("\"type\":\"line\"", "87.5");
        assertThat(months.of(commune)).hasSize(12);
    }

    private long unit(String name, UnitKind kind, Long parent) throws Exception {
        String code = OrganisationFixture.unique("D").toUpperCase();
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", name).param("kind", kind.name())
                        .param("parentId", parent == null ? "" : String.valueOf(parent)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return organisation.unit(code);
    }
}
