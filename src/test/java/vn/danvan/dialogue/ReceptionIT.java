package vn.danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.shared.DanVanTime;
import vn.danvan.shared.indicator.IndicatorValue;
import vn.danvan.organisation.OrganisationFixture;

/**
 * The reception schedule of February 2026 (Tết Bính Ngọ: 16-20/02 off, so the week 16/02-22/02 has no
 * working day): An Bình held one session chaired by its chairman in the week of 02/02 and cancelled the
 * one of 12/02; An Linh held one on 24/02. Who sees which commune, the export, the indicators and the
 * leader's dashboard.
 */
@DanVanIntegrationTest
class ReceptionIT {

    private static final String FEBRUARY = "/dialogue/reception?period=M2&year=2026";

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final DialogueFixture dialogue;
    private final JdbcClient jdbc;
    private final DialogueIndicators indicators;
    private long anBinh;
    private long anLinh;
    private long held;
    private long cancelled;
    private long anLinhHeld;

    @Autowired
    ReceptionIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc, DialogueIndicators indicators) {
        this.mvc = mvc;
        this.context = context;
        this.dialogue = DialogueFixture.of(context);
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    private long unit(String code) {
        return OrganisationFixture.of(context).unit(code);
    }

    /** A reception session of the unit, made as the dialogue screens make one (the same one again per test). */
    private long session(long unitId, LocalDate day, String status, boolean byHead) {
        String topic = "Tiếp công dân " + day + " " + status + " " + unitId;
        jdbc.sql("delete from dialogue_conference where topic = :t").param("t", topic).update();
        return dialogue.reception(unitId, day, ConferenceStatus.valueOf(status), byHead,
                "HELD".equals(status) ? 12 : null, topic);
    }

    @BeforeEach
    void february2026() {
        anBinh = unit("ABINH");
        anLinh = unit("ALINH");
        held = session(anBinh, LocalDate.of(2026, 2, 5), "HELD", true);
        cancelled = session(anBinh, LocalDate.of(2026, 2, 12), "CANCELLED", true);
        anLinhHeld = session(anLinh, LocalDate.of(2026, 2, 24), "HELD", false);
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(SignedIn.as(context, username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String rowOf(String page, long unitId) {
        int start = page.indexOf("id=\"reception-unit-" + unitId + "\"");
        assertThat(start).as("row of unit " + unitId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** The cell of the week starting on {@code monday} in a row. */
    private static String cellOf(String row, String monday) {
        int start = row.indexOf("data-week=\"" + monday + "\"");
        assertThat(start).as("week " + monday).isPositive();
        return row.substring(start, row.indexOf("</td>", start));
    }

    @Test
    void theChairmanOfTheDistrictSeesEveryCommuneWeekByWeekWithHeldWeeksLinkedToTheirSessions() throws Exception {
        String page = page("chutich", FEBRUARY);
        assertThat(page).contains("Tháng 2 năm 2026", "Điều 15 Luật Tiếp công dân năm 2013", "ít nhất 01 ngày trong 01 tuần",
                "26/01\u201301/02", "23/02\u201301/03");
        long communes = jdbc.sql("select count(*) from unit where kind = 'COMMUNE_COMMITTEE' and retired_on is null")
                .query(Long.class).single();
        assertThat(Pattern.compile("id=\"reception-unit-\\d+\"").matcher(page).results().count()).isEqualTo(communes);

        String row = rowOf(page, anBinh);
        assertThat(cellOf(row, "2026-02-02")).contains("data-state=\"HELD\"", "Đã tiếp", "Chủ tịch trực tiếp tiếp",
                "href=\"/dialogue/" + held + "\"", "Buổi ngày 05/02");
        assertThat(cellOf(row, "2026-02-09")).contains("data-state=\"MISSED\"", "Không tiếp")
                .doesNotContain("/dialogue/" + cancelled);
        assertThat(cellOf(row, "2026-02-16")).contains("data-state=\"NO_WORKING_DAY\"", "Không có ngày làm việc");
        assertThat(row).contains(">1/4<");

        String linh = rowOf(page, anLinh);
        assertThat(cellOf(linh, "2026-02-23")).contains("data-state=\"HELD\"", "href=\"/dialogue/" + anLinhHeld + "\"")
                .doesNotContain("Chủ tịch trực tiếp tiếp");
        assertThat(linh).contains(">1/4<");
        // the session opens from the cell for the district's chairman
        mvc.perform(get("/dialogue/{id}", held).with(SignedIn.as(context, "chutich"))).andExpect(status().isOk());
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommuneAndAnOfficeHeadNone() throws Exception {
        String page = page("anbinh.canbo", FEBRUARY);
        assertThat(Pattern.compile("id=\"reception-unit-\\d+\"").matcher(page).results().count()).isEqualTo(1);
        assertThat(rowOf(page, anBinh)).contains("href=\"/dialogue/" + held + "\"");
        assertThat(page).doesNotContain("reception-unit-" + anLinh, "/dialogue/" + anLinhHeld);

        String none = page("tnmt.truong", FEBRUARY);
        assertThat(none).contains("id=\"reception-empty\"", "không theo dõi Ủy ban nhân dân cấp xã nào")
                .doesNotContain("reception-table", "/dialogue/" + held);
        mvc.perform(get("/dialogue/{id}", anLinhHeld).with(SignedIn.as(context, "anbinh.canbo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFirstQuarterOf2026HasFourteenWeeksAndTheDefaultIsTheCurrentMonth() throws Exception {
        String quarter = page("chutich", "/dialogue/reception?period=Q1&year=2026");
        assertThat(quarter).contains("Quý 1 năm 2026", "29/12\u201304/01", "30/03\u201305/04");
        assertThat(Pattern.compile("data-week=\"[0-9-]+\"").matcher(rowOf(quarter, anBinh)).results().count())
                .isEqualTo(14);
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        String current = "Tháng " + today.getMonthValue() + " năm " + today.getYear();
        assertThat(page("chutich", "/dialogue/reception")).contains(current);
        // a period or year typed wrong in the address falls back to the current month
        assertThat(page("chutich", "/dialogue/reception?period=Q7&year=abc")).contains(current);
    }

    @Test
    void theExportHasTheWeeksShownForTheCommunesInScope() throws Exception {
        Map<String, List<String>> rows = export("chutich");
        assertThat(rows.get("header")).contains("Đơn vị cấp xã", "Số tuần đã tiếp / số tuần phải tiếp")
                .anyMatch(h -> h.contains("(16/02\u201322/02)"));
        int tet = -1;
        for (int i = 0; i < rows.get("header").size(); i++) {
            if (rows.get("header").get(i).contains("(16/02\u201322/02)")) {
                tet = i;
            }
        }
        List<String> anBinhRow = rows.get("Ủy ban nhân dân xã An Bình");
        assertThat(anBinhRow).hasSize(rows.get("header").size());
        assertThat(anBinhRow.get(tet)).isEqualTo("Không có ngày làm việc");
        assertThat(anBinhRow.get(tet - 2)).isEqualTo("Đã tiếp (Chủ tịch trực tiếp tiếp)");
        assertThat(anBinhRow.get(tet - 1)).isEqualTo("Không tiếp");
        assertThat(anBinhRow.get(anBinhRow.size() - 1)).isEqualTo("1/4");
        assertThat(rows).containsKey("Ủy ban nhân dân xã An Linh");

        Map<String, List<String>> own = export("anbinh.canbo");
        assertThat(own).containsKey("Ủy ban nhân dân xã An Bình").doesNotContainKey("Ủy ban nhân dân xã An Linh");
    }

    /** The export's rows by their first cell; the header row under "header". */
    private Map<String, List<String>> export(String username) throws Exception {
        byte[] xlsx = mvc.perform(get("/dialogue/reception/export").param("period", "M2").param("year", "2026")
                        .param("format", "xlsx").with(SignedIn.as(context, username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, List<String>> rows = new java.util.HashMap<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell c : r) {
                    cells.add(c.toString());
                }
                if (cells.isEmpty()) {
                    continue;
                }
                rows.put(cells.get(0).equals("Đơn vị cấp xã") ? "header" : cells.get(0), cells);
            }
        }
        return rows;
    }

    @Test
    void theIndicatorsCountTheHeldSessionTheMissedWeeksAndLeaveTheTetWeekOut() {
        Map<String, BigDecimal> figures = figures(anBinh, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(figures.get(DialogueIndicators.RECEPTION_SESSIONS_HELD)).isEqualByComparingTo("1");
        // due: 26/01, 02/02, 09/02, 23/02 (the Tết week is not); held in one of them
        assertThat(figures.get(DialogueIndicators.RECEPTION_WEEKS_COVERED)).isEqualByComparingTo("25.0");
        assertThat(figures.get(DialogueIndicators.RECEPTION_WEEKS_MISSED)).isEqualByComparingTo("3");

        // the Tết week alone: nothing due, nothing missed
        Map<String, BigDecimal> tet = figures(anBinh, LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 22));
        assertThat(tet.get(DialogueIndicators.RECEPTION_WEEKS_COVERED)).isNull();
        assertThat(tet.get(DialogueIndicators.RECEPTION_WEEKS_MISSED)).isEqualByComparingTo("0");

        // not a commune: the week figures do not apply
        Map<String, BigDecimal> office = figures(unit("TNMT"), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assertThat(office.get(DialogueIndicators.RECEPTION_SESSIONS_HELD)).isEqualByComparingTo("0");
        assertThat(office).containsEntry(DialogueIndicators.RECEPTION_WEEKS_COVERED, null)
                .containsEntry(DialogueIndicators.RECEPTION_WEEKS_MISSED, null);
        assertThat(indicators.values(anBinh, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .filteredOn(v -> v.code().startsWith("dialogue.reception"))
                .extracting(IndicatorValue::link).containsOnly("/dialogue/reception");
    }

    private Map<String, BigDecimal> figures(long unitId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        indicators.values(unitId, from, to).forEach(v -> figures.put(v.code(), v.value()));
        return figures;
    }

    @Test
    void theCommuneChairmansDashboardShowsTheMissedWeeksOfTheYearLinkedToTheSchedule() throws Exception {
        LocalDate today = LocalDate.now(DanVanTime.ZONE);
        BigDecimal missed = figures(anBinh, LocalDate.of(today.getYear(), 1, 1), today)
                .get(DialogueIndicators.RECEPTION_WEEKS_MISSED);
        String page = page("anbinh.truong", "/dashboard");
        assertThat(page).contains("Số tuần không tiếp công dân định kỳ (cấp xã)");
        int start = page.indexOf("id=\"unit-" + anBinh + "\"");
        String row = page.substring(start, page.indexOf("</tr>", start));
        Matcher link = Pattern.compile("<a href=\"/dialogue/reception\"([^>]*)>([^<]*)</a>").matcher(row);
        assertThat(link.find()).as("the missed weeks' figure linked to the schedule").isTrue();
        assertThat(link.group(2).trim()).isEqualTo(missed.toPlainString());
        // the demo sessions leave the third week back missed: the commune's chairman sees it in red
        if (today.getDayOfYear() > 28) {
            assertThat(missed).isPositive();
            assertThat(link.group(1)).contains("badge text-bg-danger");
        }
    }

    @Test
    void theDemoSessionsOfAnBinhShowInTheRecentWeeks() throws Exception {
        List<LocalDate> days = jdbc.sql("""
                select starts_at from dialogue_conference where demo = true and kind = 'RECEPTION'
                   and host_unit_id = :unit and status = 'HELD' order by starts_at
                """).param("unit", anBinh).query((rs, n) -> rs.getTimestamp(1).toLocalDateTime().toLocalDate()).list();
        assertThat(days).hasSizeGreaterThanOrEqualTo(ReceptionDemo.WEEKS - 2);
        LocalDate last = days.get(days.size() - 1);
        String page = page("anbinh.truong", "/dialogue/reception?period=M" + last.getMonthValue() + "&year="
                + last.getYear());
        String monday = last.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                .toString();
        assertThat(cellOf(rowOf(page, anBinh), monday)).contains("data-state=\"HELD\"");
        assertThat(days.stream().map(d -> d.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY))).collect(Collectors.toSet())).hasSize(days.size());
    }
}
