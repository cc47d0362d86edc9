package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.SignedIn;
import vn.danvan.organisation.OrganisationFixture;

/**
 * A round's ranking as a summary per child unit: Home Affairs sees the district's communes ranked and,
 * beside them, another tree (a root with a province and two communes) as one row counting its two
 * ranked communes with their best rank; drilling down reaches the communes with their rank in the
 * whole round; an unknown unit is refused.
 */
@DanVanIntegrationTest
class RankingSummaryIT {

    private final MockMvc mvc;
    private final ApplicationContext context;
    private final JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    RankingSummaryIT(MockMvc mvc, ApplicationContext context, JdbcClient jdbc) {
        this.mvc = mvc;
        this.context = context;
        this.jdbc = jdbc;
    }

    private long unit(String name, String kind, Long parent) throws Exception {
        String code = OrganisationFixture.unique("R").toUpperCase();
        mvc.perform(post("/admin/units").with(SignedIn.as(context, "admin")).with(csrf())
                        .param("code", code).param("name", name).param("kind", kind)
                        .param("parentId", parent == null ? "" : String.valueOf(parent)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return OrganisationFixture.of(context).unit(code);
    }

    private Document page(long round, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/commendation/" + round + query).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theRankingSummarisesEachChildUnitAndDrillsDownToTheRankedUnits() throws Exception {
        long root = unit("Ủy ban nhân dân Trung ương xếp hạng", "PEOPLES_COMMITTEE", null);
        long province = unit("Ủy ban nhân dân tỉnh Xếp Hạng", "PEOPLES_COMMITTEE", root);
        long first = unit("Ủy ban nhân dân xã Thứ Nhất", "COMMUNE_COMMITTEE", province);
        long second = unit("Ủy ban nhân dân xã Thứ Hai", "COMMUNE_COMMITTEE", province);
        String location = mvc.perform(post("/commendation").with(SignedIn.as(context, "noivu")).with(csrf())
                        .param("year", "2019").param("collectiveTitles", "Giấy khen của Chủ tịch UBND huyện")
                        .param("individualTitles", "Giấy khen của Chủ tịch UBND huyện")
                        .param("unitKinds", "COMMUNE_COMMITTEE").param("places", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long round = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        RankingJobs.rank(mvc, jdbc, SignedIn.as(context, "noivu"), round);

        Document top = page(round, "");
        // the best ranked units of the whole scope (other tests add communes to the shared database: which ones
        // make the best fifty is theirs to decide, not this test's)
        assertThat(top.select("#ranking-table > tbody > tr")).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        Element other = top.selectFirst("#ranking-children tr[data-unit=" + root + "]");
        assertThat(other).as("the other tree's row").isNotNull();
        assertThat(other.child(1).text()).isEqualTo("2");
        int best = Math.min(rank(round, first), rank(round, second));
        assertThat(other.child(2).text()).isEqualTo(String.valueOf(best));

        Document ofRoot = page(round, "?unit=" + root);
        assertThat(ofRoot.selectFirst("#ranking-children tr[data-unit=" + province + "] a").attr("href"))
                .isEqualTo("/commendation/" + round + "?unit=" + province);
        Document ofProvince = page(round, "?unit=" + province);
        assertThat(ofProvince.select("#ranking-table > tbody > tr").eachAttr("data-unit"))
                .containsExactlyInAnyOrder(String.valueOf(first), String.valueOf(second)); // An Bình is not in it
        assertThat(ofProvince.selectFirst("#ranking-table > tbody > tr[data-unit=" + first + "] > td").text())
                .isEqualTo(String.valueOf(rank(round, first)));
        assertThat(ofProvince.select("#summary-breadcrumb li").eachText()).endsWith(
                "Ủy ban nhân dân Trung ương xếp hạng", "Ủy ban nhân dân tỉnh Xếp Hạng");

        mvc.perform(get("/commendation/" + round).param("unit", "999999999").with(SignedIn.as(context, "noivu")))
                .andExpect(status().isBadRequest());
    }

    private int rank(long round, long unit) {
        return jdbc.sql("select rank_no from commendation_score where round_id = :r and unit_id = :u")
                .param("r", round).param("u", unit).query(Integer.class).single();
    }
}
