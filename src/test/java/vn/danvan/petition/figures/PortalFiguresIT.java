package vn.danvan.petition.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.StatementCount;
import vn.danvan.petition.PetitionFixture;

/**
 * The portal's figures come from the summary the recurring task keeps: a unit's row per child unit,
 * each its whole branch; a new petition shows once the task has run; a visitor's request reads a few
 * summary rows and no petition.
 */
@DanVanIntegrationTest
class PortalFiguresIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    PetitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = PetitionFixture.of(context);
    }

    private PetitionFiguresSummary summary() {
        return context.getBean(PetitionFiguresSummary.class);
    }

    private Document portal(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/portal/figures" + query)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static long received(Document page, long unit) {
        Element row = page.selectFirst("tr[data-unit=" + unit + "]");
        assertThat(row).as("row of unit " + unit).isNotNull();
        return Long.parseLong(row.child(1).text().replace(".", ""));
    }

    @Test
    void aNewPetitionShowsOnThePortalAfterTheRefreshRun() throws Exception {
        long district = fixture.unitId("UBND-PG");
        long anBinh = fixture.unitId("ABINH");
        summary().refresh();
        Document before = portal("?unit=" + district);
        long anBinhBefore = received(before, anBinh);
        assertThat(before.getElementById("figures-refreshed").text()).startsWith("Số liệu cập nhật lúc ");

        fixture.atTheCounter("XAY_DUNG", "Cổng: số liệu tóm tắt", "Công trình lấn hành lang đường.", "Trần Văn Tóm",
                "0933000111");
        assertThat(received(portal("?unit=" + district), anBinh)).as("until the next run").isEqualTo(anBinhBefore);
        summary().refresh();
        Document after = portal("?unit=" + district);
        assertThat(received(after, anBinh)).isEqualTo(anBinhBefore + 1);
        assertThat(after.text()).doesNotContain("Trần Văn Tóm", "0933000111", "Cổng: số liệu tóm tắt");

        // the district's total is its own petitions and its units' rows added up
        long sum = after.select("tbody tr[data-unit]").stream()
                .mapToLong(r -> Long.parseLong(r.child(1).text().replace(".", ""))).sum();
        assertThat(Long.parseLong(after.getElementById("figures-total").child(1).text().replace(".", "")))
                .isEqualTo(sum);
        // the breadcrumb, and a commune drilled into is a row of itself
        assertThat(after.select("#summary-breadcrumb li").eachText()).containsExactly("Ủy ban nhân dân huyện Phú Giáo");
        Document commune = portal("?unit=" + anBinh);
        assertThat(commune.select("tbody tr[data-unit]")).hasSize(1);
        assertThat(received(commune, anBinh)).isEqualTo(anBinhBefore + 1);
    }

    @Test
    void theTopListsTheTreesAndAVisitorReadsOnlyTheSummary() throws Exception {
        summary().refresh();
        Document top = portal("");
        assertThat(top.select("tr[data-unit=" + fixture.unitId("UBND-PG") + "] a").attr("href"))
                .isEqualTo("/portal/figures?unit=" + fixture.unitId("UBND-PG"));
        assertThat(top.select("tr[data-unit=" + fixture.unitId("ABINH") + "]")).isEmpty();
        int statements = StatementCount.of(context.getBean(DataSource.class), () -> {
            try {
                mvc.perform(get("/portal/figures").param("unit", String.valueOf(fixture.unitId("UBND-PG"))))
                        .andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // the summary's run, the units, the rows of a unit and its children (and whatever the layout reads)
        assertThat(statements).isLessThanOrEqualTo(8);
    }

    @Test
    void anUnknownUnitIsRefusedInVietnamese() throws Exception {
        for (String bad : new String[] {"abc", "999999999"}) {
            String body = mvc.perform(get("/portal/figures").param("unit", bad)).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).containsAnyOf("không hợp lệ", "Không có đơn vị");
        }
        mvc.perform(get("/petitions/figures").param("unit", String.valueOf(fixture.unitId("ALINH")))
                        .with(SignedIn.as(context, "anbinh.truong")))
                .andExpect(status().isForbidden());
    }
}
