package vn.danvan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.jsoup.Jsoup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;
import vn.danvan.shared.DanVanTime;

/** The leader dashboard shows each unit's overdue petitions, linked to them, within the viewer's scope. */
@DanVanIntegrationTest
class DashboardIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    OrganisationFixture organisation;
    OverduePetitions overdue;

    @BeforeEach
    void fixtures() {
        organisation = OrganisationFixture.of(context);
        overdue = new OverduePetitions(mvc, context, jdbc);
    }

    /** A petition of An Bình received at the counter, then made overdue. */
    private String overduePetitionOfAnBinh() throws Exception {
        return overdue.ofAnBinh("Ổ gà đường liên ấp " + UUID.randomUUID());
    }

    @Test
    void homeAffairsSeesTheCommitteesUnitsAndAnOverduePetitionCallsForAttentionWithItsLink() throws Exception {
        overduePetitionOfAnBinh();
        context.getBean(DashboardSnapshotTask.class).run();
        long anBinh = organisation.unit("ABINH");

        String page = mvc.perform(get("/dashboard").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // Home Affairs starts at the committee its office serves: a row per unit under it, and the Front beside
        assertThat(page).contains("Bảng điều hành công tác dân vận năm " + LocalDate.now(DanVanTime.ZONE).getYear(),
                "PAKN đang quá hạn", "id=\"unit-" + anBinh + "\"", "id=\"unit-" + organisation.unit("ALINH") + "\"",
                "id=\"unit-" + organisation.unit("MTTQ") + "\"", "Số liệu cập nhật lúc ");
        assertThat(page).doesNotContain("id=\"unit-" + organisation.unit("HND") + "\"");
        // every module's indicators marked for the dashboard are there, without the dashboard naming them
        assertThat(page).contains("Có kế hoạch dân vận năm được phê duyệt", "Số nội dung quá hạn chưa hoàn thành",
                "Đã gửi báo cáo công tác dân vận năm");
        String row = page.substring(page.indexOf("id=\"unit-" + anBinh + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("badge text-bg-danger");
        // the Front and its organisations make no plan: nothing is asked of them
        var front = Jsoup.parse(page).getElementById("unit-" + organisation.unit("MTTQ"));
        int planColumn = Jsoup.parse(page).getElementById("sort-planning.planApproved").closest("th").elementSiblingIndex();
        assertThat(front.child(planColumn).text()).isEqualTo("-");
        // drilled down to An Bình: its own figures, linked to the records behind them
        String anBinhPage = mvc.perform(get("/dashboard").param("unit", String.valueOf(anBinh))
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(anBinhPage).contains("href=\"/petitions?unitId=" + anBinh + "&amp;overdue=true\"");
        // the link opens the overdue petitions of that unit
        mvc.perform(get("/petitions").param("unitId", String.valueOf(anBinh)).param("overdue", "true")
                        .with(SignedIn.as(context, "noivu")))
                .andExpect(content().string(containsString("Ổ gà đường liên ấp")));
    }

    @Test
    void aHeadSeesOnlyTheUnitsInScopeAndAnOfficerIsForbidden() throws Exception {
        mvc.perform(get("/dashboard").with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unit-" + organisation.unit("ABINH") + "\"")))
                .andExpect(content().string(not(containsString("id=\"unit-" + organisation.unit("ALINH") + "\""))));
        mvc.perform(get("/dashboard").with(SignedIn.as(context, "anbinh.canbo"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export").param("year", "2026").with(SignedIn.as(context, "mttq")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theExportHasARowPerChildUnitWithItsFigures() throws Exception {
        overduePetitionOfAnBinh();
        context.getBean(DashboardSnapshotTask.class).run();
        int year = LocalDate.now(DanVanTime.ZONE).getYear();
        byte[] xlsx = mvc.perform(get("/dashboard/export").param("year", String.valueOf(year))
                        .with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            Row anBinh = null;
            for (Row r : sheet) {
                for (var cell : r) {
                    if (cell.toString().equals("Ủy ban nhân dân xã An Bình")) {
                        anBinh = r;
                    }
                }
            }
            assertThat(anBinh).as("row of An Bình").isNotNull();
            int column = -1;
            for (var cell : sheet.getRow(0)) {
                if (cell.toString().equals("PAKN đang quá hạn")) {
                    column = cell.getColumnIndex();
                }
            }
            assertThat(column).as("the overdue petitions' column").isPositive();
            assertThat(anBinh.getCell(column).getNumericCellValue()).as("An Bình's overdue petitions counted")
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void eachDirectiveClauseShowsAllItsFiguresAndTheExportFollowsTheChoice() throws Exception {
        int year = LocalDate.now(DanVanTime.ZONE).getYear();
        // at a glance: only what can call for attention, not the plain counts of inspections or models
        mvc.perform(get("/dashboard").param("year", String.valueOf(year)).with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mục 1e: kỷ luật, kỷ cương, kiểm tra công vụ")))
                .andExpect(content().string(not(containsString("Số cuộc kiểm tra công vụ đã kết luận"))));
        // clause 1e: every inspection figure and nothing of other clauses; clause 1b: the models among others
        mvc.perform(get("/dashboard").param("year", String.valueOf(year)).param("clause", "1e")
                        .with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số cuộc kiểm tra công vụ đã kết luận")))
                .andExpect(content().string(not(containsString("Điển hình tiên tiến được công nhận"))));
        mvc.perform(get("/dashboard").param("year", String.valueOf(year)).param("clause", "1b")
                        .with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Điển hình tiên tiến được công nhận")));
        // an unknown clause falls back to the at-a-glance view
        mvc.perform(get("/dashboard").param("clause", "9z").with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Số cuộc kiểm tra công vụ đã kết luận"))));
        byte[] xlsx = mvc.perform(get("/dashboard/export").param("year", String.valueOf(year)).param("clause", "1e")
                        .with(SignedIn.as(context, "chutich")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getSheetAt(0).getRow(0);
            java.util.List<String> titles = new java.util.ArrayList<>();
            header.forEach(c -> titles.add(c.toString()));
            assertThat(titles).contains("Số cuộc kiểm tra công vụ đã kết luận")
                    .doesNotContain("Điển hình tiên tiến được công nhận");
        }
    }
}
