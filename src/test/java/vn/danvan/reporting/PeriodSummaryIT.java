package vn.danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;

/**
 * A period's completeness as a summary per child unit: Home Affairs sees the district's units and the
 * Front beside them, the Front's row counting its organisations' reports, units with missing reports
 * first; drilling into the Front lists its organisations; a unit outside the viewer's scope is refused.
 */
@DanVanIntegrationTest
class PeriodSummaryIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final ReportingFixture fixture;

    @org.springframework.beans.factory.annotation.Autowired
    PeriodSummaryIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.fixture = new ReportingFixture(mvc, context, jdbc);
    }

    private Document page(String user, long period, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/reporting/periods/" + period + query).with(SignedIn.as(context, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Element row(Document page, String code) {
        Element row = page.selectFirst("#reports-table tr[data-unit=" + code + "]");
        assertThat(row).as("row of " + code).isNotNull();
        return row;
    }

    @Test
    void aRowPerChildUnitWithItsBranchesCompletenessAndADrillDown() throws Exception {
        long period = fixture.open(2026, LocalDate.of(2026, 12, 15), 0, "ABINH", "ALINH", "HND", "HLHPN");
        fixture.inState(fixture.reportOf(period, "ABINH"), ReportState.SUBMITTED);

        Document top = page("noivu", period, "");
        // the Front's organisations are not rows here: the Front is, with their two reports, both missing
        assertThat(top.select("#reports-table tr[data-unit=HND]")).isEmpty();
        Element front = row(top, "MTTQ");
        assertThat(front.select("td").eachText()).endsWith("2", "2", "0%");
        assertThat(row(top, "ABINH").select("td").eachText()).endsWith("1", "0", "100%");
        assertThat(row(top, "ALINH").select("td").eachText()).endsWith("1", "1", "0%");
        // missing reports first: the Front (2) before An Linh (1) before An Bình (0)
        var order = top.select("#reports-table tbody tr[data-unit]").eachAttr("data-unit");
        assertThat(order.indexOf("MTTQ")).isLessThan(order.indexOf("ALINH"));
        assertThat(order.indexOf("ALINH")).isLessThan(order.indexOf("ABINH"));
        assertThat(top.getElementById("c-expected").text()).isEqualTo("4");
        assertThat(top.getElementById("c-submitted").text()).isEqualTo("1");

        String frontLink = front.selectFirst("a.dv-drill").attr("href");
        Document frontPage = page("noivu", period, frontLink.substring(frontLink.indexOf('?')));
        assertThat(frontPage.select("#reports-table tbody tr[data-unit]").eachAttr("data-unit"))
                .containsExactlyInAnyOrder("HND", "HLHPN");
        assertThat(frontPage.getElementById("c-expected").text()).isEqualTo("2");
        assertThat(frontPage.select("#summary-breadcrumb li").eachText()).hasSize(2);

        mvc.perform(get("/reporting/periods/" + period).param("unit", String.valueOf(fixture.unitId("ABINH")))
                        .with(SignedIn.as(context, fixture.anLinhOfficer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reporting/periods/" + period).param("unit", "999999999").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isBadRequest());
    }
}
