package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, point 1: with the local government switched from the Phú Giáo district to a
 * province-level city (another committee, Sở Nội vụ, Thành ủy, Thành phố Hồ Chí Minh, another
 * directive), the documents and the screens print the city's names and none of the district's
 * ("huyện", "Huyện ủy", "Phòng Nội vụ", "Phú Giáo") where the text is theirs; what units and people
 * recorded (the data tables) and an issuer that is itself a unit of the district are left aside.
 */
@DanVanIntegrationTest
class LocalGovernmentLevelsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theConsolidatedReportIsTheCitysWithItsOfficeDirectiveAndRecipients() throws Exception {
        try (OtherLocalGovernment city = OtherLocalGovernment.apply(mvc, context, jdbc)) {
            long period = openPeriod(city.officeId, unit("ABINH"));
            mvc.perform(post("/reporting/periods/" + period + "/consolidate").with(as("noivu")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            String text = OtherLocalGovernment.docxText(bytes(get("/reporting/periods/" + period + "/consolidation.docx"),
                    "noivu"));
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH",
                    "Thực hiện " + OtherLocalGovernment.DIRECTIVE + ", trên cơ sở báo cáo của các cơ quan, đơn vị gửi "
                            + "Sở Nội vụ, Ủy ban nhân dân Thành phố Hồ Chí Minh báo cáo",
                    "của Ủy ban nhân dân Thành phố Hồ Chí Minh./.", "- Thường trực Thành ủy;",
                    "- Chủ tịch, các Phó Chủ tịch UBND Thành phố Hồ Chí Minh;", "TM. ỦY BAN NHÂN DÂN");
            assertThat(OtherLocalGovernment.districtWordsIn(text)).isEmpty();
        }
    }

    @Test
    void theReportScreenSendsToTheCitysOffice() throws Exception {
        try (OtherLocalGovernment city = OtherLocalGovernment.apply(mvc, context, jdbc)) {
            long period = openPeriod(unit("ABINH"));
            long report = jdbc.sql("select id from unit_report where period_id = :p").param("p", period)
                    .query(Long.class).single();
            step("anbinh.canbo", report, "start");
            step("anbinh.canbo", report, "write", "sections[1b]", "Tổ chức 2 hội nghị đối thoại với Nhân dân.",
                    "selfRating", "GOOD");
            step("anbinh.truong", report, "signOff");
            String page = page(get("/reporting/reports/" + report), "anbinh.truong");
            assertThat(page).contains(">Gửi Sở Nội vụ<").doesNotContain("Phòng Nội vụ");
            assertThat(page(get("/reporting"), "noivu")).contains("gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 10",
                    "báo cáo Chủ tịch UBND Thành phố Hồ Chí Minh.");
        }
    }

    @Test
    void thePlanCitesTheCitysDirectiveAndReportsToItsOffice() throws Exception {
        long plan = planOfAnBinh(java.time.Year.now().getValue() + 1);
        try (OtherLocalGovernment city = OtherLocalGovernment.apply(mvc, context, jdbc)) {
            String text = OtherLocalGovernment.docxText(bytes(get("/planning/plans/" + plan + "/document.docx"),
                    "anbinh.truong"));
            assertThat(text).contains("Thực hiện " + OtherLocalGovernment.DIRECTIVE + ", Ủy ban nhân dân xã An Bình xây dựng",
                    "báo cáo về Sở Nội vụ trước ngày 15 tháng 10",
                    "báo cáo Ủy ban nhân dân Thành phố Hồ Chí Minh (qua Sở Nội vụ)", "- Sở Nội vụ;");
            assertThat(OtherLocalGovernment.districtWordsIn(text)).isEmpty();
        }
    }

    @Test
    void theInspectionConclusionAndTheRadioScriptGoToTheCitysBodies() throws Exception {
        long inspection = jdbc.sql("select min(id) from inspection where status = 'CONCLUDED'").query(Long.class).single();
        long story = jdbc.sql("select min(id) from news").query(Long.class).single();
        try (OtherLocalGovernment city = OtherLocalGovernment.apply(mvc, context, jdbc)) {
            String conclusion = OtherLocalGovernment.docxText(bytes(get("/inspection/" + inspection + "/conclusion.docx"),
                    "noivu"));
            String recipients = conclusion.substring(conclusion.indexOf("Nơi nhận:"));
            // the conclusion is issued by the unit of the team's lead, a unit of the district's tree: only
            // the recipients are the local government's
            assertThat(recipients).contains("- Sở Nội vụ;").doesNotContain("Phòng Nội vụ");
            String radio = OtherLocalGovernment.docxText(bytes(get("/news/" + story + "/radio.docx"), "vhtt"));
            assertThat(radio.substring(radio.indexOf("Nơi nhận:"))).contains("- Đài Truyền thanh Thành phố Hồ Chí Minh;")
                    .doesNotContain("huyện");
        }
    }

    @Test
    void thePortalCitesTheCitysDirectiveAndItsScreensNameTheCity() throws Exception {
        try (OtherLocalGovernment city = OtherLocalGovernment.apply(mvc, context, jdbc)) {
            String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(home).contains("id=\"portal-directive\">Thực hiện " + OtherLocalGovernment.DIRECTIVE + ".<")
                    .doesNotContain("Phú Giáo");
            assertThat(mvc.perform(get("/portal/models")).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("đã được Ủy ban nhân dân Thành phố Hồ Chí Minh công nhận");
        }
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(home).contains("Chủ tịch Ủy ban nhân dân huyện Phú Giáo");
    }

    private long openPeriod(long... units) throws Exception {
        MockHttpServletRequestBuilder request = post("/reporting/periods").with(as("noivu")).with(csrf())
                .param("year", "2071").param("templateId",
                        String.valueOf(jdbc.sql("select min(id) from reporting_template").query(Long.class).single()))
                .param("deadline", "2071-10-15").param("graceDays", "0")
                .param("spanFrom", "2071-01-01").param("spanTo", "2071-10-15");
        for (long u : units) {
            request.param("unitIds", String.valueOf(u));
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** An Bình's plan of the year, opened by its head (the one already open, if any). */
    private long planOfAnBinh(int year) throws Exception {
        String target = mvc.perform(post("/planning/plans").with(as("anbinh.truong")).with(csrf())
                        .param("unitId", String.valueOf(unit("ABINH"))).param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
    }

    private void step(String user, long report, String action, String... params) throws Exception {
        long version = jdbc.sql("select version from unit_report where id = :id").param("id", report)
                .query(Long.class).single();
        MockHttpServletRequestBuilder request = post("/reporting/reports/" + report + "/" + action).with(as(user))
                .with(csrf()).param("version", String.valueOf(version));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    private byte[] bytes(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return SignedIn.as(context, user);
    }
}
